namespace Flowmetal.Serialization;

/// <summary>
/// A value could not be stored or loaded: it cannot be persisted (a <c>Task</c>, a stream, a
/// socket, a delegate to code that is not woven), or a stored continuation names a type outside
/// the allow list. The message names the frame's method, the local and the type, and the fix.
/// </summary>
public sealed class FlowSerializationException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What failed, where, and what to do.</param>
    public FlowSerializationException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with its cause.</summary>
    /// <param name="message">What failed, where, and what to do.</param>
    /// <param name="inner">The cause.</param>
    public FlowSerializationException(string message, Exception? inner)
        : base(message, inner)
    {
    }

    internal FlowSerializationException(string message, Type? valueType, string? path, string? reason, Exception? inner = null)
        : base(message, inner)
    {
        ValueType = valueType;
        Path = path;
        Reason = reason;
    }

    /// <summary>The type of the value that could not be stored or loaded, when known.</summary>
    public Type? ValueType { get; }

    /// <summary>Where in the stored graph the value was (<c>Frames[1].Frame['&lt;&gt;l3_total']</c>), when known.</summary>
    public string? Path { get; }

    /// <summary>The woven method whose frame held the value, when known.</summary>
    public string? Method { get; internal init; }

    /// <summary>The frame field holding the value: <c>&lt;&gt;l3_total</c> is local 3 named total, <c>&lt;&gt;a_id</c> the argument id.</summary>
    public string? Member { get; internal init; }

    internal string? Reason { get; }

    /// <summary>The same error, its message prefixed (with the flow's id), keeping where it happened.</summary>
    internal FlowSerializationException Prefixed(string prefix) =>
        new(prefix + Message, ValueType, Path, Reason, this) { Method = Method, Member = Member };
}
