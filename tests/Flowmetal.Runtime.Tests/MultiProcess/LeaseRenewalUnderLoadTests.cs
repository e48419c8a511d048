using Flowmetal.Client;
using Flowmetal.Runtime.Flows;
using Flowmetal.Runtime.Tests.Infrastructure;
using Flowmetal.Storage.Redis;
using StackExchange.Redis;

namespace Flowmetal.Runtime.Tests.MultiProcess;

/// <summary>
/// A step that starves its own process (a hundred blocked thread-pool threads, gigabytes allocated in large arrays)
/// for three times its lease: the worker's renewals still hold the lease, so the idle worker next to it never takes the
/// flow over and the step runs once.
/// </summary>
[TestClass]
public sealed class LeaseRenewalUnderLoadTests
{
    [TestMethod]
    public async Task RenewalsHoldWhileAStepStarvesItsProcess()
    {
        var prefix = RedisServer.UniquePrefix("renewal");
        await using var store = await RedisFlowStore.ConnectAsync(RedisServer.Endpoint, new RedisFlowStoreOptions { KeyPrefix = prefix });
        await using var redis = await ConnectionMultiplexer.ConnectAsync(RedisServer.Endpoint);
        var client = new FlowClient(store, new FlowClientOptions { PollInterval = TimeSpan.FromMilliseconds(200) });
        string[] arguments = { "work", "--redis", RedisServer.Endpoint, "--prefix", prefix, "--lease-ms", "2000", "--threads", "2" };
        using var first = new WorkerProcess(arguments);
        using var second = new WorkerProcess(arguments);
        first.ReadLine("READY", TimeSpan.FromSeconds(60));
        second.ReadLine("READY", TimeSpan.FromSeconds(60));

        var id = await client.StartAsync(() => ContainmentFlows.HogsItsProcess("hog", 6000));

        long allocated;
        try
        {
            allocated = await client.WaitForResultAsync<long>(id, TimeSpan.FromSeconds(60));
        }
        catch (FlowFailedException failed)
        {
            throw new AssertFailedException($"{failed.Message}{Environment.NewLine}first worker:{Environment.NewLine}{first.Errors}{Environment.NewLine}second worker:{Environment.NewLine}{second.Errors}");
        }

        Assert.IsGreaterThan(0L, allocated);
        Assert.AreEqual(
            1L,
            (long)await redis.GetDatabase().StringGetAsync($"{prefix}:effects:hog:start"),
            $"the step ran once: its lease never lapsed{Environment.NewLine}first worker:{Environment.NewLine}{first.Errors}{Environment.NewLine}second worker:{Environment.NewLine}{second.Errors}");
        Assert.AreEqual(1, (await client.GetAsync(id)).Attempts);
        Assert.IsFalse(first.HasExited || second.HasExited);
    }
}
