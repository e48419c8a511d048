using System.Linq.Expressions;
using Flowmetal.Client;
using Flowmetal.Storage.InMemory;
using Flowmetal.Weaver.UnitTests.Support;

namespace Flowmetal.Weaver.UnitTests;

/// <summary>
/// A selected method whose only way to a suspension goes through code that is not woven is a build
/// warning (FL0202), and starting it as a flow names what is in the way rather than telling the
/// user to include the method they did include.
/// </summary>
[TestClass]
public sealed class UnwovenPathTests
{
    private const string Ns = "Flowmetal.Fixtures.Refusals.Paths.";

    [TestMethod]
    public void ASuspendingLambdaHandedToListForEachIsAWarningNamingForEach()
    {
        var result = Weaving.Weave($"<Include>{Ns}*</Include>");

        var warnings = result.Warnings.Where(w => w.Text.StartsWith("FL0202", StringComparison.Ordinal) && w.Text.Contains("RunForEach", StringComparison.Ordinal)).ToList();
        var warning = DiagnosticAssert.Single(warnings, "FL0202", "UnwovenPath.cs", FixtureSource.LineOf("UnwovenPath.cs", "FL0202 ForEach"),
            "Paths.Job::RunForEach", "a lambda in Flowmetal.Fixtures.Refusals.Paths.Job::RunForEach", "System.Collections.Generic.List::ForEach");
        StringAssert.Contains(warning.Text, "plain loop");
        Assert.AreEqual(0, result.Errors.Count, Weaving.Describe(result));
    }

    [TestMethod]
    public void ACallThroughAMethodOfAnotherNamespaceIsAWarningNamingIt()
    {
        var result = Weaving.Weave($"<Include>{Ns}*</Include>");

        var warnings = result.Warnings.Where(w => w.Text.StartsWith("FL0202", StringComparison.Ordinal) && w.Text.Contains("RunThroughHelper", StringComparison.Ordinal)).ToList();
        var warning = DiagnosticAssert.Single(warnings, "FL0202", "UnwovenPath.cs", FixtureSource.LineOf("UnwovenPath.cs", "FL0202 helper"),
            "Paths.Job::RunThroughHelper", "Flowmetal.Fixtures.Refusals.Elsewhere.Helper::Call");
        StringAssert.Contains(warning.Text, "<Include>Flowmetal.Fixtures.Refusals.Elsewhere.Helper::Call</Include>");
    }

    [TestMethod]
    public void ALambdaThatIsOnlyStoredIsNoWarning()
    {
        var result = Weaving.Weave($"<Include>{Ns}*</Include>");

        Assert.IsFalse(result.Warnings.Any(w => w.Text.Contains("RunStoringSteps", StringComparison.Ordinal)), Weaving.Describe(result));
        Assert.AreEqual(2, result.Warnings.Count(w => w.Text.StartsWith("FL0202", StringComparison.Ordinal)), Weaving.Describe(result));
    }

    [TestMethod]
    [DataRow("RunForEach", "System.Collections.Generic.List::ForEach")]
    [DataRow("RunThroughHelper", "<Include>Flowmetal.Fixtures.Refusals.Elsewhere.Helper::Call</Include>")]
    public async Task StartingItAsAFlowNamesWhatIsInTheWay(string method, string named)
    {
        var result = Weaving.Weave($"<Include>{Ns}*</Include>");
        var run = result.Assembly.GetType(Ns + "Job", throwOnError: true)!.GetMethod(method)!;
        var arguments = run.GetParameters().Select(p => (Expression)Expression.Constant(p.ParameterType == typeof(List<int>) ? new List<int>() : null, p.ParameterType));
        var client = new FlowClient(new InMemoryFlowStore());

        var error = await Assert.ThrowsExactlyAsync<ArgumentException>(() => run.ReturnType == typeof(void)
            ? client.StartAsync(Expression.Lambda<Action>(Expression.Call(run, arguments)))
            : client.StartAsync(Expression.Lambda<Func<int>>(Expression.Call(run, arguments))));

        StringAssert.Contains(error.Message, "is selected in FodyWeavers.xml but was not woven");
        StringAssert.Contains(error.Message, named);
        Assert.IsFalse(error.Message.Contains("<Include>" + Ns + "Job::" + method, StringComparison.Ordinal), error.Message);
    }
}
