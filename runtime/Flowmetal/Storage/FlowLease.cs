namespace Flowmetal.Storage;

/// <summary>A worker's claim on one flow, with what it needs to run the flow's next step.</summary>
public sealed class FlowLease
{
    /// <summary>The flow.</summary>
    public required FlowId Id { get; init; }

    /// <summary>
    /// The fencing token of this claim. Every claim of the flow increments it; a write carrying an
    /// older token is refused.
    /// </summary>
    public required long Token { get; init; }

    /// <summary>The worker holding the lease.</summary>
    public required string WorkerId { get; init; }

    /// <summary>The entry method's identity.</summary>
    public required string EntryMethod { get; init; }

    /// <summary>The serialized entry call.</summary>
    public required byte[] Entry { get; init; }

    /// <summary>The last stored continuation, or <see langword="null"/> when the flow has not suspended yet.</summary>
    public byte[]? Continuation { get; init; }

    /// <summary>What the stored continuation waited for, or <see langword="null"/> when it has not suspended yet.</summary>
    public FlowWait? ResumedFrom { get; init; }

    /// <summary>What the flow runs on with: the payload of the signal it waited for, or a cancellation or timeout to throw at its suspension point.</summary>
    public FlowResume Resume { get; init; } = FlowResume.Normally;

    /// <summary>Which attempt at the current step this is (1 normally).</summary>
    public required int Attempt { get; init; }

    /// <summary>When the lease ends unless renewed.</summary>
    public required DateTimeOffset ExpiresAt { get; init; }

    /// <summary>How many times the flow had suspended when claimed (children started in this step are numbered from it).</summary>
    public int Suspensions { get; init; }

    /// <summary>When the flow's own timeout elapses, or <see langword="null"/>.</summary>
    public DateTimeOffset? Deadline { get; init; }

    /// <summary>The flow's parent, for a child flow.</summary>
    public FlowId? Parent { get; init; }

    /// <summary>The W3C trace context the flow's spans continue, or <see langword="null"/>.</summary>
    public string? TraceParent { get; init; }

    /// <summary>Why the previous attempt at this step failed (see <see cref="FlowInfo.LastAttemptError"/>), or <see langword="null"/>.</summary>
    public FlowError? LastAttemptError { get; init; }

    /// <summary>
    /// What in the flow's stored record is damaged, when the store found it unreadable: the worker must not run the
    /// flow but end it failed with a <see cref="FlowDamagedException"/> saying this. <see langword="null"/> when intact.
    /// </summary>
    public string? Damage { get; init; }

    /// <summary>When the flow became runnable (its timer fell due, a signal or a cancellation arrived, it was started or checkpointed), for the resume latency.</summary>
    public DateTimeOffset? ReadySince { get; init; }
}
