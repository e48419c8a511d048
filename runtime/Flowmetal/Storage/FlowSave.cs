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
}
