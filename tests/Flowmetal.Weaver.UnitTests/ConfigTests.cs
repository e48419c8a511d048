using Flowmetal.Weaver.UnitTests.Support;

namespace Flowmetal.Weaver.UnitTests;

/// <summary>&lt;Include&gt;/&lt;Exclude&gt; patterns select the right methods; bad config is a located error.</summary>
[TestClass]
public sealed class ConfigTests
{
    private const string Ns = "Flowmetal.Fixtures.Refusals.Selection.";

    private static readonly string[] AlphaOrders =
    {
        "Alpha.Orders+<>c::<Process>b__0_0/1", "Alpha.Orders::Cancel/0", "Alpha.Orders::Process/1", "Alpha.Orders::Ship/0", "Alpha.Orders::Ship/1",
    };

    private static readonly string[] AlphaNested = { "Alpha.Orders+Nested::Run/0" };

    private static readonly string[] AlphaBilling = { "Alpha.Billing.Invoices::Charge/0" };

    private static readonly string[] Beta = { "Beta.Mail::Send/0" };

    private static readonly string[] AlphaBeta = { "AlphaBeta.Other::Run/0" };

    [TestMethod]
    public void NamespaceWildcardSelectsTheNamespaceAndBelowButNotASiblingWithTheSamePrefix()
    {
        var result = Weaving.Weave($"<Include>{Ns}Alpha.*</Include>");

        AssertClean(result);
        CollectionAssert.AreEquivalent(AlphaOrders.Concat(AlphaNested).Concat(AlphaBilling).ToList(), Woven(result));
    }

    [TestMethod]
    public void TypePatternSelectsTheTypeItsNestedTypesAndItsLambdas()
    {
        var result = Weaving.Weave($"<Include>{Ns}Alpha.Orders</Include>");

        AssertClean(result);
        CollectionAssert.AreEquivalent(AlphaOrders.Concat(AlphaNested).ToList(), Woven(result));
    }

    [TestMethod]
    public void NestedTypePatternSelectsOnlyTheNestedType()
    {
        var result = Weaving.Weave($"<Include>{Ns}Alpha.Orders.Nested</Include>");

        AssertClean(result);
        CollectionAssert.AreEquivalent(AlphaNested, Woven(result));
    }

    [TestMethod]
    public void MethodPatternSelectsEveryOverloadAndNothingElse()
    {
        var result = Weaving.Weave($"<Include>{Ns}Alpha.Orders::Ship</Include>");

        AssertClean(result);
        CollectionAssert.AreEquivalent(new[] { "Alpha.Orders::Ship/0", "Alpha.Orders::Ship/1" }, Woven(result));
    }

    [TestMethod]
    public void MethodPatternSelectsTheMethodsLambdas()
    {
        var result = Weaving.Weave($"<Include>{Ns}Alpha.Orders::Process</Include>");

        AssertClean(result);
        CollectionAssert.AreEquivalent(new[] { "Alpha.Orders+<>c::<Process>b__0_0/1", "Alpha.Orders::Process/1" }, Woven(result));
    }

    [TestMethod]
    public void SeveralIncludesAddUp()
    {
        var result = Weaving.Weave($"<Include>{Ns}Beta.*</Include><Include>{Ns}Alpha.Billing.Invoices</Include><Include>{Ns}AlphaBeta.Other::Run</Include>");

        AssertClean(result);
        CollectionAssert.AreEquivalent(Beta.Concat(AlphaBilling).Concat(AlphaBeta).ToList(), Woven(result));
    }

    [TestMethod]
    public void ExcludesWinOverIncludesAtEveryGranularity()
    {
        var result = Weaving.Weave(
            $"<Include>{Ns}*</Include>" +
            $"<Exclude>{Ns}Beta.*</Exclude>" +
            $"<Exclude>{Ns}Delta.*</Exclude>" +
            $"<Exclude>{Ns}Alpha.Orders::Ship</Exclude>" +
            $"<Exclude>{Ns}Alpha.Orders.Nested</Exclude>");

        AssertClean(result);
        var expected = AlphaOrders.Where(m => !m.Contains("::Ship", StringComparison.Ordinal)).Concat(AlphaBilling).Concat(AlphaBeta).ToList();
        CollectionAssert.AreEquivalent(expected, Woven(result));
    }

    [TestMethod]
    public void ExcludingAMethodReachesItsStateMachineItsLocalFunctionsAndItsLambdas()
    {
        var result = Weaving.Weave(
            $"<Include>{Ns}Delta.*</Include>" +
            $"<Exclude>{Ns}Delta.Feeds::Numbers</Exclude>" +
            $"<Exclude>{Ns}Delta.Feeds::LaterAsync</Exclude>" +
            $"<Exclude>{Ns}Delta.Feeds::Counted</Exclude>");

        AssertClean(result);
        CollectionAssert.AreEquivalent(new[] { "Delta.Feeds::Kept/0" }, Woven(result));
    }

