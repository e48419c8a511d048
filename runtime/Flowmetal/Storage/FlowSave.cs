namespace Flowmetal.Storage;

/// <summary>A suspended flow to store: its continuation, its stack for display, and what it waits for.</summary>
public sealed class FlowSave
{
    /// <summary>The serialized continuation.</summary>
    public required byte[] Continuation { get; init; }

    /// <summary>The suspended stack, innermost first.</summary>
    public required IReadOnlyList<FlowStackFrame> Stack { get; init; }

    /// <summary>What the flow waits for (a <see cref="FlowWaitKind.Checkpoint"/> waits for nothing).</summary>
    public required FlowWait Wait { get; init; }

    /// <summary>
    /// Give the lease up even if the flow could run on at once (the worker is stopping): the flow
    /// becomes runnable for any worker.
    /// </summary>
    public bool Release { get; init; }

    /// <summary>The build whose code stored the continuation (see <see cref="FlowInfo.Build"/>), or <see langword="null"/> when unknown.</summary>
    public string? Build { get; init; }

    /// <summary>
    /// The descriptions of the frame types the continuation names by key, which a later build needs to resume it if their
    /// methods change. The store keeps each (by <see cref="FrameTypeDescription.Key"/>) before or with the continuation, for as
    /// long as any continuation may name it, and returns it from <see cref="IFlowStore.GetFrameTypeAsync"/>; a store may skip
    /// those it already keeps.
    /// </summary>
    public IReadOnlyList<FrameTypeDescription> FrameTypes { get; init; } = Array.Empty<FrameTypeDescription>();
}
