using System.Collections.Concurrent;
using Flowmetal.Runtime.Tests.Contract;
using Flowmetal.Runtime.Tests.Infrastructure;
using Flowmetal.Runtime.Tests.MultiProcess;
using Flowmetal.Storage;
using Flowmetal.Storage.Redis;

namespace Flowmetal.Runtime.Tests.Cluster;

/// <summary>
/// The whole store contract on a real Redis Cluster (three masters on loopback): every flow transition is one slot's
/// script, the indexes another's, and the store finds each slot's node. Plus the migration across processes.
/// </summary>
[TestClass]
public sealed class RedisClusterContractTests : FlowStoreContract
{
    private readonly ConcurrentDictionary<IFlowStore, string> _prefixes = new();

    [TestMethod]
    public Task FlowsSuspendedInAKilledProcessFinishInAFreshOneOnTheCluster() => MigrationTests.RunAsync(RedisCluster.Shared.Endpoint);

    [TestMethod]
    public async Task FlowKeysSpreadOverTheMastersAndTheStoreKnowsItIsOnACluster()
    {
        var cluster = RedisCluster.Shared;
        await using var redis = await StackExchange.Redis.ConnectionMultiplexer.ConnectAsync(cluster.Endpoint);
        var ids = Enumerable.Range(0, 30).Select(i => new FlowId("spread-" + i)).ToList();
        foreach (var id in ids)
        {
            await Client.StartAsync(() => Flowmetal.Runtime.Flows.ContractFlows.Add(1, 1), id);
        }

        var nodes = ids.Select(id => redis.GetDatabase().IdentifyEndpoint($"{_prefixes[Store]}:{{{id}}}:flow")!.ToString()).Distinct().Count();

        Assert.AreEqual(3, redis.GetServers().Count(s => s.ServerType == StackExchange.Redis.ServerType.Cluster && !s.IsReplica));
        Assert.AreEqual(3, nodes, "thirty flows land on all three masters");
        Assert.HasCount(30, (await Client.ListAsync(FlowStatus.Pending)).Flows, "the indexes (one slot) list flows of every slot");
    }

    protected override async Task<IFlowStore> CreateStoreAsync(FlowStoreLimits limits)
    {
        var prefix = RedisServer.UniquePrefix("cluster");
        var store = await RedisFlowStore.ConnectAsync(RedisCluster.Shared.Endpoint, new RedisFlowStoreOptions { KeyPrefix = prefix, Limits = limits });
        _prefixes[store] = prefix;
        return store;
    }

    protected override Task AssertExpiredAsync(IFlowStore store, FlowId id) => RedisStoreContractTests.AssertKeysExpiredAsync(RedisCluster.Shared.Endpoint, _prefixes[store], id);
}
