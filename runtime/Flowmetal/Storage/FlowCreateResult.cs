namespace Flowmetal.Storage;

/// <summary>What <see cref="IFlowStore.CreateAsync"/> found.</summary>
public sealed class FlowCreateResult
{
    /// <summary>True when the flow was created; false when a flow with the id already existed.</summary>
    public required bool Created { get; init; }

    /// <summary>The entry method of the flow with the id (the existing one's when not created).</summary>
    public required string EntryMethod { get; init; }
}
