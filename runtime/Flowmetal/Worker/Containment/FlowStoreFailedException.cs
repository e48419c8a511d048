namespace Flowmetal.Worker.Containment;

/// <summary>
/// Thrown inside a flow when the store failed while the flow started or cancelled a child: the step cannot go on
/// consistently, so its work is dropped and the step is attempted again from the last checkpoint (an attempt of
/// <see cref="FlowWorkerOptions.MaxStepAttempts"/>). Retry policies never retry it.
/// </summary>
internal sealed class FlowStoreFailedException : FlowInterruptedException
{
    public FlowStoreFailedException(FlowId flowId, string method, string operation, Exception inner)
        : base($"Flow {flowId} ({method}): the store failed while the flow {operation} ({inner.GetType().Name}: {inner.Message}); the step runs again from its last checkpoint.", inner)
    {
    }
}
