using System.Diagnostics;

namespace Flowmetal.Runtime.Flows.Support;

/// <summary>
/// The step body every engine in the sequential-steps benchmark runs: a trivial call that records
/// when step <c>i</c> ran, so the benchmark can time the first and the last steps of a run.
/// </summary>
public static class StepClock
{
    private static long[] s_times = Array.Empty<long>();

    /// <summary>Starts a run of <paramref name="steps"/> steps.</summary>
    public static void Reset(int steps) => s_times = new long[steps];

    /// <summary>When each step ran, in <see cref="Stopwatch"/> ticks.</summary>
    public static IReadOnlyList<long> Times => s_times;

    public static int Step(int i)
    {
        s_times[i] = Stopwatch.GetTimestamp();
        return i & 1;
    }
}
