using System.Diagnostics;
using Flowmetal.Benchmarks.Reporting;
using Flowmetal.Client;
using Flowmetal.Runtime.Flows;
using Flowmetal.Storage.Redis;

namespace Flowmetal.Benchmarks.Runtime;

/// <summary>
/// Redis throughput with 1, 2 and 4 worker processes (Flowmetal.Runtime.WorkerHost): checkpoints
/// per second (many flows, each checkpointing in a loop), and flows per second started and
/// completed (many one-checkpoint flows). Goals with one worker process: ≥ 50,000 checkpoints/s, ≥ 10,000 flows completed/s.
/// </summary>
internal sealed class CheckpointThroughputBenchmark : IBenchmark
{
    private static readonly int[] ProcessCounts = { 1, 2, 4 };

    private const int Repeats = 3;

    private static readonly TimeSpan WarmUp = TimeSpan.FromSeconds(6);

    public string Name => "redis-throughput";

    public string Description => "Redis checkpoints/s and flows/s with 1, 2 and 4 worker processes [--redis host:port] [--flows 400] [--checkpoints 100] [--short-flows 5000] [--threads 8] [--claim-ahead 0] [--processes 1,2,4] [--kept 5] [--blocking-effects 0]";

    public void Run(string[] args, ResultsReport report)
    {
        using var redis = new BenchmarkRedis(args);
        int flows = Stats.Option(args, "--flows", 400);
        int checkpoints = Stats.Option(args, "--checkpoints", 100);
        int shortFlows = Stats.Option(args, "--short-flows", 5_000);
        int threads = Stats.Option(args, "--threads", 8);
        int claimAhead = Stats.Option(args, "--claim-ahead", 0);
        int kept = Stats.Option(args, "--kept", 5);
        bool blockingEffects = Stats.Option(args, "--blocking-effects", 0) == 1;
        var throughput = new ResultSection("Redis checkpoint throughput", "worker processes", "checkpoints/s", "vs 1 process", "µs per checkpoint (machine-wide)");
        throughput.Setup.Add(
            $"Worker processes (`Flowmetal.Runtime.WorkerHost`, {threads} flows at a time each, claiming {claimAhead} ahead) on one local redis-server; the benchmark process is " +
            $"the client. {flows} flows of {checkpoints} checkpoints each (`CrashFlows.Spin`: a loop of `Flow.Checkpoint()`, so every step " +
            "is a capture, a serialization and a fenced write of the continuation by a Lua script; the flow then runs on from the frames just captured, " +
            $"with no new claim and no deserialization; the store keeps each flow's last {kept} continuations besides), timed from the first start to the " +
            $"last result (all results awaited at once). After {WarmUp.TotalSeconds:0} s of warm-up on both this and the flows-per-second workload (tiered JIT with dynamic PGO settles slowly), " +
            $"each measure runs {Repeats} times on the same workers, alternating with the flows-per-second measure; the table shows the median and, in brackets, the range. " +
            $"Redis (single-threaded), the workers and the client share this machine's {Environment.ProcessorCount} cores, so more processes add contention as well as workers: " +
            "past one process per core, the processes only take turns.");
        var flowRates = new ResultSection("Redis flows per second, started and completed", "worker processes", "flows started/s", "flows completed/s", "completed/s vs 1 process");
        flowRates.Setup.Add(
            $"The same worker processes and Redis as the checkpoint throughput above, measured in the same run. {shortFlows:N0} flows that checkpoint once and end " +
            "(`BenchmarkFlows.Short`): started by the client as fast as it can (all `StartAsync` calls issued at once; started/s is the number of flows over the time until the last start " +
            "is acknowledged), and timed to the last end stored (completed/s: the size of the store's index of completed flows, one key to watch rather than thousands of " +
            "result polls competing with the workers). Each flow also counts itself in a Redis key, checked after each repeat: " +
            (blockingEffects
                ? "an INCR the flow waits for (`--blocking-effects 1`), a blocking round trip per flow, which bounds a worker's rate by its threads. "
                : "an INCR sent without waiting for Redis's answer (the counter is the benchmark's, not the flow's work; `--blocking-effects 1` makes it a round trip the flow waits for). ") +
            "A flow's life: the start's write, a claim, a run to the checkpoint and its save, and the completion's write.");

        double? single = null;
        double? singleCompleted = null;
        var counts = Stats.Option(args, "--processes", string.Join(",", ProcessCounts)).Split(',').Select(p => int.Parse(p, System.Globalization.CultureInfo.InvariantCulture));
        foreach (int processes in counts)
        {
            var (checkpointRates, started, completed) = Measure(redis.Endpoint, processes, flows, checkpoints, shortFlows, threads, claimAhead, kept, blockingEffects).GetAwaiter().GetResult();
            double checkpointRate = Stats.Median(checkpointRates);
            double completedRate = Stats.Median(completed);
            single ??= checkpointRate;
            singleCompleted ??= completedRate;
            string count = processes.ToString(System.Globalization.CultureInfo.InvariantCulture);
            Console.WriteLine($"redis-throughput: {processes} process(es): {Cell(checkpointRates)} checkpoints/s, {Cell(started)} flows started/s, {Cell(completed)} completed/s");
            throughput.AddRow(count, Cell(checkpointRates), "×" + Stats.F(checkpointRate / single.Value, 2), Stats.F(1e6 / checkpointRate, 1));
            throughput.Findings.Add($"{processes} worker process(es): {K(checkpointRate)} checkpoints/s, ×{Stats.F(checkpointRate / single.Value, 2)} the rate of 1 process " +
                (processes == 1 ? $"(goal ≥ 50,000 with 1 process: {(checkpointRate >= 50_000 ? "met" : "NOT met")})" : string.Empty));
            flowRates.AddRow(count, Cell(started), Cell(completed), "×" + Stats.F(completedRate / singleCompleted.Value, 2));
            flowRates.Findings.Add($"{processes} worker process(es): {K(Stats.Median(started))} flows started/s, {K(completedRate)} completed/s " +
                (processes == 1 ? $"(goal ≥ 10,000 with 1 process: {(completedRate >= 10_000 ? "met" : "NOT met")}) " : string.Empty) +
                $"(one flow from start to end takes the machine as long as {Stats.F(checkpointRate / completedRate, 1)} checkpoints of a running flow)");
        }

        report.Add(throughput);
        report.Add(flowRates);
    }

