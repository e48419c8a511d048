extern alias plain;
extern alias woven;
using System.Diagnostics;
using System.Globalization;
using Flowmetal.Benchmarks.Reporting;

namespace Flowmetal.Benchmarks.FastPath;

/// <summary>
/// The cost of weaving when nothing suspends: the same call-heavy workloads compiled plain,
/// compiled woven, and written async/await with Task and with ValueTask (the style replay engines require), timed in
/// alternating rounds after warm-up. Goals: woven ÷ plain ≤ 1.10, and woven faster than async.
/// </summary>
internal sealed class FastPathBenchmark : IBenchmark
{
    public string Name => "fast-path";

    public string Description => "plain vs woven-never-suspending vs async/await (Task, ValueTask), as ratios to plain [rounds=150]";

    public void Run(string[] args, ResultsReport report)
    {
        int rounds = args.Length > 0 && int.TryParse(args[0], NumberStyles.None, CultureInfo.InvariantCulture, out var given) ? given : 150;
        var section = new ResultSection("Fast path: woven code that does not suspend",
            "workload", "plain (ms)", "woven (ms)", "async Task (ms)", "async ValueTask (ms)", "woven ÷ plain", "Task ÷ plain", "ValueTask ÷ plain", "woven ÷ faster async");
        section.Setup.Add(
            "Three call-heavy workloads, each written four ways with the same logic, call for call: plain (not woven), woven (every method " +
            "instrumented, none suspends while measured; the same source file as plain, compiled by a second project with the weaver), and async/await (every method that may suspend is `async Task<T>`, every call to one " +
            "awaited — the shape Temporal and Durable Task code takes, whose workflow and orchestrator methods return `Task`), the last also with `ValueTask<T>` (the cheapest async a user could write: " +
            "an await that completes synchronously allocates nothing). The awaits all complete synchronously, so only the async machinery is measured; the async variants are never woven. " +
            $"After 3 s of warm-up per workload (tiered JIT with dynamic PGO reaches its final code; with 1.5 s, rounds were still erratic for a while), the four run in alternating rounds ({rounds} each, the order rotating every round); the table " +
            "shows the median round, and ratios of medians (the findings add the ratio of the fastest rounds). A driver program rather than BenchmarkDotNet: alternating rounds in one process " +
            "keep the variants under the same machine load, which matters more on a shared 2-core machine than BenchmarkDotNet's per-benchmark statistics, and the whole comparison fits in well under a minute " +
            "(BenchmarkDotNet's separate process and pilot, warm-up and measurement stages per variant would take several minutes for these twelve).");
        section.Setup.Add(
            "Small woven methods (up to 64 bytes of IL as compiled, not virtual, no try block) may be inlined by the JIT as in the plain build " +
            "(they are marked AggressiveInlining, since their cold restore and capture code would put them past its size limit; the runtime's check " +
            "for unwoven frames accepts a caller found calling what an inlined woven method calls); larger woven methods keep their frames, and the weaver " +
            "inlines the tiniest same-type helpers itself, like `MaybeSuspend`. `fib` (a call per two additions) is the worst case: the JIT inlines it into itself one level, woven or not. The async variants lose the same inlining in practice (each body becomes a state machine's `MoveNext`, entered through the method builder), and on top every call runs an async state machine; with `Task<T>` most calls also allocate the task they return (the runtime caches only a few results), with `ValueTask<T>` none does.");
        section.Setup.Add(
            "The plain build of the helpers workload runs in one of two steady states, one about 1.9× as fast as the other " +
            "(dynamic PGO's choices; with `DOTNET_TieredPGO=0` it always takes the slower one). Some processes stay in one state throughout, others switch " +
            "after some seconds of rounds (a run with every round printed showed 25 rounds at 4.6 ms, then 8.8 ms to the end), while the woven and async builds do not move: " +
            "its woven ÷ plain reads about 1.35 against the slower state and about 2.5 against the faster (1.5 with PGO off). So the findings give, beside the ratio of medians, " +
            "the ratio of the fastest rounds and how many plain rounds ran within 10% of the fastest.");

        Compare(section, "workflow steps doing small work (20,000 orders)", rounds,
            () => plain::Flowmetal.Benchmarks.Workload.StepWorkload.Run(20_000),
            () => woven::Flowmetal.Benchmarks.Workload.StepWorkload.Run(20_000),
            () => AsyncWorkload.RunStepsAsync(20_000).GetAwaiter().GetResult(),
            () => ValueTaskWorkload.RunStepsAsync(20_000).GetAwaiter().GetResult());
        Compare(section, "tiny suspendable helpers across types (200,000 lines)", rounds,
            () => plain::Flowmetal.Benchmarks.Workload.OrderWorkload.ProcessOrders(200_000),
            () => woven::Flowmetal.Benchmarks.Workload.OrderWorkload.ProcessOrders(200_000),
            () => AsyncWorkload.ProcessOrdersAsync(200_000).GetAwaiter().GetResult(),
            () => ValueTaskWorkload.ProcessOrdersAsync(200_000).GetAwaiter().GetResult());
        Compare(section, "fib(27), pure call overhead", rounds,
            () => plain::Flowmetal.Benchmarks.Workload.OrderWorkload.Fib(27),
            () => woven::Flowmetal.Benchmarks.Workload.OrderWorkload.Fib(27),
            () => AsyncWorkload.FibAsync(27).GetAwaiter().GetResult(),
            () => ValueTaskWorkload.FibAsync(27).GetAwaiter().GetResult());
        report.Add(section);
    }

