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
}
