namespace Flowmetal;

/// <summary>
/// A flow's signal, payload or continuation exceeds a limit of the store or worker
/// (<see cref="Storage.FlowStoreLimits"/>, <see cref="Worker.FlowWorkerOptions.MaxContinuationBytes"/>).
/// The message names the limit, the flow and what to do.
/// </summary>
public sealed class FlowLimitExceededException : InvalidOperationException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="flowId">The flow.</param>
    /// <param name="limit">The name of the limit's option.</param>
    /// <param name="maximum">The limit's value.</param>
    /// <param name="message">What was refused and what to do.</param>
    public FlowLimitExceededException(FlowId flowId, string limit, long maximum, string message)
        : base(message)
    {
        FlowId = flowId;
        Limit = limit;
        Maximum = maximum;
    }

    /// <summary>The flow.</summary>
    public FlowId FlowId { get; }

    /// <summary>The name of the limit's option, like <c>MaxBufferedSignals</c>.</summary>
    public string Limit { get; }

    /// <summary>The limit's value.</summary>
    public long Maximum { get; }
}
