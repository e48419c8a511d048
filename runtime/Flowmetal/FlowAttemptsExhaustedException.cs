namespace Flowmetal;

/// <summary>
/// A flow's step was attempted <see cref="Worker.FlowWorkerOptions.MaxStepAttempts"/> times without finishing: its
/// state could not be loaded or stored, or each attempt's worker died or lost its lease (a step that crashes its
/// process, exhausts its memory, or outlives its lease). The flow ends failed with this error, which names the last
/// attempt's cause, so that no worker runs it forever.
/// </summary>
public sealed class FlowAttemptsExhaustedException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">The flow, the attempts and the last cause.</param>
    public FlowAttemptsExhaustedException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with the last attempt's error.</summary>
    /// <param name="message">The flow, the attempts and the last cause.</param>
    /// <param name="inner">The last attempt's error.</param>
    public FlowAttemptsExhaustedException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