    private static string Cell(List<double> rates) => $"{K(Stats.Median(rates))} ({K(rates.Min())}–{K(rates.Max())})";

    private static string K(double value) => value.ToString("N0", System.Globalization.CultureInfo.InvariantCulture);

    private static async Task<(List<double> Checkpoints, List<double> Started, List<double> Completed)> Measure(
        string endpoint, int processes, int flows, int checkpoints, int shortFlows, int threads, int claimAhead, int kept, bool blockingEffects)
    {
        var prefix = "fmbench-" + Guid.NewGuid().ToString("N")[..8];
        await using var store = await RedisFlowStore.ConnectAsync(endpoint, new RedisFlowStoreOptions { KeyPrefix = prefix });
        // The client's default poll interval: a result arrives by the store's notification, and polling the awaited flows
        // every 50 ms (as this benchmark did) cost the shared machine a fifth of its CPU, which is the benchmark's, not a worker's.
        var client = new FlowClient(store);
        var workers = Enumerable.Range(0, processes).Select(_ => WorkerHost.Start(
            "work", "--redis", endpoint, "--prefix", prefix, "--threads", threads.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--claim-ahead", claimAhead.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--kept", kept.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--effects", blockingEffects ? "acknowledged" : "unacknowledged")).ToList();
        try
        {
            foreach (var worker in workers)
            {
                worker.WaitForLine("READY");
            }

            // Warm-up, both workloads, for several seconds: tiered compilation with dynamic PGO takes
            // that long to settle on a worker's hot paths (with one short batch, the first measured
            // repeat ran at half the rate of the next two).
            var warmClock = Stopwatch.StartNew();
            while (warmClock.Elapsed < WarmUp)
            {
                var warm = await Task.WhenAll(Enumerable.Range(0, processes * threads * 2).Select(_ => client.StartAsync(() => CrashFlows.Spin(50))));
                var warmShort = await Task.WhenAll(Enumerable.Range(0, processes * threads * 4).Select(i => client.StartAsync(() => BenchmarkFlows.Short(i))));
                await Task.WhenAll(warm.Concat(warmShort).Select(id => client.WaitForCompletionAsync(id, TimeSpan.FromMinutes(2))));
            }

            // Each measure runs three times on the same workers; the median counts, the range shows the noise.
            var checkpointRates = new List<double>();
            var startedRates = new List<double>();
            var completedRates = new List<double>();
            await using var redis = await StackExchange.Redis.ConnectionMultiplexer.ConnectAsync(endpoint);
            var effects = redis.GetDatabase();
            var completedIndex = new RedisKeys(prefix).Statuses[(int)FlowStatus.Completed];
            for (int repeat = 0; repeat < Repeats; repeat++)
            {
                var clock = Stopwatch.StartNew();
                var ids = await Task.WhenAll(Enumerable.Range(0, flows).Select(_ => client.StartAsync(() => CrashFlows.Spin(checkpoints))));
                await Task.WhenAll(ids.Select(id => client.WaitForResultAsync<int>(id, TimeSpan.FromMinutes(5))));
                checkpointRates.Add(flows * (double)checkpoints / clock.Elapsed.TotalSeconds);

                // Timed to the last end stored: one key to watch (the store's index of completed flows), rather than
                // thousands of result polls competing with the workers.
                long before = (long)await effects.StringGetAsync($"{prefix}:effects:short-done");
                long endedBefore = await effects.SortedSetLengthAsync(completedIndex);
                clock.Restart();
                await Task.WhenAll(Enumerable.Range(0, shortFlows).Select(i => client.StartAsync(() => BenchmarkFlows.Short(i))));
                startedRates.Add(shortFlows / clock.Elapsed.TotalSeconds);
                while (await effects.SortedSetLengthAsync(completedIndex) - endedBefore < shortFlows)
                {
                    await Task.Delay(1);
                }

                completedRates.Add(shortFlows / clock.Elapsed.TotalSeconds);

                // Each flow counted itself as it ended (its one side effect; sent unacknowledged, a count may trail the end).
                while ((long)await effects.StringGetAsync($"{prefix}:effects:short-done") - before < shortFlows)
                {
                    await Task.Delay(5);
                }
            }

            return (checkpointRates, startedRates, completedRates);
        }
        finally
        {
            foreach (var worker in workers)
            {
                worker.Dispose();
            }

            await BenchmarkRedis.DeleteKeysAsync(endpoint, prefix);
        }
    }
}
