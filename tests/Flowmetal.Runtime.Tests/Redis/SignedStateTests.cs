using System.Security.Cryptography;
using Flowmetal.Client;
using Flowmetal.Runtime.Flows;
using Flowmetal.Runtime.Tests.Contract;
using Flowmetal.Runtime.Tests.Infrastructure;
using Flowmetal.Storage;
using Flowmetal.Storage.Redis;
using StackExchange.Redis;

namespace Flowmetal.Runtime.Tests.Redis;

/// <summary>The whole store contract on Redis with every flow's state signed.</summary>
[TestClass]
public sealed class SignedRedisStoreContractTests : FlowStoreContract
{
    private readonly System.Collections.Concurrent.ConcurrentDictionary<IFlowStore, string> _prefixes = new();

    protected override async Task<IFlowStore> CreateStoreAsync(FlowStoreLimits limits)
    {
        var prefix = RedisServer.UniquePrefix("signed");
        var store = await RedisFlowStore.ConnectAsync(RedisServer.Endpoint, new RedisFlowStoreOptions
        {
            KeyPrefix = prefix,
            Limits = limits,
            SigningKey = RandomNumberGenerator.GetBytes(32),
        });
        _prefixes[store] = prefix;
        return store;
    }

    protected override Task AssertExpiredAsync(IFlowStore store, FlowId id) => RedisStoreContractTests.AssertKeysExpiredAsync(RedisServer.Endpoint, _prefixes[store], id);
}

/// <summary>
/// Someone who can write Redis keys but does not hold the signing key changes a flow's state:
/// the flow fails naming what was changed instead of resuming with it, and other flows run on.
/// </summary>
[TestClass]
public sealed class SignedStateTests
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(30);
    private readonly byte[] _key = RandomNumberGenerator.GetBytes(32);
    private string _prefix = string.Empty;
    private RedisFlowStore _store = null!;
    private ConnectionMultiplexer _redis = null!;
    private FlowClient _client = null!;

    [TestInitialize]
    public async Task Connect()
    {
        _prefix = RedisServer.UniquePrefix("tamper");
        _store = await RedisFlowStore.ConnectAsync(RedisServer.Endpoint, new RedisFlowStoreOptions { KeyPrefix = _prefix, SigningKey = _key });
        _redis = await ConnectionMultiplexer.ConnectAsync(RedisServer.Endpoint);
        _client = new FlowClient(_store);
    }

    [TestCleanup]
    public async Task Disconnect()
    {
        await _store.DisposeAsync();
        await _redis.DisposeAsync();
    }

    [TestMethod]
    public async Task AnotherFlowsSignedContinuationMovedIntoAFlowIsRefused()
    {
        var victim = await StartWaiting();
        var donor = await StartWaiting();
        var healthy = await StartWaiting();
        var db = _redis.GetDatabase();
        await db.HashSetAsync(Flow(victim), "c", await db.HashGetAsync(Flow(donor), "c"));

        await Signal(victim, donor, healthy);

        var failed = await Assert.ThrowsExactlyAsync<FlowFailedException>(() => _client.WaitForResultAsync<string>(victim, Wait));
        StringAssert.Contains(failed.ErrorMessage, $"The continuation of flow {victim} was changed outside Flowmetal");
        Assert.AreEqual("True|True|False", await _client.WaitForResultAsync<string>(donor, Wait));
        Assert.AreEqual("True|True|False", await _client.WaitForResultAsync<string>(healthy, Wait));
    }

    [TestMethod]
    public async Task AnUnsignedContinuationWrittenByHandIsRefused()
    {
        var victim = await StartWaiting();
        var db = _redis.GetDatabase();
        var signed = (byte[])(await db.HashGetAsync(Flow(victim), "c"))!;
        await db.HashSetAsync(Flow(victim), "c", signed.AsSpan(36).ToArray());

        await Signal(victim);

        var failed = await Assert.ThrowsExactlyAsync<FlowFailedException>(() => _client.WaitForResultAsync<string>(victim, Wait));
        StringAssert.Contains(failed.ErrorMessage, "is not signed");
    }

    [TestMethod]
    public async Task AChangedSignalPayloadIsNotDeliveredToTheFlow()
    {
        var victim = await StartWaiting();

        // Buffered while no worker runs, then replaced by a payload the attacker wrote.
        await _client.SignalAsync(victim, "go", "go");
        var db = _redis.GetDatabase();
        var signals = (RedisKey)$"{_prefix}:{{{victim.Value}}}:signals";
        var payloads = (await db.HashGetAllAsync(signals)).Where(e => e.Name.ToString().StartsWith("v:", StringComparison.Ordinal)).ToList();
        Assert.HasCount(1, payloads);
        await db.HashSetAsync(signals, payloads[0].Name, "{\"fmt\":2,\"types\":[],\"objects\":[],\"value\":\"forged\"}");

        await using var worker = new InProcessWorker(_store);

        var failed = await Assert.ThrowsExactlyAsync<FlowFailedException>(() => _client.WaitForResultAsync<string>(victim, Wait));
        StringAssert.Contains(failed.ErrorMessage, $"The payload of signal 'go' of flow {victim} is not signed");
    }

    [TestMethod]
    public async Task ASignedStoreRunsFlowsAsUsual()
    {
        var id = await StartWaiting();

        await Signal(id);

        Assert.AreEqual("True|True|False", await _client.WaitForResultAsync<string>(id, Wait));
        var stored = (byte[])(await _redis.GetDatabase().HashGetAsync(Flow(id), "e"))!;
        CollectionAssert.AreEqual("FMS1"u8.ToArray(), stored.Take(4).ToArray());
    }

    private RedisKey Flow(FlowId id) => $"{_prefix}:{{{id.Value}}}:flow";

    private async Task<FlowId> StartWaiting()
    {
        var id = await _client.StartAsync(() => ExactStateFlows.DbNullCell());
        await using var worker = new InProcessWorker(_store);
        var deadline = DateTime.UtcNow + Wait;
        while ((await _client.GetAsync(id)).Status != FlowStatus.Waiting)
        {
            Assert.IsLessThan(deadline, DateTime.UtcNow, $"flow {id} did not reach its wait");
            await Task.Delay(20);
        }

        return id;
    }

    private async Task Signal(params FlowId[] ids)
    {
        foreach (var id in ids)
        {
            await _client.SignalAsync(id, "go", "go");
        }

        await using var worker = new InProcessWorker(_store);
        foreach (var id in ids)
        {
            await _client.WaitForCompletionAsync(id, Wait).ContinueWith(_ => { }, TaskScheduler.Default);
        }
    }
}
