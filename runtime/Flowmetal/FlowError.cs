namespace Flowmetal;

/// <summary>Why a flow failed: the exception that escaped its entry method, or why it could not resume.</summary>
public sealed class FlowError
{
    /// <summary>The exception's type, full name.</summary>
    public required string Type { get; init; }

    /// <summary>The exception's message.</summary>
    public required string Message { get; init; }

    /// <summary>The exception's stack trace where it was thrown inside the flow, or <see langword="null"/>.</summary>
    public string? StackTrace { get; init; }

    /// <summary>Describes an exception.</summary>
    /// <param name="error">The exception.</param>
    /// <returns>Its type, message and stack trace.</returns>
    public static FlowError From(Exception error)
    {
        ArgumentNullException.ThrowIfNull(error);
        var trace = error.StackTrace;
        if (error.InnerException is { } inner)
        {
            trace = (trace ?? string.Empty) + Environment.NewLine + "--- inner: " + inner.GetType().FullName + ": " + inner.Message +
                Environment.NewLine + inner.StackTrace;
        }

        return new FlowError { Type = error.GetType().FullName ?? error.GetType().Name, Message = error.Message, StackTrace = trace };
    }

    /// <inheritdoc />
    public override string ToString() => $"{Type}: {Message}";
}
