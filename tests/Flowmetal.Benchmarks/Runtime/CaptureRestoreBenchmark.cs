using System.Diagnostics;
using System.Reflection;
using Flowmetal.Benchmarks.Reporting;
using Flowmetal.Execution;
using Flowmetal.Runtime.Flows;
using Flowmetal.Serialization;

namespace Flowmetal.Benchmarks.Runtime;

/// <summary>
/// In memory, no store: a woven stack suspends at the bottom; the continuation is captured,
/// serialized, deserialized and restored, and the flow runs to its end. Two axes: stack depth
/// (1, 10, 100, 1,000 frames of 5 locals) and live state (a frame holding a list of 1,000 or
/// 10,000 integers). Reports the median of each phase and the bytes per suspension, and the cost
/// per frame and per element to show that both grow linearly. Goals: 10 frames round trip ≤ 20 µs and ≤ 1,500 bytes;
/// one frame with a 1,000-element <c>List&lt;int&gt;</c> ≤ 40 µs.
/// </summary>
internal sealed class CaptureRestoreBenchmark : IBenchmark
{
    public string Name => "capture-restore";

    public string Description => "capture + serialize + deserialize + restore vs stack depth (1..1000) and live state (list of 10,000) [--seconds 4]";

    public void Run(string[] args, ResultsReport report)
    {
        // On a thread with the default stack size, as FlowWorker's step threads are (not the
        // main thread's larger one), so the 1,000-frame row shows such a stack fits on a worker.
        Exception? failure = null;
        var thread = new Thread(() =>
        {
            try
            {
                RunOnThread(args, report);
            }
            catch (Exception error)
            {
                failure = error;
            }
        });
        thread.Start();
        thread.Join();
        if (failure is not null)
        {
            throw new InvalidOperationException("capture-restore failed", failure);
        }
    }

    private static void RunOnThread(string[] args, ResultsReport report)
    {
        double seconds = Stats.Option(args, "--seconds", 4);
        var section = new ResultSection("Capture and restore, in memory",
            "stack", "capture (µs)", "serialize (µs)", "deserialize (µs)", "restore (µs)", "round trip (µs)", "bytes", "µs per frame / element");
        section.Setup.Add(
            "No store, no worker: `FlowRunner` runs a woven flow to its suspension at the bottom of the stack (capture: the stack walk " +
            "that refuses unwoven frames, then every frame saves its live values and returns), the continuation is serialized " +
            "(Flowmetal's graph format: flat JSON, allow-listed types, checked for what it holds) and deserialized, and the flow is restored (every frame reloads and jumps back) and run " +
            $"to its end; the result is checked against a straight run. Medians over as many iterations as fit in {seconds:0} s per row, after at least a second of warm-up. " +
            "It all runs on a thread with the default stack size (1.5 MB on Linux), like a worker's step threads; 1,000 frames of `Deep` need " +
            "less than 128 KB of it (checked once by running this benchmark on a thread of 128 KB, which passed, and of 64 KB, which overflowed).");
        section.Setup.Add(
            "Bytes: the continuation as a store keeps it per suspension; each frame type names its build and the key of its redeploy description, " +
            "which the store keeps once per build (written with the first continuation that names it), not in every continuation.");
        section.Setup.Add(
            "Depth: `DeepFlows.Deep(n)`, n nested frames with 5 locals each (int, long, string, double, int[]), under a frame that only checkpoints. " +
            "State: `BenchmarkFlows.WithList(k)`, one frame with a live `List<int>` of k elements.");

        var deep = typeof(DeepFlows).GetMethod(nameof(DeepFlows.Deep))!;
        var list = typeof(BenchmarkFlows).GetMethod(nameof(BenchmarkFlows.WithList))!;
        // The serializer and runtime paths shared by every row get hot before the first row counts.
        Measure(deep, 10, 1);
        Measure(list, 100, 1);

        var perFrame = new Dictionary<int, double>();
        var byDepth = new Dictionary<int, Row>();
        foreach (int depth in new[] { 1, 10, 100, 1_000 })
        {
            var row = Measure(deep, depth, seconds);
            byDepth[depth] = row;
            perFrame[depth] = row.Total / depth;
            section.AddRow($"{depth:N0} frame(s)", F(row.Capture), F(row.Serialize), F(row.Deserialize), F(row.Restore), F(row.Total), row.Bytes.ToString("N0"), F(row.Total / depth));
            if (depth == 10)
            {
                section.Findings.Add($"10 frames: round trip {F(row.Total)} µs median, {row.Bytes:N0} bytes (goals ≤ 20 µs: {Met(row.Total <= 20)}; ≤ 1,500 bytes: {Met(row.Bytes <= 1_500)})");
            }
        }

        var perElement = new Dictionary<int, double>();
        var byElements = new Dictionary<int, Row>();
        foreach (int elements in new[] { 1_000, 10_000 })
        {
            var row = Measure(list, elements, seconds);
            byElements[elements] = row;
            perElement[elements] = row.Total / elements;
            section.AddRow($"1 frame + list of {elements:N0}", F(row.Capture), F(row.Serialize), F(row.Deserialize), F(row.Restore), F(row.Total), row.Bytes.ToString("N0"), F(row.Total / elements));
            if (elements == 1_000)
            {
                section.Findings.Add($"1 frame + List<int> of 1,000: round trip {F(row.Total)} µs median (goal ≤ 40 µs: {Met(row.Total <= 40)})");
            }
        }

        section.Findings.Add($"per frame: {F(perFrame[10])} µs at 10 frames, {F(perFrame[100])} at 100, {F(perFrame[1_000])} at 1,000 " +
            $"(1,000 vs 10: ×{perFrame[1_000] / perFrame[10]:0.00}; 1.00 = linear in depth)");
        section.Findings.Add($"per list element: {F(perElement[1_000])} µs at 1,000, {F(perElement[10_000])} at 10,000 " +
            $"(×{perElement[10_000] / perElement[1_000]:0.00}; 1.00 = linear in state)");

        // Marginal costs (the fixed cost of a suspension cancels out): what each added frame or
        // element costs between two rows. Equal marginal costs over a wider range = a straight line.
        double frameCost10To100 = (byDepth[100].Total - byDepth[10].Total) / 90;
        double frameCost100To1000 = (byDepth[1_000].Total - byDepth[100].Total) / 900;
        double frameBytes10To100 = (byDepth[100].Bytes - byDepth[10].Bytes) / 90.0;
        double frameBytes100To1000 = (byDepth[1_000].Bytes - byDepth[100].Bytes) / 900.0;
        section.Findings.Add($"each added frame: {F(frameCost10To100)} µs and {frameBytes10To100:0} bytes from 10 to 100 frames, " +
            $"{F(frameCost100To1000)} µs and {frameBytes100To1000:0} bytes from 100 to 1,000 (time ×{frameCost100To1000 / frameCost10To100:0.00}, bytes ×{frameBytes100To1000 / frameBytes10To100:0.00}; 1.00 = linear)");
        double elementCost = (byElements[10_000].Total - byElements[1_000].Total) / 9_000;
        double elementBytes = (byElements[10_000].Bytes - byElements[1_000].Bytes) / 9_000.0;
        section.Findings.Add($"each added list element: {elementCost * 1000:0} ns and {elementBytes:0.0} bytes from 1,000 to 10,000 elements " +
            $"(a small-locals frame round trip is {F(byDepth[1].Total)} µs, {byDepth[1].Bytes:N0} bytes)");
        report.Add(section);
    }

