using System.Diagnostics;
using Flowmetal.Client;
using Flowmetal.Runtime.Flows;
using Flowmetal.Storage.Redis;

using Flowmetal.Benchmarks.Reporting;

namespace Flowmetal.Benchmarks.Runtime;

/// <summary>
/// Redis checkpoints per second with 1 and then 2 worker processes (Flowmetal.Runtime.WorkerHost):
/// many flows each checkpointing in a loop; counted from the first start to the last completion.
/// Goal: &gt;= 5,000 checkpoints/s in total on this 2-core machine.
/// </summary>
internal sealed class CheckpointThroughputBenchmark : IBenchmark
{
    public string Name => "redis-checkpoints";

    public string Description => "Redis checkpoints/s with 1 and 2 worker processes [--redis host:port] [--flows 200] [--checkpoints 50] [--threads 8]";

    public void Run(string[] args, ResultsReport report)
    {
        using var redis = new BenchmarkRedis(args);
        int flows = Stats.Option(args, "--flows", 200);
        int checkpoints = Stats.Option(args, "--checkpoints", 50);
        int threads = Stats.Option(args, "--threads", 8);
        double? single = null;
        foreach (int processes in new[] { 1, 2 })
        {
            double rate = Measure(redis.Endpoint, processes, flows, checkpoints, threads).GetAwaiter().GetResult();
            single ??= rate;
            Console.WriteLine($"redis-checkpoints: {processes} worker process(es) x {threads} threads: {Stats.F(rate, 0)} checkpoints/s " +
                $"({flows} flows x {checkpoints} checkpoints; x{Stats.F(rate / single.Value, 2)} of one process; goal >= 5000/s: {(rate >= 5000 ? "met" : "NOT met")})");
        }
    }

    private static async Task<double> Measure(string endpoint, int processes, int flows, int checkpoints, int threads)
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
            foreach (var id in ids)
            {
                await client.WaitForResultAsync<int>(id, TimeSpan.FromMinutes(5));
            }

            return flows * (double)checkpoints / clock.Elapsed.TotalSeconds;
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
