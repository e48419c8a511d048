using System.Collections.Concurrent;
using Flowmetal.Runtime.Tests.Infrastructure;
using Flowmetal.Storage;
using Flowmetal.Storage.Redis;
using StackExchange.Redis;

namespace Flowmetal.Runtime.Tests.Contract;

[TestClass]
public sealed class RedisStoreContractTests : FlowStoreContract
{
    private readonly ConcurrentDictionary<IFlowStore, string> _prefixes = new();

    protected override async Task<IFlowStore> CreateStoreAsync(FlowStoreLimits limits)
    {
        var prefix = RedisServer.UniquePrefix("contract");
        var store = await RedisFlowStore.ConnectAsync(RedisServer.Endpoint, new RedisFlowStoreOptions { KeyPrefix = prefix, Limits = limits });
        _prefixes[store] = prefix;
        return store;
    }

    protected override Task AssertExpiredAsync(IFlowStore store, FlowId id) => AssertKeysExpiredAsync(RedisServer.Endpoint, _prefixes[store], id);

    /// <summary>The flow's hash and signal buffer are gone, and no index names it any more.</summary>
    internal static async Task AssertKeysExpiredAsync(string endpoint, string prefix, FlowId id)
    {
        await using var redis = await ConnectionMultiplexer.ConnectAsync(endpoint);
        var db = redis.GetDatabase();
        Assert.IsFalse(await db.KeyExistsAsync($"{prefix}:{{{id}}}:flow"), "the flow's hash expired");
        Assert.IsFalse(await db.KeyExistsAsync($"{prefix}:{{{id}}}:signals"), "its leftover signals expired");
        var indexes = new[] { "schedule", "all", "expiries" }.Concat(Enumerable.Range(0, 6).Select(s => "status:" + s));
        foreach (var index in indexes)
        {
            Assert.IsNull(await db.SortedSetScoreAsync($"{prefix}:{{{prefix}}}:{index}", id.Value), $"index {index} forgot the flow");
        }
    }
}
