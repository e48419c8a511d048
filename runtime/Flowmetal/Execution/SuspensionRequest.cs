namespace Flowmetal.Execution;

/// <summary>What a suspended flow waits for before it may resume.</summary>
public abstract class SuspensionRequest
{
    private protected SuspensionRequest()
    {
    }

    /// <summary>A short human-readable description, used in <c>FlowInfo</c> and errors.</summary>
    public abstract string Describe();
}

/// <summary>The flow made its state durable and may continue at once (<see cref="Flow.Checkpoint"/>).</summary>
public sealed class CheckpointRequest : SuspensionRequest
{
    /// <inheritdoc />
    public override string Describe() => "checkpoint";
}

/// <summary>The flow sleeps until <see cref="Due"/> (<see cref="Flow.Sleep"/>, <see cref="Flow.SleepUntil"/>).</summary>
public class TimerRequest : SuspensionRequest
{
    /// <summary>Creates the request.</summary>
    /// <param name="due">When the flow may resume.</param>
    public TimerRequest(DateTimeOffset due) => Due = due;

    /// <summary>When the flow may resume.</summary>
    public DateTimeOffset Due { get; }

    /// <inheritdoc />
    public override string Describe() => $"timer due {Due:O}";
}

/// <summary>The flow waits for the next signal named <see cref="Name"/> (<see cref="Flow.WaitForSignal{T}(string)"/>).</summary>
public sealed class SignalRequest : SuspensionRequest
{
    /// <summary>Creates the request.</summary>
    /// <param name="name">The signal's name.</param>
    /// <param name="payloadType">The type the flow expects the payload to have.</param>
    public SignalRequest(string name, Type payloadType)
        : this(name, payloadType, null)
    {
    }

    /// <summary>Creates a request that gives up at <paramref name="due"/>.</summary>
    /// <param name="name">The signal's name.</param>
    /// <param name="payloadType">The type the flow expects the payload to have.</param>
    /// <param name="due">When the wait times out, or <see langword="null"/> to wait forever.</param>
    public SignalRequest(string name, Type payloadType, DateTimeOffset? due)
    {
        Name = name;
        PayloadType = payloadType;
        Due = due;
    }

    /// <summary>The signal's name.</summary>
    public string Name { get; }

    /// <summary>The type the flow expects the payload to have.</summary>
    public Type PayloadType { get; }

    /// <summary>When the wait times out (<see cref="Flow.WaitForSignal{T}(string, TimeSpan)"/>), or <see langword="null"/>.</summary>
    public DateTimeOffset? Due { get; }

    /// <inheritdoc />
    public override string Describe() => $"signal '{Name}' ({PayloadType?.Name})" + (Due is { } due ? $" until {due:O}" : string.Empty);
}