    private static void Compare<T>(ResultSection section, string label, int rounds, Func<T> plainRun, Func<T> wovenRun, Func<T> asyncRun, Func<T> valueTaskRun)
    {
        var expected = plainRun();
        if (!Equals(expected, wovenRun()) || !Equals(expected, asyncRun()) || !Equals(expected, valueTaskRun()))
        {
            throw new InvalidOperationException($"{label}: the variants compute different results");
        }

        Console.WriteLine($"fast-path: {label}");
        var warm = Stopwatch.StartNew();
        while (warm.ElapsedMilliseconds < 3000)
        {
            plainRun();
            wovenRun();
            asyncRun();
            valueTaskRun();
        }

        var plainTimes = new List<double>();
        var wovenTimes = new List<double>();
        var asyncTimes = new List<double>();
        var valueTaskTimes = new List<double>();
        var variants = new (Func<T> Run, List<double> Times)[] { (plainRun, plainTimes), (wovenRun, wovenTimes), (asyncRun, asyncTimes), (valueTaskRun, valueTaskTimes) };
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
        double valueTaskMedian = Median(valueTaskTimes);
        double fasterAsync = Math.Min(asyncMedian, valueTaskMedian);
        section.AddRow(label, F(plainMedian), F(wovenMedian), F(asyncMedian), F(valueTaskMedian),
            R(wovenMedian / plainMedian), R(asyncMedian / plainMedian), R(valueTaskMedian / plainMedian), R(wovenMedian / fasterAsync));
        // The fastest rounds too: other load on the machine only ever adds time, so a ratio of
        // best rounds that agrees with the ratio of medians says the medians were not skewed by it.
        double bestRatio = wovenTimes.Min() / plainTimes.Min();
        int plainFast = plainTimes.Count(t => t <= plainTimes.Min() * 1.10);
        Console.WriteLine($"fast-path: {label}: plain {F(plainTimes.Min())}..{F(plainTimes.Max())} ms, woven {F(wovenTimes.Min())}..{F(wovenTimes.Max())} ms, " +
            $"async Task {F(asyncTimes.Min())}..{F(asyncTimes.Max())} ms, async ValueTask {F(valueTaskTimes.Min())}..{F(valueTaskTimes.Max())} ms");
        section.Findings.Add($"{label}: woven ÷ plain {R(wovenMedian / plainMedian)} (fastest rounds: {R(bestRatio)}, {plainFast} of {plainTimes.Count} plain rounds within 10% of its fastest; goal ≤ 1.10: {(wovenMedian / plainMedian <= 1.10 ? "met" : "NOT met")}); " +
            $"woven is {R(asyncMedian / wovenMedian)}× as fast as async Task and {R(valueTaskMedian / wovenMedian)}× as fast as async ValueTask " +
            $"(goal: faster than async/await: {(wovenMedian < fasterAsync ? "met" : "NOT met")})");
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