    [TestMethod]
    public void IncludingAMethodReachesItsStateMachine()
    {
        // The iterator's MoveNext belongs to Numbers: including Numbers alone is enough to be told it cannot suspend.
        var result = Weaving.Weave($"<Include>{Ns}Delta.Feeds::Numbers</Include>");

        Assert.AreEqual(1, result.Errors.Count, Weaving.Describe(result));
        StringAssert.StartsWith(result.Errors[0].Text, "FL0107");
    }

    [TestMethod]
    [DataRow("Include", "No.Such.Namespace.*")]
    [DataRow("Include", "Flowmetal.Fixtures.Refusals.Selection.Alpha.Ordres")]
    [DataRow("Include", "Flowmetal.Fixtures.Refusals.Selection.Alpha.Orders::Shipp")]
    [DataRow("Exclude", "Flowmetal.Fixtures.Refusals.Selection.Gamma.*")]
    public void APatternThatMatchesNothingIsAWarningNamingIt(string element, string pattern)
    {
        var config = $"<Include>{Ns}Beta.*</Include><{element}>{pattern}</{element}>";

        var result = Weaving.Weave(config);

        Assert.AreEqual(0, result.Errors.Count, Weaving.Describe(result));
        var warning = result.Warnings.Single(w => w.Text.StartsWith("FL0002:", StringComparison.Ordinal));
        StringAssert.Contains(warning.Text, $"<{element}>{pattern}</{element}>");
        CollectionAssert.AreEquivalent(Beta, Woven(result), "the valid pattern still applies");
    }

    [TestMethod]
    [DataRow("<Includes>Flowmetal.*</Includes>", "<Includes>")]
    [DataRow("<Include></Include>", "<Include> is empty")]
    [DataRow("<Include>   </Include>", "<Include> is empty")]
    [DataRow("<Include>Flowmetal.Fixtures.Refusals.Selection.Beta.Mail::</Include>", "Beta.Mail::")]
    [DataRow("<Include>Flowmetal.Fixtures.Refusals.Selection.*::Send</Include>", "*::Send")]
    [DataRow("<Include>Flowmetal..Fixtures</Include>", "Flowmetal..Fixtures")]
    [DataRow("<Include>Flowmetal.Fix tures.*</Include>", "Flowmetal.Fix tures.*")]
    [DataRow("<Exclude>::Send</Exclude>", "::Send")]
    [DataRow("<Include Kind=\"type\">Flowmetal.*</Include>", "<Include>")]
    [DataRow("<Include>Flowmetal.<Namespace/>*</Include>", "<Include>")]
    public void MalformedConfigIsAnErrorAndWeavesNothing(string config, string named)
    {
        var result = Weaving.Weave($"<Include>{Ns}Beta.*</Include>" + config);

        var error = result.Errors.FirstOrDefault(e => e.Text.StartsWith("FL0001:", StringComparison.Ordinal));
        Assert.IsNotNull(error, "expected FL0001, got:\n" + Weaving.Describe(result));
        StringAssert.Contains(error.Text, named);
        Assert.AreEqual(0, Woven(result).Count, "a malformed config must weave nothing");
    }

    [TestMethod]
    public void AnAttributeOnTheFlowmetalElementIsAnError()
    {
        var result = Weaving.WeaveWith(System.Xml.Linq.XElement.Parse($"<Flowmetal Mode=\"all\"><Include>{Ns}Beta.*</Include></Flowmetal>"));

        var error = result.Errors.Single(e => e.Text.StartsWith("FL0001:", StringComparison.Ordinal));
        StringAssert.Contains(error.Text, "Mode");
        Assert.AreEqual(0, Woven(result).Count);
    }

    [TestMethod]
    public void AnEmptyConfigWeavesNothingAndSaysNothing()
    {
        var result = Weaving.Weave(string.Empty);

        Assert.AreEqual(0, result.Errors.Count + result.Warnings.Count, Weaving.Describe(result));
        Assert.AreEqual(0, Woven(result).Count);
    }

    private static List<string> Woven(global::Fody.TestResult result) => Weaving.WovenMethods(result.Assembly, Ns).ToList();

    private static void AssertClean(global::Fody.TestResult result) =>
        Assert.AreEqual(0, result.Errors.Count + result.Warnings.Count, "unexpected diagnostics:\n" + Weaving.Describe(result));
}
