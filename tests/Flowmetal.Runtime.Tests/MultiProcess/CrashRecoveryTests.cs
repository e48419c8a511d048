using Flowmetal.Client;
using Flowmetal.Runtime.Flows;
using Flowmetal.Runtime.Tests.Infrastructure;
using Flowmetal.Storage.Redis;
using StackExchange.Redis;

namespace Flowmetal.Runtime.Tests.MultiProcess;

/// <summary>
/// 100 flows of 10 checkpoints on two worker processes; one is killed with SIGKILL mid-run and
/// started again. Every flow completes with the right result; none is lost; the code of a step runs
/// again only for the flows the killed worker held (the documented at-least-once of a step cut
/// short by a crash), and the store records each completion once.
/// </summary>
[TestClass]
public sealed class CrashRecoveryTests
{
    private const int Flows = 100;
    private const int Steps = 10;
    private const int ThreadsPerWorker = 4;

    [TestMethod]
    public async Task KilledWorkerLosesNothingAndNoFlowCompletesTwice()
    {
        var prefix = RedisServer.UniquePrefix("crash");
        await using var store = await RedisFlowStore.ConnectAsync(RedisServer.Endpoint, new RedisFlowStoreOptions { KeyPrefix = prefix });
        await using var redis = await ConnectionMultiplexer.ConnectAsync(RedisServer.Endpoint);
        var db = redis.GetDatabase();
        var client = new FlowClient(store, new FlowClientOptions { PollInterval = TimeSpan.FromMilliseconds(200) });
        var ids = new List<FlowId>();
        for (int i = 0; i < Flows; i++)
        {
            var key = "f" + i;
            ids.Add(await client.StartAsync(() => CrashFlows.Count(key, Steps), new FlowId("crash-" + i)));
        }

        string[] arguments =
        {
            "work", "--redis", RedisServer.Endpoint, "--prefix", prefix, "--lease-ms", "1000",
            "--threads", ThreadsPerWorker.ToString(System.Globalization.CultureInfo.InvariantCulture), "--step-ms", "5",
        };
        using var first = new WorkerProcess(arguments);
        using var second = new WorkerProcess(arguments);
        var killedWorker = first.ReadLine("READY", TimeSpan.FromSeconds(60)).Substring("READY ".Length);
        second.ReadLine("READY", TimeSpan.FromSeconds(60));

        var steps = (RedisKey)$"{prefix}:effects:steps";
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        while ((long)await db.StringGetAsync(steps) is < Flows * Steps * 3 / 10)
        {
            Assert.IsLessThan(deadline, DateTime.UtcNow, "the workers made no progress");
            await Task.Delay(5);
        }

        first.Kill();
        long stepsAtKill = (long)await db.StringGetAsync(steps);
        Assert.IsLessThan(Flows * Steps, stepsAtKill, "the worker was killed mid-run");
        var orphans = (await Task.WhenAll(ids.Select(id => client.GetAsync(id))))
            .Where(i => i.Status == FlowStatus.Running && i.Worker == killedWorker).Select(i => i.Id).ToList();
        Assert.IsNotEmpty(orphans, "the killed worker held flows");
        using var restarted = new WorkerProcess(arguments);

        long expected = Enumerable.Range(1, Steps).Sum(i => (long)i * i);
        foreach (var id in ids)
        {
            Assert.AreEqual(expected, await client.WaitForResultAsync<long>(id, TimeSpan.FromSeconds(90)), $"flow {id}");
        }

        var completions = new List<long>();
        for (int i = 0; i < Flows; i++)
        {
            completions.Add((long)await db.StringGetAsync($"{prefix}:effects:completed:f{i}"));
        }

        var infos = await Task.WhenAll(ids.Select(id => client.GetAsync(id)));
        Assert.IsTrue(infos.All(i => i.Status == FlowStatus.Completed), "every flow completed");
        Assert.HasCount(Flows, (await client.ListAsync(FlowStatus.Completed, pageSize: 500)).Flows, "each completion is recorded once");
        Assert.IsTrue(completions.All(c => c >= 1), "no flow was lost");
        Assert.IsTrue(completions.All(c => c <= 2), "no step ran more than once again");
        Assert.IsLessThanOrEqualTo(ThreadsPerWorker, completions.Count(c => c == 2), "only flows the killed worker held ran a step again");
        Assert.IsLessThanOrEqualTo(Flows * Steps + ThreadsPerWorker, (long)await db.StringGetAsync(steps), "only the killed worker's current steps ran twice");
        Assert.IsTrue(orphans.All(o => infos.Single(i => i.Id == o).Status == FlowStatus.Completed), "the killed worker's flows were resumed by another");
    }
}
