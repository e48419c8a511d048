namespace Flowmetal;

/// <summary>What a flow waits for: a signal's name, a timer's due time, or a child flow.</summary>
public sealed class FlowWait
{
    /// <summary>What kind of wait it is.</summary>
    public required FlowWaitKind Kind { get; init; }

    /// <summary>The signal's name, for <see cref="FlowWaitKind.Signal"/>.</summary>
    public string? SignalName { get; init; }

    /// <summary>The payload type the flow expects (its full name), for <see cref="FlowWaitKind.Signal"/>.</summary>
    public string? PayloadType { get; init; }

    /// <summary>
    /// When the timer is due, for <see cref="FlowWaitKind.Timer"/>; when the wait times out, for a
    /// <see cref="FlowWaitKind.Signal"/> with a timeout.
    /// </summary>
    public DateTimeOffset? Due { get; init; }

    /// <summary>The child flow, for <see cref="FlowWaitKind.Child"/> (the first one when the flow joins several).</summary>
    public FlowId? Child { get; init; }

    /// <summary>Every child flow waited on, in join order, for <see cref="FlowWaitKind.Child"/>.</summary>
    public IReadOnlyList<FlowId> Children { get; init; } = Array.Empty<FlowId>();

    /// <summary>Whether all <see cref="Children"/> or any one must end, for <see cref="FlowWaitKind.Child"/>.</summary>
    public FlowJoinMode JoinMode { get; init; }

    /// <summary>The retried method (<c>Namespace.Type::Method</c>) when the timer is the wait between two attempts of a retry.</summary>
    public string? RetryOf { get; init; }

    /// <summary>The attempt that runs when the retry's timer fires, 1-based (2 after the first failure).</summary>
    public int? RetryAttempt { get; init; }

    /// <summary>The retry's attempts in all.</summary>
    public int? RetryMaxAttempts { get; init; }

    /// <summary>A human-readable description (<c>signal 'approved' (Boolean)</c>, <c>timer due ...</c>, <c>retry of X, attempt 2 of 5, due ...</c>, <c>child flow ...</c>).</summary>
    public string Description { get; init; } = string.Empty;

    /// <inheritdoc />
    public override string ToString() => Description;
}
