using Flowmetal.Runtime.Flows.Support;

namespace Flowmetal.Runtime.Flows;

/// <summary>The crash-recovery flow: work, record, checkpoint, ten times; then record the completion.</summary>
public static class CrashFlows
{
    public static long Count(string key, int steps)
    {
        long sum = 0;
        for (int i = 1; i <= steps; i++)
        {
            SideEffects.Work();
            sum += (long)i * i;
            SideEffects.Record("steps");
            Flow.Checkpoint();
        }

        SideEffects.Record("completed:" + key);
        return sum;
    }

    /// <summary>Checkpoints as fast as possible (the throughput benchmark).</summary>
    public static int Spin(int checkpoints)
    {
        int done = 0;
        for (int i = 0; i < checkpoints; i++)
        {
            done++;
            Flow.Checkpoint();
        }

        return done;
    }

    /// <summary>Waits for pings carrying their send time and reports each resume (the latency benchmark).</summary>
    public static int Pings(int count)
    {
        for (int i = 0; i < count; i++)
        {
            long sent = Flow.WaitForSignal<long>("ping");
            SideEffects.ResumedAt(sent);
        }

        return count;
    }
}
