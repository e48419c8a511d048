namespace Flowmetal;

/// <summary>
/// Thrown inside a flow when a time limit elapses: the flow's own timeout (given to
/// <see cref="Flow.Start{T}(System.Linq.Expressions.Expression{Func{T}}, TimeSpan?, bool)"/>), at its
/// current or next suspension point; or the timeout of one
/// <see cref="Flow.WaitForSignal{T}(string, TimeSpan)"/>, at that wait. A flow that lets it escape
/// ends <see cref="FlowStatus.Failed"/> with this exception's type as its error: it did not do its
/// work in time, which is a failure, unlike a cancellation someone asked for.
/// </summary>
public sealed class FlowTimeoutException : FlowInterruptedException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="flowId">The flow whose time ran out.</param>
    /// <param name="message">What timed out and what to do.</param>
    public FlowTimeoutException(FlowId flowId, string message)
        : base(message)
    {
        FlowId = flowId;
    }

    /// <summary>The flow whose time ran out.</summary>
    public FlowId FlowId { get; }
}
