namespace Flowmetal.Storage;

/// <summary>What a worker asks <see cref="IFlowStore.ClaimAsync(FlowClaimRequest, CancellationToken)"/> for.</summary>
public sealed class FlowClaimRequest
{
    /// <summary>The claiming worker.</summary>
    public required string WorkerId { get; init; }

    /// <summary>At most this many flows.</summary>
    public required int MaxCount { get; init; }

    /// <summary>How long the leases last unless renewed.</summary>
    public required TimeSpan LeaseDuration { get; init; }

    /// <summary>
    /// Flows the worker still runs (their leases may have lapsed while a step ran long or the process was
    /// paused): never claimed again by it, so a worker never holds two claims on one flow. Another worker
    /// may still claim them once their lease has ended.
    /// </summary>
    public IReadOnlyCollection<FlowId> Running { get; init; } = Array.Empty<FlowId>();

    /// <summary>
    /// The largest continuation the worker loads, or <see langword="null"/> for any: a larger stored one is not handed
    /// over (a store may not even transfer it) but reported as <see cref="FlowLease.Damage"/>, for the worker to end the flow.
    /// </summary>
    public int? MaxContinuationBytes { get; init; }
}
