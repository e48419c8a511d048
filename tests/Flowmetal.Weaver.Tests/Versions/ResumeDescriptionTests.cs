using System.Reflection;
using Flowmetal.Execution;
using Flowmetal.Weaver.Tests.Differential;

namespace Flowmetal.Weaver.Tests.Versions;

/// <summary>What the weaver records on a frame type so that a later build can resume it: keys, saved values by source name.</summary>
[TestClass]
public sealed class ResumeDescriptionTests
{
    [TestMethod]
    [DataRow("Debug")]
    [DataRow("Release")]
    public void EachPointHasAKeyAndEachSavedLocalItsSourceName(string build)
    {
        var type = FixtureAssemblies.Woven(build).GetType("Flowmetal.Fixtures.Cases.RedeployKeyCases", throwOnError: true)!;
        var frame = type.GetNestedTypes(BindingFlags.NonPublic).Single(t => t.Name.StartsWith("<Described>FlowFrame", StringComparison.Ordinal));
        var info = frame.GetCustomAttribute<WovenFrameAttribute>()!;

        CollectionAssert.AreEqual(
            new[]
            {
                "Flowmetal.Flow::WaitForSignal<System.Int32>(System.String)(\"inside\") in try{catch System.InvalidOperationException}",
                "Flowmetal.Flow::Checkpoint()",
                "Flowmetal.Flow::Checkpoint()",
            },
            info.PointKeys);
        Assert.HasCount(3, info.PointSlots);
        StringAssert.Contains(info.PointSlots[1], "=local:scoped");
        StringAssert.Contains(info.PointSlots[1], "=local:total");
        StringAssert.Contains(info.PointSlots[2], "=local:other");
        Assert.IsFalse(info.PointSlots[2].Contains("=local:scoped", StringComparison.Ordinal), "a slot shared by two scoped locals is named by the scope around the call");
        foreach (var name in new[] { "total", "scoped", "other" })
        {
            CollectionAssert.Contains(info.LocalNames, name);
        }
    }
}
