using System.Collections.Concurrent;
using Flowmetal.Client;
using Flowmetal.Runtime.Flows;
using Flowmetal.Runtime.Flows.Support;
using Flowmetal.Storage;
using Flowmetal.Storage.InMemory;
using Flowmetal.Storage.Redis;
using Flowmetal.Worker;

using Flowmetal.Benchmarks.Reporting;

namespace Flowmetal.Benchmarks.Runtime;

/// <summary>
/// Signal-to-resume latency on an idle system: a flow waits for a signal; the time from the
/// client's SignalAsync call to the flow's code running again on the (idle, blocked) worker. One
/// ping at a time, a pause between pings. Goal: well under 100 ms.
/// </summary>
internal sealed class SignalLatencyBenchmark : IBenchmark
{
    public string Name => "signal-latency";

    public string Description => "signal-to-resume latency p50/p99 on Redis and in memory [--redis host:port] [--pings 500]";

    public void Run(string[] args, ResultsReport report)
    {
        using var redis = new BenchmarkRedis(args);
        int pings = Stats.Option(args, "--pings", 500);
        var section = new ResultSection("Signal-to-resume latency", "store", "pings", "p50 (ms)", "p99 (ms)", "max (ms)");
        section.Setup.Add(
            $"A flow waits for a signal; the client sends one (carrying its send time) 20 ms after the flow is seen waiting, and the flow " +
            $"records when its code runs again on the idle worker (same process; the worker's fallback poll is 5 s, so wake-ups come from " +
            $"the store's notification: Redis pub/sub, or the in-memory store's event). {pings} pings after 20 of warm-up, one at a time.");
        var prefix = "fmbench-" + Guid.NewGuid().ToString("N")[..8];
        var redisStore = RedisFlowStore.ConnectAsync(redis.Endpoint, new RedisFlowStoreOptions { KeyPrefix = prefix }).GetAwaiter().GetResult();
        Report(section, "Redis", Measure(redisStore, pings).GetAwaiter().GetResult());
        redisStore.Dispose();
        BenchmarkRedis.DeleteKeysAsync(redis.Endpoint, prefix).GetAwaiter().GetResult();
        Report(section, "in memory", Measure(new InMemoryFlowStore(), pings).GetAwaiter().GetResult());
        report.Add(section);
    }

    private static void Report(ResultSection section, string store, IReadOnlyList<double> latencies)
    {
        section.AddRow(store, latencies.Count.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Stats.F(Stats.Median(latencies), 2), Stats.F(Stats.Percentile(latencies, 99), 2), Stats.F(latencies.Max(), 2));
        section.Findings.Add($"{store}: p50 {Stats.F(Stats.Median(latencies), 2)} ms, p99 {Stats.F(Stats.Percentile(latencies, 99), 2)} ms " +
            $"(goal p99 < 100 ms: {(Stats.Percentile(latencies, 99) < 100 ? "met" : "NOT met")})");
    }

    private static async Task<IReadOnlyList<double>> Measure(IFlowStore store, int pings)
    {
        var resumed = new BlockingCollection<double>();
        SideEffects.Resumed = sent => resumed.Add((DateTime.UtcNow.Ticks - sent) / (double)TimeSpan.TicksPerMillisecond);
        var client = new FlowClient(store);
        using var stop = new CancellationTokenSource();
        var worker = new FlowWorker(store, new FlowWorkerOptions { PollInterval = TimeSpan.FromSeconds(5) }).RunAsync(stop.Token);
        int warmUp = 20;
        var id = await client.StartAsync(() => CrashFlows.Pings(pings + warmUp));
        var latencies = new List<double>();
        for (int i = 0; i < pings + warmUp; i++)
        {
            while ((await client.GetAsync(id)).Status != FlowStatus.Waiting)
            {
                await Task.Delay(1);
            }

            await Task.Delay(20);
            await client.SignalAsync(id, "ping", DateTime.UtcNow.Ticks);
            double latency = resumed.Take();
            if (i >= warmUp)
            {
                latencies.Add(latency);
            }
        }

        await client.WaitForResultAsync<int>(id, TimeSpan.FromSeconds(30));
        await stop.CancelAsync();
        await worker;
        return latencies;
    }
}
