namespace Flowmetal.Storage;

/// <summary>What <see cref="IFlowStore.SaveAsync"/> did.</summary>
public readonly struct FlowSaveResult
{
    /// <summary>Creates the result.</summary>
    /// <param name="accepted">Whether the write was accepted.</param>
    /// <param name="continueNow">Whether the worker keeps the lease and runs on at once.</param>
    /// <param name="resume">What the flow runs on with, when <paramref name="continueNow"/>.</param>
    public FlowSaveResult(bool accepted, bool continueNow, FlowResume? resume)
    {
        Accepted = accepted;
        ContinueNow = continueNow;
        Resume = resume ?? FlowResume.Normally;
    }

    /// <summary>The lease was lost: nothing was written, the worker must drop the flow.</summary>
    public static FlowSaveResult Rejected => new(false, false, null);

    /// <summary>Stored and released: the flow waits, or any worker runs it next.</summary>
    public static FlowSaveResult Released => new(true, false, null);

    /// <summary>False when the lease was lost and nothing was written.</summary>
    public bool Accepted { get; }

    /// <summary>True when the worker keeps the lease and resumes the flow at once.</summary>
    public bool ContinueNow { get; }

    /// <summary>What the flow runs on with when <see cref="ContinueNow"/>: a buffered signal's payload, or a cancellation or timeout that arrived while it ran.</summary>
    public FlowResume Resume { get; }
}
