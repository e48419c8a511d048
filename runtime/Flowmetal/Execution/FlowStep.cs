namespace Flowmetal.Execution;

/// <summary>How one run of a flow, from its start or a resume to its next stop, ended.</summary>
public abstract class FlowStep
{
    private protected FlowStep()
    {
    }
}

/// <summary>The flow's entry method returned.</summary>
public sealed class CompletedStep : FlowStep
{
    internal CompletedStep(object? result) => Result = result;

    /// <summary>What the entry method returned (<see langword="null"/> for <see langword="void"/>).</summary>
    public object? Result { get; }
}

/// <summary>The flow suspended: its stack is in <see cref="Continuation"/>.</summary>
public sealed class SuspendedStep : FlowStep
{
    internal SuspendedStep(Continuation continuation) => Continuation = continuation;

    /// <summary>The captured stack and what it waits for.</summary>
    public Continuation Continuation { get; }
}

/// <summary>An exception escaped the flow's entry method.</summary>
public sealed class FailedStep : FlowStep
{
    internal FailedStep(Exception error) => Error = error;

    /// <summary>The exception.</summary>
    public Exception Error { get; }
}
