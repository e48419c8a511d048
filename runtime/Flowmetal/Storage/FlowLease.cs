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
}
