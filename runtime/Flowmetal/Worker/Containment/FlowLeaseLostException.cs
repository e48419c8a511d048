namespace Flowmetal.Worker.Containment;

/// <summary>
/// Thrown inside a flow when its worker lost the lease in the middle of a step (another worker
/// claimed the flow after this one stalled): the step's work is dropped, and the flow goes on from
/// its last stored state on the other worker. Retry policies never retry it.
/// </summary>
internal sealed class FlowLeaseLostException : FlowInterruptedException
{
    public FlowLeaseLostException(FlowId flowId, string method)
        : base($"Flow {flowId} ({method}) lost its lease to another worker; this step's work is dropped and the flow goes on there from its last checkpoint.")
    {
    }
}
