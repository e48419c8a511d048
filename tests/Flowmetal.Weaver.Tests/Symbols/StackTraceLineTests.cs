using System.Text.RegularExpressions;
using Flowmetal.Execution;
using Flowmetal.Serialization;
using Flowmetal.Weaver.Tests.Differential;

namespace Flowmetal.Weaver.Tests.Symbols;

/// <summary>The woven PDB stays consistent: exceptions thrown after a resume point at the original lines.</summary>
[TestClass]
public sealed class StackTraceLineTests
{
    [TestMethod]
    [DataRow("Debug")]
    [DataRow("Release")]
    public void ExceptionAfterResumeReportsTheOriginalSourceLines(string build)
    {
        var entry = FixtureAssemblies.Woven(build).GetType("Flowmetal.Fixtures.Symbols.LineReporting", throwOnError: true)!.GetMethod("Entry")!;
        var serializer = new ContinuationSerializer();
        var step = FlowRunner.Run(entry, null, Array.Empty<object?>(), null, ResumeInput.None);
        int rounds = 0;
        while (step is SuspendedStep suspended)
        {
            var input = suspended.Continuation.Request is SignalRequest ? ResumeInput.WithValue(5) : ResumeInput.None;
            var restored = serializer.Deserialize(serializer.Serialize(suspended.Continuation));
            step = FlowRunner.Run(entry, null, Array.Empty<object?>(), restored, input);
            rounds++;
        }

        Assert.AreEqual(3, rounds, "the fixture suspends three times before it throws");
        var failed = step as FailedStep;
        Assert.IsNotNull(failed, "the flow should fail");
        var thrownLine = (int)failed.Error.GetType().GetProperty("Line")!.GetValue(failed.Error)!;
        var trace = failed.Error.StackTrace ?? string.Empty;

        var inner = Regex.Match(trace, @"LineReporting\.Inner\(.*\) in .*LineReporting\.cs:line (\d+)");
        Assert.IsTrue(inner.Success, "the stack trace names Inner with file and line:\n" + trace);
        Assert.AreEqual(thrownLine, int.Parse(inner.Groups[1].Value), "Inner's line in the stack trace:\n" + trace);
        StringAssert.Matches(trace, new Regex(@"LineReporting\.Middle\(.*\) in .*LineReporting\.cs:line \d+"), "Middle is on the trace with its line");
        StringAssert.Matches(trace, new Regex(@"LineReporting\.Entry\(.*\) in .*LineReporting\.cs:line \d+"), "Entry is on the trace with its line");
    }
}
