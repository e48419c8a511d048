namespace Flowmetal.Benchmarks.Workload;

/// <summary>A 10-frame stack with 5 live locals per frame, suspending once at the bottom.</summary>
public static class DeepStackWorkload
{
    public static long Run() => Frame(10, 1);

    private static long Frame(int depth, long seed)
    {
        long a = seed * 3;
        int b = depth * 7;
        string c = "frame" + depth;
        double d = seed / 2.0;
        decimal e = depth + 0.5m;
        long below;
        if (depth == 1)
        {
            Flow.Checkpoint();
            below = 1;
        }
        else
        {
            below = Frame(depth - 1, seed + 1);
        }

        return below + a + b + c.Length + (long)d + (long)e;
    }
}
