using Flowmetal.Weaver.UnitTests.Support;

namespace Flowmetal.Weaver.UnitTests;

/// <summary>
/// Only what surely reaches a suspension primitive is a build error. Code that may suspend only
/// through a delegate, virtual or interface call stays ordinary code where a suspension cannot be
/// kept, and a callback read through an override fills no virtual slot.
/// </summary>
[TestClass]
public sealed class MaySuspendTests
{
    private const string Ns = "Flowmetal.Fixtures.Refusals.MaySuspend.";

    [TestMethod]
    public void CallbacksInConstructorsIteratorsAsyncMethodsHandlersLocksAndBesideSpansAreNotRefused()
    {
        var result = Weaving.Weave($"<Include>{Ns}*</Include>");

        Assert.AreEqual(0, result.Errors.Count + result.Warnings.Count, Weaving.Describe(result));
    }

    [TestMethod]
    public void AnOverrideReadingAFuncMakesNoOtherCallThroughItsSlotASuspensionPoint()
    {
        var result = Weaving.Weave($"<Include>{Ns}*</Include>");

        var woven = Weaving.WovenMethods(result.Assembly, Ns);
        CollectionAssert.IsSubsetOf(
            new[] { "Label::ToString/0", "CountedBuffer`1::get_Count/0", "Buffer`1::get_Item/1", "Callbacks::Apply/2", "Callbacks::InCatch/1" },
            woven.ToList(), string.Join(", ", woven));
        foreach (var plain in new[] { "Describer::Describe/1", "Indexing::First/1", "Named::.ctor/2" })
        {
            Assert.IsFalse(woven.Contains(plain), $"{plain} calls ToString() or an IList indexer only: it must stay as it is. Woven: {string.Join(", ", woven)}");
        }

        // Every call that may suspend has a span live across it: it stays as written (a suspension through it is refused at run time).
        Assert.IsFalse(woven.Contains("Callbacks::SpanAcross/1"), string.Join(", ", woven));
    }

    [TestMethod]
    public void WovenMethodsSayWhetherTheySurelySuspend()
    {
        var result = Weaving.Weave($"<Include>{Ns}*</Include><Include>Flowmetal.Fixtures.Refusals.Good.*</Include>");

        var apply = result.Assembly.GetType(Ns + "Callbacks", throwOnError: true)!.GetMethod("Apply")!;
        var add = result.Assembly.GetType("Flowmetal.Fixtures.Refusals.Good.Calculator", throwOnError: true)!.GetMethod("Add")!;
        Assert.IsFalse(Marker(apply).SurelySuspends);
        Assert.IsTrue(Marker(add).SurelySuspends);
    }

    private static Flowmetal.Execution.WovenAttribute Marker(System.Reflection.MethodInfo method) =>
        (Flowmetal.Execution.WovenAttribute)method.GetCustomAttributes(typeof(Flowmetal.Execution.WovenAttribute), inherit: false).Single();
}
