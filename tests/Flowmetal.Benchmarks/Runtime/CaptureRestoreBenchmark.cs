using System.Diagnostics;
using System.Reflection;
using Flowmetal.Execution;
using Flowmetal.Runtime.Flows;
using Flowmetal.Serialization;

using Flowmetal.Benchmarks.Reporting;

namespace Flowmetal.Benchmarks.Runtime;

/// <summary>
/// In memory, no store: a 10-frame woven stack (5 locals per frame) suspends at the bottom; the
/// continuation is captured, serialized, deserialized and restored, and the flow runs to its end.
/// Reports the median of each phase and of the whole round trip, and the continuation's size.
/// Goal: whole round trip &lt;= 50 µs median.
/// </summary>
internal sealed class CaptureRestoreBenchmark : IBenchmark
{
    public string Name => "capture-restore";

    public string Description => "10-frame stack: capture + serialize + deserialize + restore, median µs; bytes per continuation";

    public void Run(string[] args, ResultsReport report)
    {
        int iterations = Stats.Option(args, "--iterations", 20_000);
        int depth = Stats.Option(args, "--depth", 10);
        var entry = typeof(DeepFlows).GetMethod(nameof(DeepFlows.Deep))!;
        var arguments = new object?[] { depth };
        var serializer = new ContinuationSerializer();
        long expected = (long)FlowRunner.RunDirect(() => entry.Invoke(null, arguments), _ => ResumeInput.None)!;

        var capture = new List<double>(iterations);
        var serialize = new List<double>(iterations);
        var deserialize = new List<double>(iterations);
        var restore = new List<double>(iterations);
        var total = new List<double>(iterations);
        int bytes = 0;
        int frames = 0;
        for (int i = 0; i < iterations / 4 + iterations; i++)
        {
            long t0 = Stopwatch.GetTimestamp();
            var step = (SuspendedStep)FlowRunner.Run(entry, null, arguments, null, ResumeInput.None);
            long t1 = Stopwatch.GetTimestamp();
            var stored = serializer.Serialize(step.Continuation);
            long t2 = Stopwatch.GetTimestamp();
            var loaded = serializer.Deserialize(stored);
            long t3 = Stopwatch.GetTimestamp();
            var done = (CompletedStep)FlowRunner.Run(entry, null, arguments, loaded, ResumeInput.None);
            long t4 = Stopwatch.GetTimestamp();
            if ((long)done.Result! != expected)
            {
                throw new InvalidOperationException($"resumed result {done.Result} differs from the straight run's {expected}");
            }

            if (i < iterations / 4)
            {
                continue;
            }

            bytes = stored.Length;
            frames = loaded.Frames.Count;
            capture.Add(Micros(t0, t1));
            serialize.Add(Micros(t1, t2));
            deserialize.Add(Micros(t2, t3));
            restore.Add(Micros(t3, t4));
            total.Add(Micros(t0, t4));
        }

        Console.WriteLine($"capture-restore: {frames} frames, {iterations} iterations after warm-up");
        Console.WriteLine($"  capture (run to the suspension, unwind)  median {Stats.F(Stats.Median(capture), 2)} µs");
        Console.WriteLine($"  serialize                                median {Stats.F(Stats.Median(serialize), 2)} µs");
        Console.WriteLine($"  deserialize                              median {Stats.F(Stats.Median(deserialize), 2)} µs");
        Console.WriteLine($"  restore (rewind, run to the end)         median {Stats.F(Stats.Median(restore), 2)} µs");
        Console.WriteLine($"  total                                    median {Stats.F(Stats.Median(total), 2)} µs  p99 {Stats.F(Stats.Percentile(total, 99), 2)} µs  (goal <= 50 µs: {(Stats.Median(total) <= 50 ? "met" : "NOT met")})");
        Console.WriteLine($"  bytes per continuation                   {bytes} ({Stats.F((double)bytes / frames, 0)} per frame)");
    }

    private static double Micros(long from, long to) => (to - from) * 1_000_000.0 / Stopwatch.Frequency;
}
