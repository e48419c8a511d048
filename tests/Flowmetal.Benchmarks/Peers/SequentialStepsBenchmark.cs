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

    public string Description => "N-step workflow on Flowmetal (memory, Redis), WorkflowCore, Durable Task [--sizes 10,100,1000,5000] [--peer-budget 240] [--warm-up 10] [--redis host:port] [--engines 4 (the first n of: Flowmetal memory, Redis, WorkflowCore, Durable Task)]";

    public void Run(string[] args, ResultsReport report) => RunAsync(args, report).GetAwaiter().GetResult();

    private static async Task RunAsync(string[] args, ResultsReport report)
    {
        var sizes = Stats.Option(args, "--sizes", string.Join(',', DefaultSizes)).Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToArray();
        var budget = TimeSpan.FromSeconds(Stats.Option(args, "--peer-budget", 240));
        var warmUp = TimeSpan.FromSeconds(Stats.Option(args, "--warm-up", 10));
        using var redis = new BenchmarkRedis(args);
        var engines = new Func<IStepEngine>[]
        {
            FlowmetalStepEngine.InMemory,
            () => FlowmetalStepEngine.Redis(redis.Endpoint),
            () => new WorkflowCoreStepEngine(),
            () => new DurableTaskStepEngine(),
        };

        var section = new ResultSection("N-step sequential workflow: Flowmetal vs WorkflowCore vs Durable Task",
            "engine", "N", "total (ms)", "steps/s", "first steps (ms)", "last steps (ms)", "last ÷ first");
        section.Setup.Add(
            "Each step is the same trivial call, `StepClock.Step(i)` (it records a timestamp), followed by whatever the engine does to make " +
            $"the step durable. Every engine runs in this process, is warmed up first ({warmUp.TotalSeconds:0} s of 100-step runs on a separate instance: tiered compilation with dynamic PGO needs seconds to settle), then measured on a fresh instance after one 10-step run, and runs one " +
            $"workflow at a time. 'First/last steps' time the first and the last w steps of a run (w = min(100, N/2)) from the steps' own " +
            $"timestamps. Each peer gets {budget.TotalSeconds:0} s in all; a run that would exceed it is stopped, reported as such, and larger N are not tried.");
        var chart = new LogLogChart("steps-vs-n.png", "N-step sequential workflow: total time vs N", "steps (N)", "total time (ms)");
        section.Chart = chart;
        var totals = new Dictionary<(string Engine, int Steps), double>();

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
                    section.AddRow(engine.Name, N(steps), "not run (budget spent)", "", "", "", "");
                    continue;
                }

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
                    section.AddRow(engine.Name, N(steps), $"did not finish within {Math.Max(0, left.TotalSeconds):0} s ({done:N0} steps done)", "", "", "", "");
                    Console.WriteLine($"  N={steps}: stopped after {left.TotalSeconds:0} s with {done} steps done");
                    stopped = true;
                    continue;
                }

                double total = Ms(start, Stopwatch.GetTimestamp());
                var times = StepClock.Times;
                int window = Math.Min(100, steps / 2);
                double first = Ms(times[0], times[window]);
                double last = Ms(times[steps - 1 - window], times[steps - 1]);
                totals[(engine.Name, steps)] = total;
                chart.Add(engine.Name, steps, total);
                section.AddRow(engine.Name, N(steps), F(total), N((int)(steps / (total / 1000))), F(first), F(last), (last / first).ToString("0.00", CultureInfo.InvariantCulture));
                Console.WriteLine($"  N={steps}: {total:F1} ms, first {window} steps {first:F2} ms, last {window} steps {last:F2} ms");
            }

            // A stopped peer may still be running in the background: it goes with the engine.
        }

        AddFindings(section, sizes, totals);
        report.Add(section);
    }

    private static void AddFindings(ResultSection section, int[] sizes, Dictionary<(string Engine, int Steps), double> totals)
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
                else if (steps == 1_000 && totals.ContainsKey((Memory, steps)))
                {
                    section.Findings.Add($"N = 1,000: {peer} did not finish within its budget, so Flowmetal is more than budget ÷ {totals[(Memory, steps)]:0} ms faster (goal ≥ 10×: met)");
                }
            }
        }
    }

    private static double Ms(long from, long to) => (to - from) * 1000.0 / Stopwatch.Frequency;

    private static string F(double value) => value.ToString(value >= 100 ? "#,0" : "0.0", CultureInfo.InvariantCulture);

    private static string N(int value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
