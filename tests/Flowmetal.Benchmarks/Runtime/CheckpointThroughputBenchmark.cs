using System.Diagnostics;
using Flowmetal.Benchmarks.Reporting;
using Flowmetal.Client;
using Flowmetal.Runtime.Flows;
using Flowmetal.Storage.Redis;

namespace Flowmetal.Benchmarks.Runtime;

/// <summary>
/// Redis throughput with 1, 2 and 4 worker processes (Flowmetal.Runtime.WorkerHost): checkpoints
/// per second (many flows, each checkpointing in a loop), and flows per second started and
/// completed (many one-checkpoint flows). Goal: ≥ 5,000 checkpoints/s.
/// </summary>
internal sealed class CheckpointThroughputBenchmark : IBenchmark
{
    private static readonly int[] ProcessCounts = { 1, 2, 4 };

    public string Name => "redis-throughput";

    public string Description => "Redis checkpoints/s and flows/s with 1, 2 and 4 worker processes [--redis host:port] [--flows 200] [--checkpoints 50] [--short-flows 2000] [--threads 8]";

    public void Run(string[] args, ResultsReport report)
    {
        using var redis = new BenchmarkRedis(args);
        int flows = Stats.Option(args, "--flows", 200);
        int checkpoints = Stats.Option(args, "--checkpoints", 50);
        int shortFlows = Stats.Option(args, "--short-flows", 2_000);
        int threads = Stats.Option(args, "--threads", 8);
        var section = new ResultSection("Redis throughput", "worker processes", "checkpoints/s", "flows started/s", "flows completed/s", "checkpoints/s vs 1 process");
        section.Setup.Add(
            $"Worker processes (`Flowmetal.Runtime.WorkerHost`, {threads} flows at a time each) on one local redis-server; the benchmark process is " +
            $"the client. Checkpoints: {flows} flows of {checkpoints} checkpoints each (`CrashFlows.Spin`), timed from the first start to the " +
            $"last result (all results awaited at once). Flows: {shortFlows:N0} flows that checkpoint once and end (`BenchmarkFlows.Short`), started as fast as the client can " +
            "(started/s) and timed to the last completion, which each flow counts in a Redis key as it ends (completed/s). Each measure runs after a warm-up batch. Redis, the workers and the " +
            $"client share this machine's {Environment.ProcessorCount} cores, so more processes add contention as well as workers.");

        double? single = null;
        foreach (int processes in ProcessCounts)
        {
            var (checkpointRate, started, completed) = Measure(redis.Endpoint, processes, flows, checkpoints, shortFlows, threads).GetAwaiter().GetResult();
            single ??= checkpointRate;
            Console.WriteLine($"redis-throughput: {processes} process(es): {checkpointRate:F0} checkpoints/s, {started:F0} flows started/s, {completed:F0} completed/s");
            section.AddRow(processes.ToString(System.Globalization.CultureInfo.InvariantCulture), K(checkpointRate), K(started), K(completed),
                "×" + Stats.F(checkpointRate / single.Value, 2));
            section.Findings.Add($"{processes} worker process(es): {K(checkpointRate)} checkpoints/s (goal ≥ 5,000: {(checkpointRate >= 5000 ? "met" : "NOT met")})");
        }

        report.Add(section);
    }

    private static string K(double value) => value.ToString("N0", System.Globalization.CultureInfo.InvariantCulture);

    private static async Task<(double Checkpoints, double Started, double Completed)> Measure(
        string endpoint, int processes, int flows, int checkpoints, int shortFlows, int threads)
    {
        var prefix = "fmbench-" + Guid.NewGuid().ToString("N")[..8];
        await using var store = await RedisFlowStore.ConnectAsync(endpoint, new RedisFlowStoreOptions { KeyPrefix = prefix });
        var client = new FlowClient(store, new FlowClientOptions { PollInterval = TimeSpan.FromMilliseconds(50) });
        var workers = Enumerable.Range(0, processes).Select(_ => WorkerHost.Start(
            "work", "--redis", endpoint, "--prefix", prefix, "--threads", threads.ToString(System.Globalization.CultureInfo.InvariantCulture))).ToList();
        try
        {
            foreach (var worker in workers)
            {
                worker.WaitForLine("READY");
            }

            // Warm-up: JIT and scripts loaded in every worker.
            var warm = await Task.WhenAll(Enumerable.Range(0, processes * threads * 2).Select(_ => client.StartAsync(() => CrashFlows.Spin(20))));
            foreach (var id in warm)
            {
                await client.WaitForResultAsync<int>(id, TimeSpan.FromMinutes(2));
            }

            var clock = Stopwatch.StartNew();
            var ids = await Task.WhenAll(Enumerable.Range(0, flows).Select(_ => client.StartAsync(() => CrashFlows.Spin(checkpoints))));
            await Task.WhenAll(ids.Select(id => client.WaitForResultAsync<int>(id, TimeSpan.FromMinutes(5))));
            double checkpointRate = flows * (double)checkpoints / clock.Elapsed.TotalSeconds;

            clock.Restart();
            var shortIds = await Task.WhenAll(Enumerable.Range(0, shortFlows).Select(i => client.StartAsync(() => BenchmarkFlows.Short(i))));
            double started = shortFlows / clock.Elapsed.TotalSeconds;
            // Each flow counts itself in Redis as it ends (the worker host's side-effect sink): one
            // key to watch, rather than thousands of result polls competing with the workers.
            await using (var redis = await StackExchange.Redis.ConnectionMultiplexer.ConnectAsync(endpoint))
            {
                var done = redis.GetDatabase();
                while ((long)await done.StringGetAsync($"{prefix}:effects:short-done") < shortFlows)
                {
                    await Task.Delay(5);
                }
            }

            double completed = shortFlows / clock.Elapsed.TotalSeconds;
            return (checkpointRate, started, completed);
        }
        finally
        {
            foreach (var worker in workers)
            {
                worker.Dispose();
            }
        }
    }
}
