using Microsoft.Extensions.Logging;

namespace Flowmetal.Storage.Redis;

/// <summary>Options of a <see cref="RedisFlowStore"/>.</summary>
public sealed class RedisFlowStoreOptions
{
    /// <summary>
    /// Prefix of every key and channel the store uses, so several applications (or test runs) can
    /// share one Redis. No braces or whitespace. Default: <c>flowmetal</c>.
    /// </summary>
    public string KeyPrefix { get; init; } = "flowmetal";

    /// <summary>The Redis database number, or -1 for the connection's default.</summary>
    public int Database { get; init; } = -1;

    /// <summary>
    /// A key (at least 32 random bytes) with which clients and workers sign every flow's entry call,
    /// continuation, signal payloads and result, and check them when they load them: someone who can
    /// write this Redis's keys then cannot change a flow's state, or move one flow's state into
    /// another: the flow fails naming what was changed instead of resuming with it. Give every client
    /// and worker the same key (from a secret store, not from Redis); <see langword="null"/> (the
    /// default) signs nothing. It does not stop a writer from putting back an older signed state of
    /// the same flow, or from deleting a flow.
    /// </summary>
    /// <example>
    /// <code>
    /// var key = Convert.FromBase64String(Environment.GetEnvironmentVariable("FLOWMETAL_SIGNING_KEY")!);
    /// var store = await RedisFlowStore.ConnectAsync("redis:6379", new RedisFlowStoreOptions { SigningKey = key });
    /// </code>
    /// </example>
    public byte[]? SigningKey { get; init; }

    /// <summary>What one flow may hold: signal payload size, buffered signals, retention of finished flows, continuations kept for rewinds. Default: <see cref="FlowStoreLimits.Default"/>.</summary>
    public FlowStoreLimits Limits { get; init; } = FlowStoreLimits.Default;

    /// <summary>
    /// After each write, wait until this many replicas of the written node acknowledge it (Redis <c>WAIT</c>) before the
    /// call returns, so that a failover to one of them loses none of the acknowledged writes. 0 (the default) returns as
    /// soon as the primary has applied the write: Redis replicates asynchronously, and a primary that dies can take its
    /// last writes with it. See the README's "Redis topologies" for what each setting guarantees and costs.
    /// </summary>
    public int ReplicasToAcknowledge { get; init; }

    /// <summary>How long a write waits for <see cref="ReplicasToAcknowledge"/> replicas; fewer acknowledgements then fail the call with a <see cref="StackExchange.Redis.RedisException"/>. Default: 1 s.</summary>
    public TimeSpan ReplicaAcknowledgeTimeout { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// Group commit: on a single Redis node (or a primary with replicas), the saves and ends that a worker's flows make while
    /// another of its writes is in flight go together in one script call when it returns, up to this many; each flow is
    /// still fenced by its own token, answered alone, and acknowledged (and <c>WAIT</c>ed for) before it runs on. A client's
    /// starts are grouped the same way. A write never waits for company: one alone goes at once. 1 sends each write on its
    /// own. Redis Cluster always does (each flow lives in a hash slot of its own). Default: 64.
    /// </summary>
    public int MaxWritesPerCommit { get; init; } = 64;

    /// <summary>Where the store logs the damaged records it skips or fails (a key that is not a flow, an index entry that is not a flow id). Default: nowhere.</summary>
    public ILogger? Logger { get; init; }

    internal void Validate()
    {
        if (SigningKey is { Length: < 32 })
        {
            throw new ArgumentException($"The signing key has {SigningKey.Length} bytes: use at least 32 random bytes (for example RandomNumberGenerator.GetBytes(32)).", nameof(SigningKey));
        }

        if (string.IsNullOrEmpty(KeyPrefix) || KeyPrefix.Any(c => c is '{' or '}' || char.IsWhiteSpace(c)))
        {
            throw new ArgumentException($"'{KeyPrefix}' is not a valid key prefix: it must be non-empty, without braces or whitespace.", nameof(KeyPrefix));
        }

        ArgumentNullException.ThrowIfNull(Limits, nameof(Limits));
        Limits.Validate();
        if (ReplicasToAcknowledge < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(ReplicasToAcknowledge), ReplicasToAcknowledge, "The number of replicas to wait for cannot be negative.");
        }

        if (MaxWritesPerCommit < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxWritesPerCommit), MaxWritesPerCommit, "At least one write goes in each call: use 1 to send each write on its own.");
        }

        if (ReplicaAcknowledgeTimeout <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(ReplicaAcknowledgeTimeout), ReplicaAcknowledgeTimeout, "The replica acknowledgement timeout must be positive.");
        }
    }
}
