using Flowmetal.Runtime.Flows.Support;

namespace Flowmetal.Runtime.Flows;

/// <summary>Flows the benchmark program measures (tests/Flowmetal.Benchmarks).</summary>
public static class BenchmarkFlows
{
    /// <summary>N steps, each the shared trivial step body followed by a durable checkpoint.</summary>
    public static int Sequential(int steps)
    {
        int sum = 0;
        for (int i = 0; i < steps; i++)
        {
            sum += StepClock.Step(i);
            Flow.Checkpoint();
        }

        return sum;
    }

    /// <summary>A frame holding a list of <paramref name="elements"/> integers, suspended with it live.</summary>
    public static long WithList(int elements)
    {
        var values = new List<int>(elements);
        for (int i = 0; i < elements; i++)
        {
            values.Add(i);
        }

        Flow.Checkpoint();
        long sum = 0;
        foreach (var value in values)
        {
            sum += value;
        }

        return sum;
    }

    /// <summary>One checkpoint, then done, counted in the side-effect sink: the flows-per-second benchmark.</summary>
    public static int Short(int seed)
    {
        Flow.Checkpoint();
        SideEffects.Record("short-done");
        return seed + 1;
    }
}
