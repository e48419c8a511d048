namespace Flowmetal;

/// <summary>
/// One of a flow's stored continuations as the store keeps them (<c>FlowStoreLimits.KeptContinuations</c>): where the flow
/// was suspended and what it held then. <c>FlowClient.RewindAsync</c> makes the flow resume from it.
/// </summary>
public sealed class FlowCheckpoint
{
    /// <summary>The checkpoint's number: the flow's suspension count when it was stored (the first suspension is 1). Numbers only grow.</summary>
    public required int Number { get; init; }

    /// <summary>When it was stored.</summary>
    public required DateTimeOffset SavedAt { get; init; }

    /// <summary>What the flow waited for there.</summary>
    public required FlowWait Wait { get; init; }

    /// <summary>The suspended stack, innermost frame first, each frame with its locals.</summary>
    public IReadOnlyList<FlowStackFrame> Stack { get; init; } = Array.Empty<FlowStackFrame>();

    /// <summary>The checkpoint this one was put back from by a rewind or a retry, or <see langword="null"/> for one the flow stored itself.</summary>
    public int? RestoredFrom { get; init; }

    /// <inheritdoc />
    public override string ToString() => $"#{Number} {SavedAt:O} {Wait.Description}";
}
