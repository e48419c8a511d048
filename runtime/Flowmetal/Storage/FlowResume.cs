namespace Flowmetal.Storage;

/// <summary>
/// What a flow runs on with when a worker claims it or keeps it after a save: the payload of the signal
/// it waited for, or an interruption to throw at its suspension point instead. One type for both
/// <see cref="FlowLease.Resume"/> and <see cref="FlowSaveResult.Resume"/>.
/// </summary>
public sealed class FlowResume
{
    /// <summary>Nothing: the flow resumes normally (a checkpoint, an elapsed timer, a first run).</summary>
    public static FlowResume Normally { get; } = new();

    /// <summary>The payload of the signal the flow resumes with, when it waited for one that is buffered.</summary>
    public byte[]? Payload { get; init; }

    /// <summary>What to throw inside the flow instead of resuming it normally.</summary>
    public FlowInterruptKind Interrupt { get; init; }

    /// <summary>The reason given with a cancellation, when <see cref="Interrupt"/> is <see cref="FlowInterruptKind.Cancelled"/>.</summary>
    public string? InterruptReason { get; init; }

    /// <summary>The flow resumes with a signal's payload.</summary>
    /// <param name="payload">The payload's bytes, or <see langword="null"/> for none.</param>
    /// <returns>The resume.</returns>
    public static FlowResume WithPayload(byte[]? payload) => payload is null ? Normally : new FlowResume { Payload = payload };

    /// <summary>The flow resumes by throwing an interruption at its suspension point.</summary>
    /// <param name="interrupt">Cancellation or timeout.</param>
    /// <param name="reason">The cancellation's reason, or <see langword="null"/>.</param>
    /// <returns>The resume.</returns>
    public static FlowResume Interrupted(FlowInterruptKind interrupt, string? reason) =>
        interrupt == FlowInterruptKind.None ? Normally : new FlowResume { Interrupt = interrupt, InterruptReason = string.IsNullOrEmpty(reason) ? null : reason };
}
