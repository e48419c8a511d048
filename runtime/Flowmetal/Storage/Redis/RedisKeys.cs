using StackExchange.Redis;

namespace Flowmetal.Storage.Redis;

/// <summary>
/// The store's key names. A flow's own keys share the hash tag <c>{id}</c>, so every per-flow
/// script touches one Redis Cluster slot; the global indexes (the schedule and the status lists)
/// share the tag <c>{prefix}</c>, so the scripts that move a flow between them touch one slot too.
/// No script touches both: the flow's hash is the truth and the indexes are repaired from it
/// (see <see cref="Protocol.RedisScripts"/>).
/// </summary>
internal sealed class RedisKeys
{
    private readonly string _prefix;

    public RedisKeys(string prefix)
    {
        _prefix = prefix;
        Schedule = $"{prefix}:{{{prefix}}}:schedule";
        All = $"{prefix}:{{{prefix}}}:all";
        Statuses = Enum.GetValues<FlowStatus>().Select(s => (RedisKey)$"{prefix}:{{{prefix}}}:status:{(int)s}").ToArray();
        Expiries = $"{prefix}:{{{prefix}}}:expiries";
        Indexes = new[] { Schedule, All }.Concat(Statuses).Append(Expiries).ToArray();
        Wake = RedisChannel.Literal($"{prefix}:wake");
        Finished = RedisChannel.Literal($"{prefix}:finished");
        FrameTypes = $"{prefix}:{{{prefix}}}:frametypes";
    }

    /// <summary>Hash: frame type descriptions by key (<see cref="FrameTypeDescription"/>), written once per build and kept for good.</summary>
    public RedisKey FrameTypes { get; }

    /// <summary>Sorted set: flow id scored by when a worker should look at it (0 = now, a timer's due time, a lease's end).</summary>
    public RedisKey Schedule { get; }

    /// <summary>Sorted set of every flow, scored by creation time.</summary>
    public RedisKey All { get; }

    /// <summary>One sorted set per <see cref="FlowStatus"/>, scored by creation time.</summary>
    public RedisKey[] Statuses { get; }

    /// <summary>Sorted set of finished flows scored by when they expire (their retention ends): their index entries go then.</summary>
    public RedisKey Expiries { get; }

    /// <summary>Published when a flow may have become runnable: idle workers wake.</summary>
    public RedisChannel Wake { get; }

    /// <summary>Published with a flow's id when it completes or fails: waiting clients wake.</summary>
    public RedisChannel Finished { get; }

    /// <summary>The global keys, in the order of <see cref="Protocol.RedisLua.IndexKeys"/>.</summary>
    public RedisKey[] Indexes { get; }

    public RedisKey Flow(FlowId id) => $"{_prefix}:{{{id.Value}}}:flow";

    public RedisKey Signals(FlowId id) => $"{_prefix}:{{{id.Value}}}:signals";
}
