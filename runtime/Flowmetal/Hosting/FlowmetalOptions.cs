using Flowmetal.Serialization;
using Flowmetal.Storage;
using Flowmetal.Storage.InMemory;
using Flowmetal.Storage.Redis;

namespace Flowmetal.Hosting;

/// <summary>
/// Options of <c>services.AddFlowmetal(...)</c>: where flows live, and what the client and every worker
/// of the host share. Validated when the host starts.
/// </summary>
/// <example>
/// <code>
/// services.AddFlowmetal(o => o.UseRedis("localhost:6379,password=secret", keyPrefix: "orders"))
///         .AddFlowmetalWorker("orders", w => w.MaxConcurrentFlows = 8);
/// </code>
/// </example>
public sealed class FlowmetalOptions
{
    /// <summary>The Redis connection string, when <see cref="UseRedis"/> chose Redis.</summary>
    public string? RedisConnectionString { get; set; }

    /// <summary>The prefix of every Redis key and channel (several applications can share one Redis). Default: <c>flowmetal</c>.</summary>
    public string RedisKeyPrefix { get; set; } = "flowmetal";

    /// <summary>The Redis database number, or -1 for the connection's default.</summary>
    public int RedisDatabase { get; set; } = -1;

    /// <summary>
    /// On Redis: after each write, wait until this many replicas acknowledge it (see <see cref="RedisFlowStoreOptions.ReplicasToAcknowledge"/>). Default: 0.
    /// </summary>
    public int RedisReplicasToAcknowledge { get; set; }

    /// <summary>What one flow may hold in the store (signal payload size, buffered signals, retention of finished flows, continuations kept for rewinds), for the Redis and in-memory stores. Default: <see cref="FlowStoreLimits.Default"/>.</summary>
    public FlowStoreLimits Limits { get; set; } = FlowStoreLimits.Default;

    /// <summary>True when <see cref="UseInMemory"/> chose the in-process store.</summary>
    public bool InMemory { get; set; }

    /// <summary>A store made by the application, when <see cref="UseStore"/> chose one.</summary>
    public Func<IServiceProvider, IFlowStore>? StoreFactory { get; set; }

    /// <summary>Types continuations, payloads and results may hold besides the default allow list (shared by the client and every worker).</summary>
    public FlowSerializationOptions Serialization { get; set; } = new();

    /// <summary>How long the injected <c>FlowClient</c> waits at most between two looks at a flow it waits for. Default: 1 s.</summary>
    public TimeSpan ClientPollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Keeps flows in Redis (<see cref="RedisFlowStore"/>): they outlive processes and move between nodes.</summary>
    /// <param name="connectionString">Anything StackExchange.Redis accepts: <c>host:port</c>, <c>password=</c>, <c>ssl=true</c>...</param>
    /// <param name="keyPrefix">The prefix of every key and channel.</param>
    /// <returns>These options.</returns>
    public FlowmetalOptions UseRedis(string connectionString, string keyPrefix = "flowmetal")
    {
        RedisConnectionString = connectionString;
        RedisKeyPrefix = keyPrefix;
        InMemory = false;
        StoreFactory = null;
        return this;
    }

    /// <summary>Keeps flows in this process's memory (<see cref="InMemoryFlowStore"/>): for development and tests.</summary>
    /// <returns>These options.</returns>
    public FlowmetalOptions UseInMemory()
    {
        InMemory = true;
        RedisConnectionString = null;
        StoreFactory = null;
        return this;
    }

    /// <summary>Uses a store the application makes (a <see cref="RedisFlowStore"/> on its own connection, a store of its own).</summary>
    /// <param name="factory">Makes the store, once, from the host's services.</param>
    /// <returns>These options.</returns>
    public FlowmetalOptions UseStore(Func<IServiceProvider, IFlowStore> factory)
    {
        StoreFactory = factory;
        InMemory = false;
        RedisConnectionString = null;
        return this;
    }
}
