namespace Flowmetal;

/// <summary>
/// Thrown inside a flow at its current suspension point (when it waits) or its next one (when it
/// runs) after <c>FlowClient.CancelAsync</c>, <see cref="FlowTask.Cancel"/>, or the failure or
/// cancellation of its parent. The flow's <c>catch</c> and <c>finally</c> blocks run; a flow that
/// lets it escape ends <see cref="FlowStatus.Cancelled"/>, and one that catches it goes on (it may
/// clean up, even suspend, and is not interrupted again unless cancelled again).
/// </summary>
public sealed class FlowCancelledException : FlowInterruptedException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="flowId">The cancelled flow.</param>
    /// <param name="reason">Why it was cancelled, or <see langword="null"/>.</param>
    public FlowCancelledException(FlowId flowId, string? reason)
        : base($"Flow {flowId} was cancelled" + (string.IsNullOrEmpty(reason) ? "." : ": " + reason))
    {
        FlowId = flowId;
        Reason = reason;
    }

    /// <summary>The cancelled flow.</summary>
    public FlowId FlowId { get; }

    /// <summary>Why it was cancelled, as given to <c>CancelAsync</c>, or <see langword="null"/>.</summary>
    public string? Reason { get; }
}
