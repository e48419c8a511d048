using Flowmetal.Runtime.Flows.Support;
using Flowmetal.Serialization;

namespace Flowmetal.Runtime.Flows;

/// <summary>Flows of the containment tests: large state, slow steps, steps that starve their process.</summary>
public static class ContainmentFlows
{
    /// <summary>Holds a large string and a small list across a checkpoint.</summary>
    public static int HoldsLarge(int kilobytes)
    {
        var report = new string('r', kilobytes * 1024);
        var names = new List<string> { "ada", "grace" };
        Flow.Checkpoint();
        return report.Length + names.Count;
    }

    /// <summary>Tries to suspend with a large local; told the state is too large, drops it and suspends again.</summary>
    public static string DropsLargeWhenRefused(int kilobytes)
    {
        string outcome;
        try
        {
            var report = new string('r', kilobytes * 1024);
            Flow.Checkpoint();
            outcome = "stored " + report.Length;
        }
        catch (FlowSerializationException refused)
        {
            outcome = "refused: " + refused.Message;
        }

        Flow.Checkpoint();
        return outcome;
    }

    /// <summary>Works for <paramref name="milliseconds"/> without suspending (recording its start), then checkpoints and ends.</summary>
    public static int SlowStep(string key, int milliseconds)
    {
        SideEffects.Record(key + ":start");
        Flaky.Pause(milliseconds);
        Flow.Checkpoint();
        SideEffects.Record(key + ":end");
        return milliseconds;
    }

    /// <summary>
    /// A step that is hard on its process for <paramref name="milliseconds"/>: it blocks many thread-pool threads (so
    /// anything that needs the pool waits) and allocates large arrays all along (so the collector runs again and again).
    /// </summary>
    public static long HogsItsProcess(string key, int milliseconds)
    {
        SideEffects.Record(key + ":start");
        long allocated = Hog.Run(milliseconds);
        Flow.Checkpoint();
        return allocated;
    }
}
