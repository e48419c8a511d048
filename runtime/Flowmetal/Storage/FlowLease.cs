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

    /// <summary>The payload of the signal the flow resumes with, when it waited for one.</summary>
    public byte[]? Payload { get; init; }

    /// <summary>Which attempt at the current step this is (1 normally).</summary>
    public required int Attempt { get; init; }

    /// <summary>When the lease ends unless renewed.</summary>
    public required DateTimeOffset ExpiresAt { get; init; }

    /// <summary>How many times the flow had suspended when claimed (children started in this step are numbered from it).</summary>
    public int Suspensions { get; init; }

    /// <summary>What to deliver inside the flow instead of resuming it normally.</summary>
    public FlowInterruptKind Interrupt { get; init; }

    /// <summary>The reason given with a cancellation, when <see cref="Interrupt"/> is <see cref="FlowInterruptKind.Cancelled"/>.</summary>
    public string? InterruptReason { get; init; }

    /// <summary>When the flow's own timeout elapses, or <see langword="null"/>.</summary>
    public DateTimeOffset? Deadline { get; init; }

    /// <summary>The flow's parent, for a child flow.</summary>
    public FlowId? Parent { get; init; }

    /// <summary>The W3C trace context the flow's spans continue, or <see langword="null"/>.</summary>
    public string? TraceParent { get; init; }

    /// <summary>When the flow became runnable (its timer fell due, a signal or a cancellation arrived, it was started or checkpointed), for the resume latency.</summary>
    public DateTimeOffset? ReadySince { get; init; }
}
