namespace Flowmetal;

/// <summary>
/// Base of the exceptions the runtime delivers into a flow to stop it (cancellation, timeout).
/// Retry policies never retry them.
/// </summary>
public abstract class FlowInterruptedException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">Why the flow is interrupted.</param>
    protected FlowInterruptedException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with its cause.</summary>
    /// <param name="message">Why the flow is interrupted.</param>
    /// <param name="inner">The cause.</param>
    protected FlowInterruptedException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
