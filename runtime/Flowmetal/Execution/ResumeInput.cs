namespace Flowmetal.Execution;

/// <summary>What the suspension primitive hands back to the flow when it resumes.</summary>
public readonly struct ResumeInput
{
    private ResumeInput(object? value, Exception? error)
    {
        Value = value;
        Error = error;
    }

    /// <summary>The value the primitive returns (a signal's payload), or <see langword="null"/>.</summary>
    public object? Value { get; }

    /// <summary>An exception the primitive throws inside the flow instead of returning.</summary>
    public Exception? Error { get; }

    /// <summary>Resume by returning <paramref name="value"/> from the primitive.</summary>
    /// <param name="value">The value, typically a signal's payload.</param>
    public static ResumeInput WithValue(object? value) => new(value, null);

    /// <summary>Resume by throwing <paramref name="error"/> from the primitive.</summary>
    /// <param name="error">The exception thrown inside the flow at its suspension point.</param>
    public static ResumeInput WithError(Exception error) => new(null, error);

    /// <summary>Resume with no value (a checkpoint or an elapsed timer).</summary>
    public static ResumeInput None => default;
}
