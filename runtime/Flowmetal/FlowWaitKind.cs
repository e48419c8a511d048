namespace Flowmetal;

/// <summary>What a suspended flow waits for.</summary>
public enum FlowWaitKind
{
    /// <summary>Nothing: it checkpointed and may run on at once.</summary>
    Checkpoint = 0,

    /// <summary>A durable timer (<see cref="Flow.Sleep"/>, <see cref="Flow.SleepUntil"/>, a retry's backoff).</summary>
    Timer = 1,

    /// <summary>A signal (<see cref="Flow.WaitForSignal{T}(string)"/>).</summary>
    Signal = 2,

    /// <summary>A child flow to finish.</summary>
    Child = 3,
}
