extern alias plain;
extern alias woven;
using System.Diagnostics;
using System.Globalization;
using Flowmetal.Benchmarks.Reporting;

namespace Flowmetal.Benchmarks.FastPath;

/// <summary>
/// The cost of weaving when nothing suspends: the same call-heavy workloads compiled plain,
/// compiled woven, and written async/await (the style replay engines require), timed in
/// alternating rounds after warm-up. Goals: woven ÷ plain ≤ 1.10, and woven faster than async.
/// </summary>
internal sealed class FastPathBenchmark : IBenchmark
{
    public string Name => "fast-path";

    public string Description => "plain vs woven-never-suspending vs async/await, as ratios to plain [rounds=40]";

    public void Run(string[] args, ResultsReport report)
    {
        int rounds = args.Length > 0 && int.TryParse(args[0], NumberStyles.None, CultureInfo.InvariantCulture, out var given) ? given : 40;
        var section = new ResultSection("Fast path: woven code that does not suspend",
            "workload", "plain (ms)", "woven (ms)", "async/await (ms)", "woven ÷ plain", "async ÷ plain", "woven ÷ async");
        section.Setup.Add(
            "Three call-heavy workloads, each compiled three ways from the same logic: plain (not woven), woven (every method " +
            "instrumented, none suspends while measured), and async/await (every method that may suspend is `async Task`, every call to one " +
            "awaited — the shape Temporal and Durable Task code takes; the awaits complete synchronously). " +
            $"After 1.5 s of warm-up (tiered JIT reaches optimized code), the three run in alternating rounds ({rounds} each); the table " +
            "shows the median round, and ratios of medians. A driver program rather than BenchmarkDotNet: alternating rounds in one process " +
            "keep the three under the same machine load, which matters more on a shared 2-core machine than BenchmarkDotNet's per-benchmark statistics.");
        section.Setup.Add(
            "Woven methods keep their frames (they are never JIT-inlined: the runtime's check for unwoven frames needs them), so code made " +
            "of tiny suspendable helpers pays for the inlining it loses; `fib` (a call per two additions) is the worst case.");

        Compare(section, "workflow steps doing small work (20,000 orders)", rounds,
            () => plain::Flowmetal.Benchmarks.Workload.StepWorkload.Run(20_000),
            () => woven::Flowmetal.Benchmarks.Workload.StepWorkload.Run(20_000),
            () => AsyncWorkload.RunStepsAsync(20_000).GetAwaiter().GetResult());
        Compare(section, "tiny suspendable helpers across types (200,000 lines)", rounds,
            () => plain::Flowmetal.Benchmarks.Workload.OrderWorkload.ProcessOrders(200_000),
            () => woven::Flowmetal.Benchmarks.Workload.OrderWorkload.ProcessOrders(200_000),
            () => AsyncWorkload.ProcessOrdersAsync(200_000).GetAwaiter().GetResult());
        Compare(section, "fib(27), pure call overhead", rounds,
            () => plain::Flowmetal.Benchmarks.Workload.OrderWorkload.Fib(27),
            () => woven::Flowmetal.Benchmarks.Workload.OrderWorkload.Fib(27),
            () => AsyncWorkload.FibAsync(27).GetAwaiter().GetResult());
        report.Add(section);
    }

    private static void Compare<T>(ResultSection section, string label, int rounds, Func<T> plainRun, Func<T> wovenRun, Func<T> asyncRun)
    {
        var expected = plainRun();
        if (!Equals(expected, wovenRun()) || !Equals(expected, asyncRun()))
        {
            throw new InvalidOperationException($"{label}: the three variants compute different results");
        }

        Console.WriteLine($"fast-path: {label}");
        var warm = Stopwatch.StartNew();
        while (warm.ElapsedMilliseconds < 1500)
        {
            plainRun();
            wovenRun();
            asyncRun();
        }

        var plainTimes = new List<double>();
        var wovenTimes = new List<double>();
        var asyncTimes = new List<double>();
        for (int i = 0; i < rounds; i++)
        {
            plainTimes.Add(Time(plainRun));
            wovenTimes.Add(Time(wovenRun));
            asyncTimes.Add(Time(asyncRun));
        }

        double plainMedian = Median(plainTimes);
        double wovenMedian = Median(wovenTimes);
        double asyncMedian = Median(asyncTimes);
        section.AddRow(label, F(plainMedian), F(wovenMedian), F(asyncMedian), R(wovenMedian / plainMedian), R(asyncMedian / plainMedian), R(wovenMedian / asyncMedian));
        section.Findings.Add($"{label}: woven ÷ plain {R(wovenMedian / plainMedian)} (goal ≤ 1.10: {(wovenMedian / plainMedian <= 1.10 ? "met" : "NOT met")}); " +
            $"woven is {R(asyncMedian / wovenMedian)}× as fast as async/await (goal > 1: {(wovenMedian < asyncMedian ? "met" : "NOT met")})");
    }

    private static double Time<T>(Func<T> action)
    {
        var watch = Stopwatch.StartNew();
        GC.KeepAlive(action());
        return watch.Elapsed.TotalMilliseconds;
    }

    private static double Median(List<double> values)
    {
        var sorted = values.OrderBy(v => v).ToList();
        return sorted[sorted.Count / 2];
    }

    private static string F(double value) => value.ToString("0.00", CultureInfo.InvariantCulture);

    private static string R(double value) => value.ToString("0.00", CultureInfo.InvariantCulture);
}
