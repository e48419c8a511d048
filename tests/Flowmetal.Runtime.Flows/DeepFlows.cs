namespace Flowmetal.Runtime.Flows;

/// <summary>A 10-frame stack with 5 locals per frame, suspended at the bottom (the capture/restore benchmark).</summary>
public static class DeepFlows
{
    public static long Deep(int depth)
    {
        int a = depth;
        long b = depth * 3L;
        string c = "frame" + depth;
        double d = depth / 2.0;
        var e = new int[] { depth, depth + 1 };
        long below = depth <= 1 ? Bottom() : Deep(depth - 1);
        return a + b + c.Length + (long)d + e[1] + below;
    }

    private static long Bottom()
    {
        Flow.Checkpoint();
        return 1;
    }
}
