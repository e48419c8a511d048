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
}
