using System.Diagnostics;
using System.Globalization;
using Flowmetal.Benchmarks.Reporting;
using Flowmetal.Benchmarks.Runtime;
using Flowmetal.Runtime.Flows.Support;

namespace Flowmetal.Benchmarks.Peers;

/// <summary>
/// The same N-step sequential workflow on Flowmetal (in memory, Redis), WorkflowCore and Durable
/// Task: total time, and the last steps against the first (flat when resuming costs the same at
/// every step, growing when each step replays the ones before it). Goal: Flowmetal linear in N
/// and, at N = 1,000, at least 10x faster than each peer on the same store class (in memory).
/// </summary>
internal sealed class SequentialStepsBenchmark : IBenchmark
{
    private static readonly int[] DefaultSizes = { 10, 100, 1_000, 5_000 };

    public string Name => "sequential-steps";

    public string Description => "N-step workflow on Flowmetal (memory, Redis), WorkflowCore, Durable Task [--sizes 10,100,1000,5000] [--peer-budget 240] [--warm-up 10] [--runs 5] [--repeat-for 5] [--redis host:port] [--engines 4 (the first n of: Flowmetal memory, Redis, WorkflowCore, Durable Task)]";

    public void Run(string[] args, ResultsReport report) => RunAsync(args, report).GetAwaiter().GetResult();

