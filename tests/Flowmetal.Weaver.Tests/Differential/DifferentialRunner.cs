using System.Reflection;
using Flowmetal.Execution;
using Flowmetal.Serialization;
using Newtonsoft.Json;

namespace Flowmetal.Weaver.Tests.Differential;

/// <summary>
/// The oracle: a case run straight through in the plain build, and the same case in a woven build
/// with every suspension point forcing a full round trip (capture, serialize to bytes, drop every
/// live object, deserialize, restore). Results, exceptions and traces must be identical.
/// </summary>
internal static class DifferentialRunner
{
    public sealed record Outcome(string Result, IReadOnlyList<string> Trace, int Suspensions);

    public static Outcome RunStraight(string caseName)
    {
        FixtureAssemblies.TakeTrace(FixtureAssemblies.Plain);
        var method = FixtureAssemblies.Case(FixtureAssemblies.Plain, caseName);
        var script = new SignalScript();
        string result;
        try
        {
            var value = FlowRunner.RunDirect(() => method.Invoke(null, BindingFlags.DoNotWrapExceptions, null, null, null), script.Answer);
            result = Describe(value);
        }
        catch (Exception error)
        {
            result = "threw " + error.GetType().FullName + ": " + error.Message;
        }

        return new Outcome(result, FixtureAssemblies.TakeTrace(FixtureAssemblies.Plain), 0);
    }

    public static Outcome RunWoven(string caseName, string build)
    {
        var assembly = FixtureAssemblies.Woven(build);
        FixtureAssemblies.TakeTrace(assembly);
        var method = FixtureAssemblies.Case(assembly, caseName);
        var script = new SignalScript();
        var serializer = new ContinuationSerializer();
        int suspensions = 0;
        var step = FlowRunner.Run(method, null, Array.Empty<object?>(), null, ResumeInput.None);
        while (step is SuspendedStep suspended)
        {
            if (++suspensions > 100_000)
            {
                throw new InvalidOperationException($"{caseName} suspended more than 100000 times: the woven code loops.");
            }

            byte[] bytes = serializer.Serialize(suspended.Continuation);
            var request = suspended.Continuation.Request;
            step = null;
            suspended = null!;
            var restored = serializer.Deserialize(bytes);
            step = FlowRunner.Run(method, null, Array.Empty<object?>(), restored, script.Answer(request));
        }

        string result = step switch
        {
            CompletedStep completed => Describe(completed.Result),
            FailedStep failed when failed.Error is FlowResumeException => throw new AssertFailedException($"{caseName} ({build}) could not resume: {failed.Error}"),
            FailedStep failed => "threw " + failed.Error.GetType().FullName + ": " + failed.Error.Message,
            _ => throw new InvalidOperationException("unexpected step"),
        };
        return new Outcome(result, FixtureAssemblies.TakeTrace(assembly), suspensions);
    }

    private static string Describe(object? value) =>
        JsonConvert.SerializeObject(value, new JsonSerializerSettings { TypeNameHandling = TypeNameHandling.None, ReferenceLoopHandling = ReferenceLoopHandling.Ignore });
}
