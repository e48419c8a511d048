namespace Flowmetal.Storage;

/// <summary>One kept continuation of a flow as a store returns it (<see cref="IFlowStore.GetHistoryAsync"/>): its bytes and what describes them.</summary>
public sealed class StoredCheckpoint
{
    /// <summary>The flow's suspension count when it was stored.</summary>
    public required int Number { get; init; }

    /// <summary>When it was stored.</summary>
    public required DateTimeOffset SavedAt { get; init; }

    /// <summary>What the flow waited for there.</summary>
    public required FlowWait Wait { get; init; }

    /// <summary>The suspended stack, innermost first, without locals.</summary>
    public required IReadOnlyList<FlowStackFrame> Stack { get; init; }

    /// <summary>The serialized continuation (as signed).</summary>
    public required byte[] Continuation { get; init; }

    /// <summary>The checkpoint this one was put back from by a rewind or a retry, or <see langword="null"/>.</summary>
    public int? RestoredFrom { get; init; }
}
