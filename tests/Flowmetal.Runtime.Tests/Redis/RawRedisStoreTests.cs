using Flowmetal.Client;
using Flowmetal.Runtime.Tests.Infrastructure;
using Flowmetal.Storage.Redis;
using StackExchange.Redis;

namespace Flowmetal.Runtime.Tests.Redis;

/// <summary>
/// Tests that drive a Redis store and look under it: each test gets a store on the test Redis under a prefix of its own,
/// a client, and a raw connection to plant or read keys with.
/// </summary>
public abstract class RawRedisStoreTests
{
    protected static readonly TimeSpan Wait = TimeSpan.FromSeconds(30);

    private readonly string _prefixName;
    private readonly TimeSpan _pollInterval;

    /// <param name="prefixName">Names the tests' keys (made unique per test).</param>
    /// <param name="pollInterval">How often the client polls for results.</param>
    protected RawRedisStoreTests(string prefixName, TimeSpan pollInterval)
    {
        _prefixName = prefixName;
        _pollInterval = pollInterval;
    }

    protected RedisFlowStore Store { get; private set; } = null!;

    protected FlowClient Client { get; private set; } = null!;

    /// <summary>The raw connection.</summary>
    protected ConnectionMultiplexer Redis { get; private set; } = null!;

    /// <summary>The raw connection's database, for keys the store does not expose.</summary>
    protected IDatabase Db { get; private set; } = null!;

    protected string Prefix { get; private set; } = string.Empty;

    [TestInitialize]
    public async Task OpenAsync()
    {
        Prefix = RedisServer.UniquePrefix(_prefixName);
        Store = await RedisFlowStore.ConnectAsync(RedisServer.Endpoint, new RedisFlowStoreOptions { KeyPrefix = Prefix });
        Client = new FlowClient(Store, new FlowClientOptions { PollInterval = _pollInterval });
        Redis = await ConnectionMultiplexer.ConnectAsync(RedisServer.Endpoint);
        Db = Redis.GetDatabase();
    }

    [TestCleanup]
    public async Task CloseAsync()
    {
        await Store.DisposeAsync();
        await Redis.DisposeAsync();
    }
}
