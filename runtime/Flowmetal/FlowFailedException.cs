namespace Flowmetal;

/// <summary>
/// The flow whose result was awaited failed: an exception escaped its entry method, or it could
/// not be resumed. Carries the original exception's type, message and stack trace as recorded.
/// </summary>
public sealed class FlowFailedException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="id">The failed flow.</param>
    /// <param name="error">Why it failed.</param>
    public FlowFailedException(FlowId id, FlowError error)
        : base($"Flow {id} failed with {error.Type}: {error.Message}")
    {
        ArgumentNullException.ThrowIfNull(error);
        FlowId = id;
        Error = error;
    }

    /// <summary>The failed flow.</summary>
    public FlowId FlowId { get; }

    /// <summary>Why it failed.</summary>
    public FlowError Error { get; }

    /// <summary>The type of the exception that failed the flow, full name.</summary>
    public string ErrorType => Error.Type;

    /// <summary>The message of the exception that failed the flow.</summary>
    public string ErrorMessage => Error.Message;

    /// <summary>The stack trace of the exception that failed the flow, inside the flow.</summary>
    public string? ErrorStackTrace => Error.StackTrace;
}