    private static async Task RunAsync(string[] args, ResultsReport report)
    {
        var sizes = Stats.Option(args, "--sizes", string.Join(',', DefaultSizes)).Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToArray();
        var budget = TimeSpan.FromSeconds(Stats.Option(args, "--peer-budget", 240));
        var warmUp = TimeSpan.FromSeconds(Stats.Option(args, "--warm-up", 10));
        int maxRuns = Stats.Option(args, "--runs", 5);
        var repeatFor = TimeSpan.FromSeconds(Stats.Option(args, "--repeat-for", 5));
        using var redis = new BenchmarkRedis(args);
        var engines = new Func<IStepEngine>[]
        {
            FlowmetalStepEngine.InMemory,
            () => FlowmetalStepEngine.Redis(redis.Endpoint),
            () => new WorkflowCoreStepEngine(),
            () => new DurableTaskStepEngine(),
        };

        var section = new ResultSection("N-step sequential workflow: Flowmetal vs WorkflowCore vs Durable Task",
            "engine", "N", "total (ms)", "runs (range, ms)", "steps/s", "first steps (ms)", "last steps (ms)", "last ÷ first");
        section.Setup.Add(
            "Each step is the same trivial call, `StepClock.Step(i)` (it records a timestamp), followed by whatever the engine does to make " +
            $"the step durable. Every engine runs in this process, is warmed up first ({warmUp.TotalSeconds:0} s of 100-step runs on a separate instance: tiered compilation with dynamic PGO needs seconds to settle), then measured on a fresh instance after one 10-step run, and runs one " +
            $"workflow at a time. 'First/last steps' time the first and the last w steps of a run (w = min(100, N/2)) from the steps' own " +
            $"timestamps. Each N runs up to {maxRuns} times on the same instance, as long as that N's runs have taken under {repeatFor.TotalSeconds:0} s (then up to an odd count); the table shows the median run " +
            $"(its total, steps/s and first/last steps) and the range of the totals. Each engine gets {budget.TotalSeconds:0} s in all; a run that would exceed it is stopped, reported as such, and larger N are not tried.");
        var chart = new LogLogChart("steps-vs-n.png", "N-step sequential workflow: total time vs N", "steps (N)", "total time (ms)");
        section.Chart = chart;
        var totals = new Dictionary<(string Engine, int Steps), double>();
        var unfinished = new Dictionary<(string Engine, int Steps), TimeSpan>();

        int engineCount = Stats.Option(args, "--engines", engines.Length);
        foreach (var create in engines.Take(engineCount))
        {
            // Warm-up on an instance of its own, excluded from the timings: 100-step runs for
            // several seconds, since tiered compilation with dynamic PGO takes that long to settle
            // on a worker's hot paths (measured here: a Flowmetal step went from ~30 µs to ~8 µs
            // over the first 4-5 s of a process). The measured instance is then a fresh one, with the
            // code warm but no state left by the warm-up runs (WorkflowCore's memory store, for
            // one, slows down as completed instances pile up).
            await using (var warmed = create())
            {
                await warmed.StartAsync();
                var warm = Stopwatch.StartNew();
                for (int run = 0; run < 2 || warm.Elapsed < warmUp; run++)
                {
                    StepClock.Reset(100);
                    await warmed.RunAsync(100, CancellationToken.None);
                }
            }

            await using var engine = create();
            section.Setup.Add(engine.Setup);
            Console.WriteLine($"sequential-steps: {engine.Name}");
            await engine.StartAsync();

            // A fresh instance's first workflow pays for its own start-up (connections, threads): not a step cost.
            StepClock.Reset(10);
            await engine.RunAsync(10, CancellationToken.None);

            var spent = Stopwatch.StartNew();
            bool stopped = false;
            foreach (int steps in sizes)
            {
                if (stopped)
                {
                    section.AddRow(engine.Name, N(steps), "not run (budget spent)", "", "", "", "", "");
                    continue;
                }

                // Repeated runs of the same N, reported by the median one: up to --runs, while they
                // take less than --repeat-for in all (then up to an odd count), and while the budget
                // left holds twice the slowest run so far.
                var runs = new List<StepRun>();
                var sizeClock = Stopwatch.StartNew();
                while (runs.Count < maxRuns
                    && (runs.Count == 0 || runs.Count % 2 == 0 || sizeClock.Elapsed < repeatFor)
                    && (runs.Count == 0 || budget - spent.Elapsed > TimeSpan.FromMilliseconds(2 * runs.Max(r => r.Total))))
                {
                    var left = budget - spent.Elapsed;
                    StepClock.Reset(steps);
                    using var timeout = new CancellationTokenSource(left > TimeSpan.Zero ? left : TimeSpan.FromMilliseconds(1));
                    long start = Stopwatch.GetTimestamp();
                    try
                    {
                        await engine.RunAsync(steps, timeout.Token);
                    }
                    catch (OperationCanceledException) when (timeout.IsCancellationRequested)
                    {
                        int done = StepClock.Times.Count(t => t != 0);
                        Console.WriteLine($"  N={steps}: stopped after {left.TotalSeconds:0} s with {done} steps done");
                        if (runs.Count == 0)
                        {
                            section.AddRow(engine.Name, N(steps), $"did not finish within {Math.Max(0, left.TotalSeconds):0.0} s ({done:N0} steps done)", "", "", "", "", "");
                            unfinished[(engine.Name, steps)] = left;
                            chart.Notes.Add($"{engine.Name}, N = {steps:N0}: did not finish within {Math.Max(0, left.TotalSeconds):0.0} s (not plotted)");
                        }

                        stopped = true;
                        break;
                    }

                    double total = Ms(start, Stopwatch.GetTimestamp());
                    var times = StepClock.Times;
                    int window = Math.Min(100, steps / 2);
                    runs.Add(new StepRun(total, Ms(times[0], times[window]), Ms(times[steps - 1 - window], times[steps - 1])));
                }

                if (runs.Count == 0)
                {
                    continue;
                }

                var sorted = runs.OrderBy(r => r.Total).ToArray();
                var median = sorted[(sorted.Length - 1) / 2];
                totals[(engine.Name, steps)] = median.Total;
                chart.Add(engine.Name, steps, median.Total);
                string range = runs.Count == 1 ? "1" : $"{runs.Count} ({F(sorted[0].Total)}–{F(sorted[^1].Total)})";
                section.AddRow(engine.Name, N(steps), F(median.Total), range, N((int)(steps / (median.Total / 1000))), F(median.First), F(median.Last),
                    (median.Last / median.First).ToString("0.00", CultureInfo.InvariantCulture));
                Console.WriteLine($"  N={steps}: {median.Total:F1} ms (median of {runs.Count}), first steps {median.First:F2} ms, last steps {median.Last:F2} ms");
            }

            // A stopped peer may still be running in the background: it goes with the engine.
        }

        AddFindings(section, sizes, totals, unfinished);
        report.Add(section);
    }

