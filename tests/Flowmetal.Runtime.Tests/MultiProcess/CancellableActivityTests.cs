using Flowmetal.Client;
using Flowmetal.Runtime.Flows;
using Flowmetal.Runtime.Tests.Infrastructure;
using Flowmetal.Storage.Redis;
using StackExchange.Redis;

namespace Flowmetal.Runtime.Tests.MultiProcess;

/// <summary>
/// The seed's cancellable activity, end to end on Redis across two worker processes: a loop that
/// works and checkpoints every half second runs on one process, moves to the other when the first
/// is killed, and observes a client's cancellation within one iteration, running its own handler.
/// </summary>
[TestClass]
public sealed class CancellableActivityTests
{
    [TestMethod]
    public async Task ActivityMovesToTheOtherProcessAndObservesTheCancelWithinOneIteration()
    {
        var prefix = RedisServer.UniquePrefix("seed");
        await using var store = await RedisFlowStore.ConnectAsync(RedisServer.Endpoint, new RedisFlowStoreOptions { KeyPrefix = prefix });
        await using var redis = await ConnectionMultiplexer.ConnectAsync(RedisServer.Endpoint);
        var db = redis.GetDatabase();
        var client = new FlowClient(store, new FlowClientOptions { PollInterval = TimeSpan.FromMilliseconds(200) });
        string[] arguments = { "work", "--redis", RedisServer.Endpoint, "--prefix", prefix, "--lease-ms", "1500", "--threads", "2" };
        using var first = new WorkerProcess(arguments);
        using var second = new WorkerProcess(arguments);
        var workers = new Dictionary<string, WorkerProcess>
        {
            [first.ReadLine("READY", TimeSpan.FromSeconds(60)).Substring("READY ".Length)] = first,
            [second.ReadLine("READY", TimeSpan.FromSeconds(60)).Substring("READY ".Length)] = second,
        };
        var iterations = (RedisKey)$"{prefix}:effects:seed:iteration";

        var id = await client.StartAsync(() => CancellationFlows.Activity("seed", 500));
        await WaitForAsync(async () => (long)await db.StringGetAsync(iterations) >= 2, "the activity runs");
        var holder = (await client.GetAsync(id)).Worker!;
        workers[holder].Kill();
        var survivor = workers.Keys.Single(w => w != holder);
        await WaitForAsync(async () => (await client.GetAsync(id)).Worker == survivor, "the other process resumes the activity after the lease expires");
        long resumedAt = (long)await db.StringGetAsync(iterations);
        await WaitForAsync(async () => (long)await db.StringGetAsync(iterations) >= resumedAt + 2, "the activity goes on in the other process");

        Assert.IsTrue(await client.CancelAsync(id, "stop the activity"));
        long before = (long)await db.StringGetAsync(iterations);
        var result = await client.WaitForResultAsync<string>(id, TimeSpan.FromSeconds(30));

        long after = (long)await db.StringGetAsync(iterations);
        Assert.IsLessThanOrEqualTo(1, after - before, "once the cancel is recorded, at most one more iteration starts: it is observed at the next checkpoint");
        StringAssert.StartsWith(result, "cancelled after ");
        StringAssert.EndsWith(result, "(stop the activity)");
        Assert.AreEqual(1L, (long)await db.StringGetAsync($"{prefix}:effects:seed:cancelled"), "the flow's catch ran once");
        Assert.AreEqual(1L, (long)await db.StringGetAsync($"{prefix}:effects:seed:finally"), "the flow's finally ran once");
        Assert.AreEqual(FlowStatus.Completed, (await client.GetAsync(id)).Status);
    }

    private static async Task WaitForAsync(Func<Task<bool>> condition, string what)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Timed out waiting until {what}.");
            }

            await Task.Delay(20);
        }
    }
}
