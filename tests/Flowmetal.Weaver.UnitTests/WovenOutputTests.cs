using Flowmetal.Weaver.UnitTests.Support;
using Mono.Cecil;

namespace Flowmetal.Weaver.UnitTests;

/// <summary>Warnings about unwoven callers, weaving twice, and running what the weaver wrote.</summary>
[TestClass]
public sealed class WovenOutputTests
{
    [TestMethod]
    public void AnUnwovenCallerOfAWovenMethodIsAWarningNamingBoth()
    {
        var result = Weaving.Weave("<Include>Flowmetal.Fixtures.Refusals.Callers.Inside</Include>");

        Assert.AreEqual(0, result.Errors.Count, Weaving.Describe(result));
        var warning = DiagnosticAssert.Single(result.Warnings, "FL0201", "UnwovenCaller.cs", FixtureSource.LineOf("UnwovenCaller.cs", "FL0201 caller"),
            "Callers.Outside::Call", "Callers.Inside::Suspends");
        StringAssert.Contains(warning.Text, "<Include>Flowmetal.Fixtures.Refusals.Callers.Outside::Call</Include>");
        Assert.IsFalse(warning.Text.Contains('{', StringComparison.Ordinal), "the help text is formatted: " + warning.Text);
    }

    [TestMethod]
    public void IncludingTheCallerSilencesTheWarning()
    {
        var result = Weaving.Weave("<Include>Flowmetal.Fixtures.Refusals.Callers.*</Include>");

        Assert.AreEqual(0, result.Errors.Count + result.Warnings.Count, Weaving.Describe(result));
    }

    [TestMethod]
    public void WeavingTwiceIsAWarningAndChangesNothing()
    {
        var first = Weaving.Weave("<Include>Flowmetal.Fixtures.Refusals.Good.*</Include>");
        Assert.AreEqual(0, first.Errors.Count + first.Warnings.Count, Weaving.Describe(first));

        var second = Weaving.Weave("<Include>Flowmetal.Fixtures.Refusals.Good.*</Include>", first.AssemblyPath);

        Assert.AreEqual(0, second.Errors.Count, Weaving.Describe(second));
        var warning = second.Warnings.Single(w => w.Text.StartsWith("FL0003:", StringComparison.Ordinal));
        StringAssert.Contains(warning.Text, second.Assembly.GetName().Name + " was already woven by Flowmetal");
        Assert.AreEqual(1, second.Warnings.Count, Weaving.Describe(second));
        Assert.AreEqual(Shape(first.AssemblyPath), Shape(second.AssemblyPath), "the second run must leave the woven code as it was");
    }

    [TestMethod]
    public void TheWovenAssemblyRunsOutsideAFlow()
    {
        var result = Weaving.Weave("<Include>Flowmetal.Fixtures.Refusals.Good.*</Include>");
        Assert.AreEqual(0, result.Errors.Count + result.Warnings.Count, Weaving.Describe(result));
        var calculator = result.Assembly.GetType("Flowmetal.Fixtures.Refusals.Good.Calculator", throwOnError: true)!;
        CollectionAssert.AreEquivalent(
            new[] { "Calculator::Add/2", "Calculator::Describe/1", "Calculator::Twice/1" },
            Weaving.WovenMethods(result.Assembly, "Flowmetal.Fixtures.Refusals.Good.").ToList());

        var sum = calculator.GetMethod("Add")!.Invoke(null, new object[] { 2, 3 });
        var text = calculator.GetMethod("Describe")!.Invoke(null, new object[] { new[] { 1, 5, 7 } });

        Assert.AreEqual(8, sum);
        Assert.AreEqual("2,10,14", text);
    }

    [TestMethod]
    public void TheWovenAssemblyIsStampedAndKeepsItsRuntimeReference()
    {
        var result = Weaving.Weave("<Include>Flowmetal.Fixtures.Refusals.Good.*</Include>");

        Assert.IsTrue(result.Assembly.CustomAttributes.Any(a => a.AttributeType.FullName == "Flowmetal.Execution.WovenAssemblyAttribute"),
            "the woven assembly carries the stamp that makes a second run a no-op");
        Assert.IsTrue(result.Assembly.GetReferencedAssemblies().Any(a => a.Name == "Flowmetal"));
    }

    /// <summary>Every type and method of an assembly file with the size of its body: equal shapes mean equal code.</summary>
    private static string Shape(string path)
    {
        using var module = ModuleDefinition.ReadModule(path);
        return string.Join("\n", module.GetTypes()
            .SelectMany(t => t.Methods.Select(m => t.FullName + "::" + m.Name + "(" + m.Parameters.Count + ") " + (m.HasBody ? m.Body.CodeSize + "/" + m.Body.Variables.Count + "/" + m.Body.ExceptionHandlers.Count : "-")
                + " [" + string.Join(",", m.CustomAttributes.Select(a => a.AttributeType.Name)) + "]"))
            .Concat(module.Assembly.CustomAttributes.Select(a => "assembly [" + a.AttributeType.Name + "]"))
            .OrderBy(s => s, StringComparer.Ordinal));
    }
}
