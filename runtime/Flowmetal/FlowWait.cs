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

    /// <summary>When the timer is due, for <see cref="FlowWaitKind.Timer"/>.</summary>
    public DateTimeOffset? Due { get; init; }

    /// <summary>The child flow, for <see cref="FlowWaitKind.Child"/>.</summary>
    public FlowId? Child { get; init; }

    /// <summary>A human-readable description (<c>signal 'approved' (Boolean)</c>, <c>timer due ...</c>).</summary>
    public string Description { get; init; } = string.Empty;

    /// <inheritdoc />
    public override string ToString() => Description;
}
