namespace Flowmetal.Execution;

/// <summary>
/// A continuation cannot be resumed: it does not match the code that is loaded (a method on the
/// suspended stack changed), or it is damaged.
/// </summary>
public sealed class FlowResumeException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What does not match, naming the method.</param>
    public FlowResumeException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with its cause.</summary>
    /// <param name="message">What does not match, naming the method.</param>
    /// <param name="inner">The cause.</param>
    public FlowResumeException(string message, Exception inner)
        : base(message, inner)
    {
    }

    /// <summary>
    /// Set when the continuation cannot resume here because its code changed in this build (and neither a compatible
    /// resume nor an upgrader applies): the build it was stored by, which can resume it. The flow is not damaged; a
    /// worker leaves it for a worker of that build or fails it (<c>FlowWorkerOptions.IncompatibleFlows</c>).
    /// </summary>
    public string? NeedsBuild { get; init; }
}
