namespace Flowmetal.Weaver.Tests.Differential;

[TestClass]
public sealed class DifferentialTests
{
    public static IEnumerable<object[]> Cases() =>
        FixtureAssemblies.CaseNames().SelectMany(name => new[] { new object[] { name, "Debug" }, new object[] { name, "Release" } });

    [TestMethod]
    [DynamicData(nameof(Cases))]
    public void SuspendingAtEveryPointGivesTheStraightRunsResultAndTrace(string caseName, string build)
    {
        var straight = DifferentialRunner.RunStraight(caseName);
        var woven = DifferentialRunner.RunWoven(caseName, build);

        Assert.AreEqual(straight.Result, woven.Result, $"{caseName} ({build}): result differs after {woven.Suspensions} round trips");
        CollectionAssert.AreEqual(straight.Trace.ToList(), woven.Trace.ToList(),
            $"{caseName} ({build}): side effects differ.\nstraight: {string.Join(" | ", straight.Trace)}\nwoven:    {string.Join(" | ", woven.Trace)}");
        Assert.IsTrue(woven.Suspensions > 0, $"{caseName} ({build}) never suspended: the case does not exercise the weaver");
    }
}