    private static void AddFindings(ResultSection section, int[] sizes, Dictionary<(string Engine, int Steps), double> totals,
        Dictionary<(string Engine, int Steps), TimeSpan> unfinished)
    {
        const string Memory = "Flowmetal (in memory)";
        const string Redis = "Flowmetal (Redis)";
        foreach (var flowmetal in new[] { Memory, Redis })
        {
            var measured = sizes.Where(n => totals.ContainsKey((flowmetal, n))).ToArray();
            if (measured.Length >= 2)
            {
                int small = measured[^2];
                int large = measured[^1];
                double perStepSmall = totals[(flowmetal, small)] / small;
                double perStepLarge = totals[(flowmetal, large)] / large;
                section.Findings.Add($"{flowmetal}: {perStepSmall * 1000:0} µs per step at N = {small:N0}, {perStepLarge * 1000:0} µs at N = {large:N0} " +
                    $"(ratio {perStepLarge / perStepSmall:0.00}; 1.00 = linear in N)");
            }
        }

        foreach (var peer in new[] { "WorkflowCore", "Durable Task" })
        {
            foreach (int steps in sizes)
            {
                if (totals.TryGetValue((Memory, steps), out var ours) && totals.TryGetValue((peer, steps), out var theirs))
                {
                    string goal = steps == 1_000 ? $" (goal ≥ 10×: {(theirs / ours >= 10 ? "met" : "NOT met")})" : string.Empty;
                    string comparison = theirs >= ours
                        ? $"Flowmetal in memory is {theirs / ours:0.0}× as fast as {peer}"
                        : $"{peer} is {ours / theirs:0.0}× as fast as Flowmetal in memory";
                    section.Findings.Add($"N = {steps:N0}: {comparison}{goal}");
                }
                else if (totals.TryGetValue((Memory, steps), out var flowmetal) && unfinished.TryGetValue((peer, steps), out var ran))
                {
                    double atLeast = ran.TotalMilliseconds / flowmetal;
                    string goal = steps == 1_000 ? $" (goal ≥ 10×: {(atLeast >= 10 ? "met" : "not known")})" : string.Empty;
                    section.Findings.Add($"N = {steps:N0}: {peer} did not finish within {ran.TotalSeconds:0.0} s, so Flowmetal in memory is more than {atLeast:0}× as fast{goal}");
                }
            }
        }

        // Across store classes: Flowmetal on Redis (a networked store, a round trip per checkpoint)
        // against the peers in memory.
        foreach (var peer in new[] { "WorkflowCore", "Durable Task" })
        {
            var ratios = sizes.Where(n => totals.ContainsKey((Redis, n)) && totals.ContainsKey((peer, n)))
                .Select(n => $"{Ratio(totals[(peer, n)] / totals[(Redis, n)])} at N = {n:N0}").ToArray();
            if (ratios.Length > 0)
            {
                section.Findings.Add($"{peer} in memory ÷ Flowmetal on Redis (total time; above 1 = Flowmetal on Redis is faster): {string.Join(", ", ratios)}");
            }
        }
    }

    /// <summary>One run of N steps: total time, and the time of its first and of its last w steps (ms).</summary>
    private readonly record struct StepRun(double Total, double First, double Last);

    private static string Ratio(double value) => value.ToString(value < 1 ? "0.00" : "0.0", CultureInfo.InvariantCulture);

    private static double Ms(long from, long to) => (to - from) * 1000.0 / Stopwatch.Frequency;

    private static string F(double value) => value.ToString(value >= 100 ? "#,0" : "0.0", CultureInfo.InvariantCulture);

    private static string N(int value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
