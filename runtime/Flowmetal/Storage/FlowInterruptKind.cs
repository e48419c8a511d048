namespace Flowmetal.Storage;

/// <summary>What a worker must deliver inside a flow before it runs it on.</summary>
public enum FlowInterruptKind
{
    /// <summary>Nothing: resume normally.</summary>
    None = 0,

    /// <summary>Cancellation was asked for: throw a <see cref="FlowCancelledException"/> at the suspension point.</summary>
    Cancelled = 1,

    /// <summary>The flow's timeout elapsed: throw a <see cref="FlowTimeoutException"/> at the suspension point.</summary>
    TimedOut = 2,
}
