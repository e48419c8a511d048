namespace Flowmetal.Storage;

/// <summary>What <see cref="IFlowStore.SaveAsync"/> did.</summary>
public readonly struct FlowSaveResult
{
    /// <summary>Creates the result.</summary>
    /// <param name="accepted">Whether the write was accepted.</param>
    /// <param name="continueNow">Whether the worker keeps the lease and runs on at once.</param>
    /// <param name="payload">The signal payload to run on with, when the flow waited for a buffered signal.</param>
    public FlowSaveResult(bool accepted, bool continueNow, byte[]? payload)
        : this(accepted, continueNow, payload, FlowInterruptKind.None, null)
    {
    }

    /// <summary>Creates the result of a save after which the flow runs on with an interruption delivered at the suspension point.</summary>
    /// <param name="accepted">Whether the write was accepted.</param>
    /// <param name="continueNow">Whether the worker keeps the lease and runs on at once.</param>
    /// <param name="payload">The signal payload to run on with.</param>
    /// <param name="interrupt">What to throw inside the flow instead of resuming normally.</param>
    /// <param name="interruptReason">The cancellation's reason.</param>
    public FlowSaveResult(bool accepted, bool continueNow, byte[]? payload, FlowInterruptKind interrupt, string? interruptReason)
    {
        Accepted = accepted;
        ContinueNow = continueNow;
        Payload = payload;
        Interrupt = interrupt;
        InterruptReason = interruptReason;
    }

    /// <summary>The lease was lost: nothing was written, the worker must drop the flow.</summary>
    public static FlowSaveResult Rejected => new(false, false, null);

    /// <summary>False when the lease was lost and nothing was written.</summary>
    public bool Accepted { get; }

    /// <summary>True when the worker keeps the lease and resumes the flow at once.</summary>
    public bool ContinueNow { get; }

    /// <summary>The payload of the buffered signal to resume with, when the flow waited for one.</summary>
    public byte[]? Payload { get; }

    /// <summary>What to deliver inside the flow when it runs on (a cancellation or timeout that arrived while it ran).</summary>
    public FlowInterruptKind Interrupt { get; }

    /// <summary>The cancellation's reason, with <see cref="FlowInterruptKind.Cancelled"/>.</summary>
    public string? InterruptReason { get; }
}
