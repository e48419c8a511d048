using System.Reflection;
using System.Runtime.Loader;
using NUnit.Framework.Api;
using NUnit.Framework.Interfaces;
using NUnit.Framework.Internal;

namespace Flowmetal.MoreLinq.Tests;

/// <summary>
/// Runs MoreLINQ's NUnit suite with NUnit's own engine (the framework's assembly runner, as
/// NUnitLite does) against one build of MoreLinq. The suite and that MoreLinq load into a context of
/// their own, so the plain and the woven build, which share an assembly name, never meet; NUnit,
/// System.Reactive, the Flowmetal runtime and the BCL come from the default context.
/// </summary>
internal sealed class SuiteRun
{
    private SuiteRun(IReadOnlyDictionary<string, TestStatus> outcomes, IReadOnlyDictionary<string, string> failures, Assembly moreLinq)
    {
        Outcomes = outcomes;
        Failures = failures;
        MoreLinq = moreLinq;
    }

    /// <summary>Every test case's full name and status.</summary>
    public IReadOnlyDictionary<string, TestStatus> Outcomes { get; }

    /// <summary>The message of each test case that did not pass.</summary>
    public IReadOnlyDictionary<string, string> Failures { get; }

    /// <summary>The MoreLinq assembly the suite ran against.</summary>
    public Assembly MoreLinq { get; }

    public int Passed => Outcomes.Values.Count(s => s == TestStatus.Passed);

    public static SuiteRun Against(string moreLinqPath)
    {
        var suitePath = Path.Combine(AppContext.BaseDirectory, "plain", "MoreLinq.Test.dll");
        var context = new SuiteContext(moreLinqPath, suitePath);
        var suite = context.LoadFromAssemblyPath(suitePath);
        var moreLinq = context.LoadFromAssemblyName(new AssemblyName("MoreLinq"));

        var runner = new NUnitTestAssemblyRunner(new DefaultTestAssemblyBuilder());
        runner.Load(suite, new Dictionary<string, object> { [NUnit.FrameworkPackageSettings.NumberOfTestWorkers] = 0 });
        var result = runner.Run(TestListener.NULL, TestFilter.Empty);

        var outcomes = new Dictionary<string, TestStatus>(StringComparer.Ordinal);
        var failures = new Dictionary<string, string>(StringComparer.Ordinal);
        Collect(result, outcomes, failures);
        return new SuiteRun(outcomes, failures, moreLinq);
    }

    private static void Collect(ITestResult result, Dictionary<string, TestStatus> outcomes, Dictionary<string, string> failures)
    {
        if (!result.Test.IsSuite)
        {
            outcomes[result.FullName] = result.ResultState.Status;
            if (result.ResultState.Status != TestStatus.Passed)
            {
                failures[result.FullName] = result.ResultState + ": " + result.Message;
            }

            return;
        }

        foreach (var child in result.Children)
        {
            Collect(child, outcomes, failures);
        }
    }

    private sealed class SuiteContext : AssemblyLoadContext
    {
        private readonly string _moreLinqPath;
        private readonly string _suitePath;

        public SuiteContext(string moreLinqPath, string suitePath)
            : base("MoreLinq suite on " + moreLinqPath)
        {
            _moreLinqPath = moreLinqPath;
            _suitePath = suitePath;
        }

        protected override Assembly? Load(AssemblyName assemblyName) => assemblyName.Name switch
        {
            "MoreLinq" => LoadFromAssemblyPath(_moreLinqPath),
            "MoreLinq.Test" => LoadFromAssemblyPath(_suitePath),
            _ => null,
        };
    }
}
