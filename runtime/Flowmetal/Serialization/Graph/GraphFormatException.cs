namespace Flowmetal.Serialization.Graph;

/// <summary>
/// Stored data that does not have the shape Flowmetal writes (damaged, truncated or hand-edited).
/// Internal: <see cref="ContinuationSerializer"/> turns it into a <c>FlowResumeException</c> or a
/// <see cref="FlowSerializationException"/> that names what was being loaded.
/// </summary>
internal sealed class GraphFormatException : Exception
{
    public GraphFormatException(string message)
        : base(message)
    {
    }

    public GraphFormatException(string message, Exception? inner)
        : base(message, inner)
    {
    }
}
