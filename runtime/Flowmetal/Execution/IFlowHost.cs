namespace Flowmetal.Execution;

/// <summary>
/// What a running flow asks of the worker that runs it without suspending: start a child flow,
/// cancel one. Set on the <see cref="FlowExecution"/> by the worker; absent when a flow runs
/// without a worker (then <see cref="Flow.Start{T}(System.Linq.Expressions.Expression{Func{T}}, TimeSpan?, bool)"/> refuses).
/// </summary>
internal interface IFlowHost
{
    /// <summary>The running flow.</summary>
    FlowId FlowId { get; }

    /// <summary>Starts (or finds, when the flow runs this code again after a crash) a child flow and returns its id.</summary>
    FlowId StartChild(EntryCall entry, TimeSpan? timeout, bool detached);

    /// <summary>Asks a flow to stop: it gets a <see cref="FlowCancelledException"/> at its current or next suspension.</summary>
    void Cancel(FlowId flow, string reason);
}
