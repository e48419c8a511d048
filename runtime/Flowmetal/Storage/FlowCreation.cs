namespace Flowmetal.Storage;

/// <summary>A flow to create: its id and its entry call.</summary>
public sealed class FlowCreation
{
    /// <summary>The flow's id.</summary>
    public required FlowId Id { get; init; }

    /// <summary>The entry method's identity, for <see cref="FlowInfo.EntryMethod"/>.</summary>
    public required string EntryMethod { get; init; }

    /// <summary>The entry call (method, target and arguments), serialized.</summary>
    public required byte[] Entry { get; init; }

    /// <summary>The parent, for a child flow (<c>Flow.Start</c>); the store links the two so the parent's join and cancellation reach the child.</summary>
    public FlowId? Parent { get; init; }

    /// <summary>How long the flow may take from its creation before a <see cref="FlowTimeoutException"/> is delivered in it, or <see langword="null"/>.</summary>
    public TimeSpan? Timeout { get; init; }

    /// <summary>For a child: true when it runs on after its parent fails or is cancelled; false when it is cancelled with it.</summary>
    public bool Detached { get; init; }

    /// <summary>The W3C trace context (<c>traceparent</c>) the flow's spans continue, or <see langword="null"/>.</summary>
    public string? TraceParent { get; init; }
}
