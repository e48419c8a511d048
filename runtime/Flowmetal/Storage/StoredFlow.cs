namespace Flowmetal.Storage;

/// <summary>A flow's state as stored: what <see cref="FlowInfo"/> shows, and its result's bytes.</summary>
public sealed class StoredFlow
{
    /// <summary>The flow's state.</summary>
    public required FlowInfo Info { get; init; }

    /// <summary>The serialized result, once <see cref="FlowStatus.Completed"/>.</summary>
    public byte[]? Result { get; init; }

    /// <summary>The W3C trace context the flow's spans continue, or <see langword="null"/>.</summary>
    public string? TraceParent { get; init; }

    /// <summary>The stored continuation (as signed), when read with <see cref="IFlowStore.InspectAsync"/>; <see langword="null"/> otherwise.</summary>
    public byte[]? Continuation { get; init; }
}
