namespace Flowmetal.Storage;

/// <summary>What <see cref="IFlowStore.SaveAsync"/> did.</summary>
public readonly struct FlowSaveResult
{
    /// <summary>Creates the result.</summary>
    /// <param name="accepted">Whether the write was accepted.</param>
    /// <param name="continueNow">Whether the worker keeps the lease and runs on at once.</param>
    /// <param name="payload">The signal payload to run on with, when the flow waited for a buffered signal.</param>
    public FlowSaveResult(bool accepted, bool continueNow, byte[]? payload)
    {
        Accepted = accepted;
        ContinueNow = continueNow;
        Payload = payload;
    }

    /// <summary>The lease was lost: nothing was written, the worker must drop the flow.</summary>
    public static FlowSaveResult Rejected => new(false, false, null);

    /// <summary>False when the lease was lost and nothing was written.</summary>
    public bool Accepted { get; }

    /// <summary>True when the worker keeps the lease and resumes the flow at once.</summary>
    public bool ContinueNow { get; }

    /// <summary>The payload of the buffered signal to resume with, when the flow waited for one.</summary>
    public byte[]? Payload { get; }
}
