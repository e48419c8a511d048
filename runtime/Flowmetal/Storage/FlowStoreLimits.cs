namespace Flowmetal.Storage;

/// <summary>
/// What one flow may hold in a store, so that no client and no flow can make the store or a worker
/// grow without bound. Each limit is enforced where it is crossed, with a <see cref="FlowLimitExceededException"/>
/// naming it; the same limits should be given to every store instance that shares the data.
/// </summary>
public sealed class FlowStoreLimits
{
    /// <summary>The limits used when none are given.</summary>
    public static FlowStoreLimits Default { get; } = new();

    /// <summary>
    /// The largest serialized signal payload a store accepts (<c>FlowClient.SignalAsync</c> refuses a larger
    /// one before sending it). Default: 1 MiB.
    /// </summary>
    public int MaxSignalPayloadBytes { get; init; } = 1024 * 1024;

    /// <summary>
    /// How many signals may wait in one flow's buffers (all names together) before the flow consumes them;
    /// a signal beyond it is refused. Default: 1,000.
    /// </summary>
    public int MaxBufferedSignals { get; init; } = 1000;

    /// <summary>
    /// How long a completed, failed or cancelled flow (its result or error) and its leftover signals stay in the
    /// store after it finished; then they are deleted, and <c>GetAsync</c> no longer finds the flow.
    /// <see langword="null"/> keeps finished flows forever. Keep it longer than the longest a parent joins a child
    /// after the child ended. Default: 7 days.
    /// </summary>
    public TimeSpan? FinishedFlowRetention { get; init; } = TimeSpan.FromDays(7);

    /// <summary>
    /// How many of a flow's last continuations the store keeps besides the current one's place in it, so that an operator can
    /// look at them (<c>FlowClient.GetHistoryAsync</c>) and make the flow resume from an earlier one (<c>FlowClient.RewindAsync</c>).
    /// Each is as large as the continuation was; they live with the flow and expire with it. 0 keeps none (a failed flow
    /// still keeps its last continuation, for <c>FlowClient.RetryAsync</c>). At most 100. Default: 5.
    /// </summary>
    public int KeptContinuations { get; init; } = 5;

    internal void Validate()
    {
        if (KeptContinuations is < 0 or > 100)
        {
            throw new ArgumentOutOfRangeException(nameof(KeptContinuations), KeptContinuations, "A store keeps 0 to 100 continuations of a flow.");
        }

        if (MaxSignalPayloadBytes < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxSignalPayloadBytes), MaxSignalPayloadBytes, "A signal payload may hold at least 1 byte.");
        }

        if (MaxBufferedSignals < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxBufferedSignals), MaxBufferedSignals, "A flow buffers at least 1 signal.");
        }

        if (FinishedFlowRetention is { } retention && retention < TimeSpan.FromMilliseconds(1))
        {
            throw new ArgumentOutOfRangeException(nameof(FinishedFlowRetention), retention, "The retention must be positive (null keeps finished flows forever).");
        }
    }

    internal void CheckPayload(FlowId id, string name, int length)
    {
        if (length > MaxSignalPayloadBytes)
        {
            throw new FlowLimitExceededException(
                id,
                nameof(MaxSignalPayloadBytes),
                MaxSignalPayloadBytes,
                $"The payload of signal '{name}' to flow {id} is {length:N0} bytes, more than the store accepts ({nameof(FlowStoreLimits)}.{nameof(MaxSignalPayloadBytes)} = " +
                $"{MaxSignalPayloadBytes:N0}); the signal was not sent. Send a reference to the data (a key, a URL) rather than the data, or raise the limit.");
        }
    }

    internal FlowLimitExceededException BufferFull(FlowId id, string name) => new(
        id,
        nameof(MaxBufferedSignals),
        MaxBufferedSignals,
        $"Flow {id} already has {MaxBufferedSignals:N0} signals buffered that it has not taken ({nameof(FlowStoreLimits)}.{nameof(MaxBufferedSignals)}); " +
        $"the signal '{name}' was not delivered. Check that the flow waits for the names it is sent, or raise the limit.");
}
