using Flowmetal.Runtime.Flows.Support;

namespace Flowmetal.Runtime.Flows;

/// <summary>Cancellation and timeouts delivered inside flows.</summary>
public static class CancellationFlows
{
    /// <summary>
    /// The seed's cancellable activity: work, then checkpoint, every <paramref name="periodMilliseconds"/>,
    /// until cancelled; the cancellation arrives at the next checkpoint and the flow's own handler runs.
    /// </summary>
    public static string Activity(string key, int periodMilliseconds)
    {
        int iterations = 0;
        try
        {
            while (true)
            {
                iterations++;
                SideEffects.Record(key + ":iteration");
                Flaky.Pause(periodMilliseconds);
                Flow.Checkpoint();
            }
        }
        catch (FlowCancelledException cancelled)
        {
            SideEffects.Record(key + ":cancelled");
            return $"cancelled after {iterations} ({cancelled.Reason})";
        }
        finally
        {
            SideEffects.Record(key + ":finally");
        }
    }

    /// <summary>Sleeps in a loop; lets a cancellation escape after its finally block ran.</summary>
    public static void SleepsUntilCancelled(string key)
    {
        try
        {
            while (true)
            {
                Flow.Sleep(TimeSpan.FromMinutes(10));
                SideEffects.Record(key + ":woke");
            }
        }
        finally
        {
            SideEffects.Record(key + ":finally");
        }
    }

    public static string SignalOrTimeout(int milliseconds)
    {
        try
        {
            return "got " + Flow.WaitForSignal<string>("answer", TimeSpan.FromMilliseconds(milliseconds));
        }
        catch (FlowTimeoutException timeout)
        {
            return "timed out: " + timeout.Message;
        }
    }

    /// <summary>Checkpoints forever; started with a timeout, it ends failed.</summary>
    public static int RunsForever()
    {
        int i = 0;
        while (true)
        {
            i++;
            Flaky.Pause(20);
            Flow.Checkpoint();
        }
    }
}