    private static Row Measure(MethodInfo entry, int size, double seconds)
    {
        var arguments = new object?[] { size };
        var serializer = new ContinuationSerializer();
        long expected = (long)FlowRunner.RunDirect(() => entry.Invoke(null, arguments), _ => ResumeInput.None)!;

        // Warm-up for a second at least (tiered JIT promotes hot methods after a delay), and its
        // second half tells how many round trips fit in the time given.
        var warm = Stopwatch.StartNew();
        int warmRuns = 0;
        double secondHalf = 0;
        while (warm.Elapsed.TotalSeconds < 1 || warmRuns < 40)
        {
            long before = Stopwatch.GetTimestamp();
            RoundTrip(entry, arguments, serializer, expected);
            if (warm.Elapsed.TotalSeconds >= 0.5)
            {
                secondHalf += Micros(before, Stopwatch.GetTimestamp()) / 1e6;
                warmRuns++;
            }
        }

        int iterations = (int)Math.Clamp(seconds / (secondHalf / warmRuns), 20, 20_000);

        var capture = new List<double>(iterations);
        var serialize = new List<double>(iterations);
        var deserialize = new List<double>(iterations);
        var restore = new List<double>(iterations);
        var total = new List<double>(iterations);
        int bytes = 0;
        for (int i = 0; i < iterations; i++)
        {
            var (t0, t1, t2, t3, t4, length) = RoundTrip(entry, arguments, serializer, expected);
            bytes = length;
            capture.Add(Micros(t0, t1));
            serialize.Add(Micros(t1, t2));
            deserialize.Add(Micros(t2, t3));
            restore.Add(Micros(t3, t4));
            total.Add(Micros(t0, t4));
        }

        Console.WriteLine($"capture-restore: {entry.Name}({size}): {iterations} iterations, round trip median {F(Stats.Median(total))} µs, {bytes} bytes");
        return new Row(Stats.Median(capture), Stats.Median(serialize), Stats.Median(deserialize), Stats.Median(restore), Stats.Median(total), bytes);
    }

    private static (long, long, long, long, long, int) RoundTrip(MethodInfo entry, object?[] arguments, ContinuationSerializer serializer, long expected)
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
            throw new InvalidOperationException($"{entry.Name}: the resumed result {done.Result} differs from the straight run's {expected}");
        }

        return (t0, t1, t2, t3, t4, stored.Length);
    }

    private static double Micros(long from, long to) => (to - from) * 1_000_000.0 / Stopwatch.Frequency;

    private static string Met(bool met) => met ? "met" : "NOT met";

    private static string F(double value) => Stats.F(value, value >= 100 ? 0 : 2);

    private sealed record Row(double Capture, double Serialize, double Deserialize, double Restore, double Total, int Bytes);
}
