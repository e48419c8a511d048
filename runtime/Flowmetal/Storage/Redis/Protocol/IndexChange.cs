namespace Flowmetal.Storage.Redis.Protocol;

/// <summary>How an index update moves a flow's entry in the schedule (the sorted set of when to look at each flow next).</summary>
internal enum ScheduleChange
{
    /// <summary>Leave the entry as it is.</summary>
    Keep = 0,

    /// <summary>
    /// Lower the entry's score to the given one, adding the entry if absent: a hint that never delays a look
    /// someone else asked for (clients before and after their writes, on Redis Cluster).
    /// </summary>
    Lower = 1,

    /// <summary>
    /// Set the score (or remove the entry, for a score of -1) only if the entry still has the expected score, so
    /// that a worker's settling never undoes a newer hint (Redis Cluster, where the flow and the schedule are two writes).
    /// </summary>
    SetIfExpected = 2,

    /// <summary>Set the score, or remove the entry for a score of -1 (single-node Redis, in the flow's own atomic script).</summary>
    Set = 3,
}

/// <summary>The status-index half of an index update: a <see cref="FlowStatus"/> (0 to 5) or one of these.</summary>
internal static class IndexStatus
{
    /// <summary>Leave the flow's status entries as they are.</summary>
    public const int Keep = -1;

    /// <summary>Remove the flow from every index (it no longer exists, or its id is not one).</summary>
    public const int Drop = -2;

    /// <summary>As the previous status of a flow just created: it is in no status set yet.</summary>
    public const int None = -3;
}

/// <summary>
/// Where a cancellation (field <c>cx</c>) or a timeout (field <c>tx</c>) stands: handed to a running step, it is
/// handed again if that step is lost before its next write; delivered once that write happens.
/// </summary>
internal enum InterruptState
{
    None = 0,
    Asked = 1,
    Handed = 2,
    Delivered = 3,
}
