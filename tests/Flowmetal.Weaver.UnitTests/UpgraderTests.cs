using Flowmetal.Weaver.UnitTests.Support;

namespace Flowmetal.Weaver.UnitTests;

/// <summary>A flow upgrader the runtime could not use is a build error at the upgrader, not a surprise after a deployment.</summary>
[TestClass]
public sealed class UpgraderTests
{
    [TestMethod]
    public void UpgradersOfTheSelectedCodeAreCheckedAtBuildTime()
    {
        var result = Weaving.Weave("<Include>Flowmetal.Fixtures.Refusals.Upgraders.*</Include>");

        var typo = DiagnosticAssert.Single(result.Errors, "FL0302", "Upgraders.cs", FixtureSource.LineOf("Upgraders.cs", "FL0302 signature"),
            "Approval.WrongSignature", "Approval::Run(System.String)");
        StringAssert.Contains(typo.Text, "woven here: Flowmetal.Fixtures.Refusals.Upgraders.Approval::Run(System.Int32)");
        var shape = DiagnosticAssert.Single(result.Errors, "FL0301", "Upgraders.cs", FixtureSource.LineOf("Upgraders.cs", "FL0301 result"),
            "Approval.NotAResume", "returns System.Int32, not FrameResume");
        StringAssert.Contains(shape.Text, "static FrameResume Name(StoredFrame old)");
        Assert.AreEqual(2, result.Errors.Count, "the well-formed upgrader is accepted: " + Weaving.Describe(result));
    }
}
