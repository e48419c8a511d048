namespace Flowmetal;

/// <summary>
/// A flow's stored record is damaged (a field a store or worker reads is missing or not what it should be:
/// an older deployment's bug, a hand edit, a bad write), so the flow cannot be shown or cannot run on. The
/// message names the flow and what is damaged. A worker that claims such a flow ends it
/// <see cref="FlowStatus.Failed"/> with this error; no other flow is affected.
/// </summary>
public sealed class FlowDamagedException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="flowId">The flow, as stored (it may not even be a valid id).</param>
    /// <param name="message">What is damaged.</param>
    public FlowDamagedException(string flowId, string message)
        : base(message)
    {
        FlowId = flowId;
    }

    /// <summary>The damaged flow's id as stored.</summary>
    public string FlowId { get; }
}
