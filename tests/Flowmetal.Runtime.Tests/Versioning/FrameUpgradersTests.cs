using Flowmetal.Versioning;

namespace Flowmetal.Runtime.Tests.Versioning;

/// <summary>Which flow upgrader takes a stored frame: an exact body hash, then a build prefix, then any older body.</summary>
[TestClass]
public sealed class FrameUpgradersTests
{
    private const string Method = "Shop.Orders::Process(System.Int32)";

    [TestMethod]
    [DataRow("7e20505f20d443f2", "Shop 1.4.0.0 (6754b031)", nameof(Upgraders.ExactHash))]
    [DataRow("0000000000000000", "Shop 1.4.0.0 (6754b031)", nameof(Upgraders.AnyOneFourBuild))]
    [DataRow("0000000000000000", "Shop 1.3.0.0 (00c0ffee)", nameof(Upgraders.AnyOlderBody))]
    [DataRow("0000000000000000", null, nameof(Upgraders.AnyOlderBody))]
    public void TheMostSpecificUpgraderIsChosen(string storedHash, string? storedBuild, string expected)
    {
        var chosen = FrameUpgraders.Find(typeof(FrameUpgradersTests).Assembly, Method, storedHash, storedBuild);

        Assert.AreEqual(expected, chosen?.Name);
    }

    [TestMethod]
    public void AMethodWithoutUpgradersHasNone() =>
        Assert.IsNull(FrameUpgraders.Find(typeof(FrameUpgradersTests).Assembly, "Shop.Other::Run()", "7e20505f20d443f2", null));

    private static class Upgraders
    {
        [FlowUpgrader(Method, "7e20505f20d443f2")]
        public static FrameResume ExactHash(StoredFrame old) => old.ResumeAtSamePoint();

        [FlowUpgrader(Method, "*", FromBuild = "Shop 1.4.")]
        public static FrameResume AnyOneFourBuild(StoredFrame old) => old.ResumeAtSamePoint();

        [FlowUpgrader(Method, "*")]
        public static FrameResume AnyOlderBody(StoredFrame old) => old.ResumeAtSamePoint();
    }
}
