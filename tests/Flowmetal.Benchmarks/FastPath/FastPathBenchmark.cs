extern alias plain;
extern alias woven;
using System.Diagnostics;
using System.Globalization;

using Flowmetal.Benchmarks.Reporting;

namespace Flowmetal.Benchmarks.FastPath;

/// <summary>
/// The cost of weaving when nothing suspends: the same call-heavy workload, woven and plain,
/// timed in alternating rounds after warm-up (so both reach tier-1 JIT), reported as the ratio of
/// the fastest round times (other load on the machine only ever adds time; the median is shown too). Goal: woven / plain &lt;= 1.10 on call-heavy code. Woven methods keep
/// their frames (never inlined: the runtime's unwoven-frame check depends on it), so workloads
/// made of tiny suspendable helpers pay for the inlining they lose.
/// </summary>
internal sealed class FastPathBenchmark : IBenchmark
{
    public string Name => "fast-path";

    public string Description => "woven-but-never-suspending vs unwoven, as a ratio";

    public void Run(string[] args, ResultsReport report)
    {
        int rounds = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 40;
        Compare("steps (workflow steps doing small work)", rounds,
            () => plain::Flowmetal.Benchmarks.Workload.StepWorkload.Run(20_000),
            () => woven::Flowmetal.Benchmarks.Workload.StepWorkload.Run(20_000));
        Compare("orders (tiny suspendable helpers)", rounds,
            () => plain::Flowmetal.Benchmarks.Workload.OrderWorkload.ProcessOrders(200_000),
            () => woven::Flowmetal.Benchmarks.Workload.OrderWorkload.ProcessOrders(200_000));
        Compare("fib(27) (pure call overhead, worst case)", rounds,
            () => plain::Flowmetal.Benchmarks.Workload.OrderWorkload.Fib(27),
            () => woven::Flowmetal.Benchmarks.Workload.OrderWorkload.Fib(27));
    }

    private static void Compare<T>(string label, int rounds, Func<T> baseline, Func<T> candidate)
    {
        if (!Equals(baseline(), candidate()))
        {
            throw new InvalidOperationException($"{label}: woven and plain results differ");
        }

        // Warm-up: enough calls for tiered compilation to promote both to optimized code.
        var warm = Stopwatch.StartNew();
        while (warm.ElapsedMilliseconds < 1500)
        {
            baseline();
            candidate();
        }

        var plainTimes = new List<double>();
        var wovenTimes = new List<double>();
        for (int i = 0; i < rounds; i++)
        {
            plainTimes.Add(Time(baseline));
            wovenTimes.Add(Time(candidate));
        }

        double plainMedian = Median(plainTimes);
        double wovenMedian = Median(wovenTimes);
        double plainBest = plainTimes.Min();
        double wovenBest = wovenTimes.Min();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{label,-42} best: plain {plainBest,7:F2} ms woven {wovenBest,7:F2} ms ratio {wovenBest / plainBest:F3}   (median ratio {wovenMedian / plainMedian:F3})"));
    }

    private static double Time<T>(Func<T> action)
    {
        var watch = Stopwatch.StartNew();
        GC.KeepAlive(action());
        return watch.Elapsed.TotalMilliseconds;
    }

    private static double Median(List<double> values)
    {
        values.Sort();
        return values[values.Count / 2];
    }
}
