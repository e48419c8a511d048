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

    public string Description => "plain vs woven-never-suspending vs async/await, as ratios to plain [rounds=150]";

    public void Run(string[] args, ResultsReport report)
    {
        int rounds = args.Length > 0 && int.TryParse(args[0], NumberStyles.None, CultureInfo.InvariantCulture, out var given) ? given : 150;
        var section = new ResultSection("Fast path: woven code that does not suspend",
            "workload", "plain (ms)", "woven (ms)", "async/await (ms)", "woven ÷ plain", "async ÷ plain", "woven ÷ async");
        section.Setup.Add(
            "Three call-heavy workloads, each compiled three ways from the same logic: plain (not woven), woven (every method " +
            "instrumented, none suspends while measured), and async/await (every method that may suspend is `async Task`, every call to one " +
            "awaited — the shape Temporal and Durable Task code takes, whose workflow and orchestrator methods return `Task`; the awaits complete synchronously, so only the async machinery is measured). " +
            $"After 3 s of warm-up per workload (tiered JIT with dynamic PGO reaches its final code; with 1.5 s, rounds were still erratic for a while), the three run in alternating rounds ({rounds} each, the order rotating every round); the table " +
            "shows the median round, and ratios of medians (the findings add the ratio of the fastest rounds). A driver program rather than BenchmarkDotNet: alternating rounds in one process " +
            "keep the three under the same machine load, which matters more on a shared 2-core machine than BenchmarkDotNet's per-benchmark statistics.");
        section.Setup.Add(
            "Woven methods keep their frames (they are never JIT-inlined: the runtime's check for unwoven frames needs them), so code made " +
            "of tiny suspendable helpers pays for the inlining it loses (the weaver inlines only the tiniest ones itself, like `MaybeSuspend`); " +
            "`fib` (a call per two additions) is the worst case. The async variants lose the same inlining, and on top every call runs an async state machine and most allocate the `Task<T>` they return.");
        section.Setup.Add(
            "Run to run, the plain build of the helpers workload settles in one of two steady states, one about 1.9× as fast as the other " +
            "(dynamic PGO's choices for that process; with `DOTNET_TieredPGO=0` it always takes the slower one), while the woven and async builds do not move: " +
            "its woven ÷ plain reads about 1.4 in some processes and about 2.5 in others (1.5 with PGO off). Within one process the rounds agree, as the best-round ratios show.");

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
        while (warm.ElapsedMilliseconds < 3000)
        {
            plainRun();
            wovenRun();
            asyncRun();
        }

        var plainTimes = new List<double>();
        var wovenTimes = new List<double>();
        var asyncTimes = new List<double>();
        var variants = new (Func<T> Run, List<double> Times)[] { (plainRun, plainTimes), (wovenRun, wovenTimes), (asyncRun, asyncTimes) };
        for (int i = 0; i < rounds; i++)
        {
            // The order rotates each round, so no variant always runs right after another one's garbage.
            for (int k = 0; k < variants.Length; k++)
            {
                var (run, times) = variants[(i + k) % variants.Length];
                times.Add(Time(run));
            }
        }

        double plainMedian = Median(plainTimes);
        double wovenMedian = Median(wovenTimes);
        double asyncMedian = Median(asyncTimes);
        section.AddRow(label, F(plainMedian), F(wovenMedian), F(asyncMedian), R(wovenMedian / plainMedian), R(asyncMedian / plainMedian), R(wovenMedian / asyncMedian));
        // The fastest rounds too: other load on the machine only ever adds time, so a ratio of
        // best rounds that agrees with the ratio of medians says the medians were not skewed by it.
        double bestRatio = wovenTimes.Min() / plainTimes.Min();
        Console.WriteLine($"fast-path: {label}: plain {F(plainTimes.Min())}..{F(plainTimes.Max())} ms, woven {F(wovenTimes.Min())}..{F(wovenTimes.Max())} ms, " +
            $"async {F(asyncTimes.Min())}..{F(asyncTimes.Max())} ms");
        section.Findings.Add($"{label}: woven ÷ plain {R(wovenMedian / plainMedian)} (best rounds: {R(bestRatio)}; goal ≤ 1.10: {(wovenMedian / plainMedian <= 1.10 ? "met" : "NOT met")}); " +
            $"woven is {R(asyncMedian / wovenMedian)}× as fast as async/await (goal: faster than async/await: {(wovenMedian < asyncMedian ? "met" : "NOT met")})");
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
