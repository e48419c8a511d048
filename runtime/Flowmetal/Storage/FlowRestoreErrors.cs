namespace Flowmetal.Storage;

/// <summary>Why a retry or a rewind was refused, worded the same by every store.</summary>
internal static class FlowRestoreErrors
{
    public static InvalidOperationException NotFailed(FlowId id, FlowStatus status) => new(
        $"Flow {id} is {status}, not Failed: only a failed flow can be retried. To make a flow resume from an earlier checkpoint, " +
        $"rewind it (see its checkpoints with 'flowmetal history {id}', then 'flowmetal rewind {id} <n>').");

    public static InvalidOperationException Running(FlowId id, string? worker) => new(
        $"Flow {id} is running{(string.IsNullOrEmpty(worker) ? string.Empty : $" on worker {worker}")}: a flow can be rewound while it waits or once " +
        "it has ended, never under a worker's feet. Wait until it suspends, or cancel it first.");

    public static InvalidOperationException NoCheckpoint(FlowId id, int number, IReadOnlyCollection<int> kept, int depth) => new(
        $"Flow {id} has no stored checkpoint {number}: " +
        (kept.Count == 0 ? "the store keeps none of its continuations" : $"the store keeps {string.Join(", ", kept.OrderByDescending(n => n).Select(n => "#" + n))}") +
        $" ({nameof(FlowStoreLimits)}.{nameof(FlowStoreLimits.KeptContinuations)} = {depth}). See them with 'flowmetal history {id}'.");

    public static InvalidOperationException EffectsPending(FlowId id) => new(
        $"Flow {id} has ended, and its end is still being reported to its parent or its children: try again in a moment.");

    public static FlowDamagedException Damaged(FlowId id, string damage) => new(
        id.Value, $"Flow {id}'s stored record is damaged: {damage}. It cannot be retried or rewound; a worker that claims it ends it failed.");
}
