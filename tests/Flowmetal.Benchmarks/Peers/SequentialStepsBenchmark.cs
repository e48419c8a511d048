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
            $"the step durable. Every engine runs in this process and is warmed up first ({warmUp.TotalSeconds:0} s of 100-step runs on a separate instance: tiered compilation with dynamic PGO needs seconds to settle); " +
            "then a fresh instance of each is started and given one 10-step run, and the engines are measured side by side: for each N, in rounds that run every engine once, " +
            "in an order rotating from round to round, so that a change in the machine's load falls on all of them alike. One workflow runs at a time. " +
            $"'First/last steps' time the first and the last w steps of a run (w = min(100, N/2)) from the steps' own timestamps. An engine runs each N up to {maxRuns} times, " +
            $"as long as its runs of that N have taken under {repeatFor.TotalSeconds:0} s (then up to an odd count); the table shows the median run " +
            $"(its total, steps/s and first/last steps) and the range of the totals. Each engine gets {budget.TotalSeconds:0} s of runs in all; a run that would exceed it is stopped, " +
            "reported as such (the engine is shut down at once), and larger N are not tried.");
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
            await using var warmed = create();
            Console.WriteLine($"sequential-steps: warming up {warmed.Name}");
            await warmed.StartAsync();
            var warm = Stopwatch.StartNew();
            for (int run = 0; run < 2 || warm.Elapsed < warmUp; run++)
            {
                StepClock.Reset(100);
                await warmed.RunAsync(100, CancellationToken.None);
            }
        }

        // The measured instances, all started before any is measured, each after one 10-step run
        // (a fresh instance's first workflow pays for its own start-up: connections, threads).
        var measured = new List<Measured>();
        try
        {
            foreach (var create in engines.Take(engineCount))
            {
                var engine = create();
                measured.Add(new Measured(engine));
                section.Setup.Add(engine.Setup);
                await engine.StartAsync();
                StepClock.Reset(10);
                await engine.RunAsync(10, CancellationToken.None);
            }

            foreach (int steps in sizes)
            {
                Console.WriteLine($"sequential-steps: N = {steps}");
                foreach (var m in measured)
                {
                    m.Runs.Clear();
                    m.SizeTime = TimeSpan.Zero;
                }

                // Rounds: each runs every engine once, in an order rotating from round to round,
                // so that a change in the machine's load falls on all engines alike. An engine
                // runs again up to --runs times while its runs of this N have taken under
                // --repeat-for (then up to an odd count), and while its budget left holds twice
                // its slowest run so far.
                for (int round = 0; round < maxRuns; round++)
                {
                    bool ran = false;
                    for (int k = 0; k < measured.Count; k++)
                    {
                        var m = measured[(k + round) % measured.Count];
                        if (m.Stopped
                            || (m.Runs.Count > 0 && m.Runs.Count % 2 == 1 && m.SizeTime >= repeatFor)
                            || (m.Runs.Count > 0 && budget - m.Spent <= TimeSpan.FromMilliseconds(2 * m.Runs.Max(r => r.Total))))
                        {
                            continue;
                        }

                        ran = true;
                        var left = budget - m.Spent;
                        StepClock.Reset(steps);
                        using var timeout = new CancellationTokenSource(left > TimeSpan.Zero ? left : TimeSpan.FromMilliseconds(1));
                        long start = Stopwatch.GetTimestamp();
                        long end;
                        try
                        {
                            await m.Engine.RunAsync(steps, timeout.Token);
                            end = Stopwatch.GetTimestamp();
                        }
                        catch (OperationCanceledException) when (timeout.IsCancellationRequested)
                        {
                            int done = StepClock.Times.Count(t => t != 0);
                            Console.WriteLine($"  {m.Engine.Name}: stopped after {left.TotalSeconds:0} s with {done} steps done");
                            if (m.Runs.Count == 0)
                            {
                                m.Rows.Add(new[] { m.Engine.Name, N(steps), $"did not finish within {Math.Max(0, left.TotalSeconds):0.0} s ({done:N0} steps done)", "", "", "", "", "" });
                                unfinished[(m.Engine.Name, steps)] = left;
                                chart.Notes.Add($"{m.Engine.Name}, N = {steps:N0}: did not finish within {Math.Max(0, left.TotalSeconds):0.0} s (not plotted)");
                            }

                            // The stopped workflow may still be running: it goes with its engine,
                            // at once, so as not to slow the others.
                            m.Stopped = true;
                            await m.Engine.DisposeAsync();
                            continue;
                        }
                        finally
                        {
                            var elapsed = Stopwatch.GetElapsedTime(start);
                            m.Spent += elapsed;
                            m.SizeTime += elapsed;
                        }

                        var times = StepClock.Times;
                        int window = Math.Min(100, steps / 2);
                        m.Runs.Add(new StepRun(Ms(start, end), Ms(times[0], times[window]), Ms(times[steps - 1 - window], times[steps - 1])));
                    }

                    if (!ran)
                    {
                        break;
                    }
                }

                foreach (var m in measured)
                {
                    if (m.Runs.Count == 0)
                    {
                        if (m.Stopped && !unfinished.ContainsKey((m.Engine.Name, steps)))
                        {
                            m.Rows.Add(new[] { m.Engine.Name, N(steps), "not run (budget spent)", "", "", "", "", "" });
                        }

                        continue;
                    }

                    var sorted = m.Runs.OrderBy(r => r.Total).ToArray();
                    var median = sorted[(sorted.Length - 1) / 2];
                    totals[(m.Engine.Name, steps)] = median.Total;
                    chart.Add(m.Engine.Name, steps, median.Total);
                    string range = m.Runs.Count == 1 ? "1" : $"{m.Runs.Count} ({F(sorted[0].Total)}–{F(sorted[^1].Total)})";
                    m.Rows.Add(new[]
                    {
                        m.Engine.Name, N(steps), F(median.Total), range, N((int)(steps / (median.Total / 1000))), F(median.First), F(median.Last),
                        (median.Last / median.First).ToString("0.00", CultureInfo.InvariantCulture),
                    });
                    Console.WriteLine($"  {m.Engine.Name}: {median.Total:F1} ms (median of {m.Runs.Count}), first steps {median.First:F2} ms, last steps {median.Last:F2} ms");
                }
            }
        }
        finally
        {
            foreach (var m in measured.Where(m => !m.Stopped))
            {
                await m.Engine.DisposeAsync();
            }
        }

        foreach (var row in measured.SelectMany(m => m.Rows))
        {
            section.AddRow(row);
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

    /// <summary>A measured engine instance: its runs of the current N, the time it has spent, its table rows.</summary>
    private sealed class Measured
    {
        public Measured(IStepEngine engine) => Engine = engine;

        public IStepEngine Engine { get; }

        public List<StepRun> Runs { get; } = new();

        public List<string[]> Rows { get; } = new();

        public TimeSpan Spent { get; set; }

        public TimeSpan SizeTime { get; set; }

        public bool Stopped { get; set; }
    }

    /// <summary>One run of N steps: total time, and the time of its first and of its last w steps (ms).</summary>
    private readonly record struct StepRun(double Total, double First, double Last);

    private static string Ratio(double value) => value.ToString(value < 1 ? "0.00" : "0.0", CultureInfo.InvariantCulture);

    private static double Ms(long from, long to) => (to - from) * 1000.0 / Stopwatch.Frequency;

    private static string F(double value) => value.ToString(value >= 100 ? "#,0" : "0.0", CultureInfo.InvariantCulture);

    private static string N(int value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
