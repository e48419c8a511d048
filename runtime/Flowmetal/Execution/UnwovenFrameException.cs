namespace Flowmetal.Execution;

/// <summary>
/// A flow tried to suspend through a method that is not woven: that frame could be neither saved
/// nor restored, so the suspension is refused before any code runs on with a default value.
/// </summary>
public sealed class UnwovenFrameException : InvalidOperationException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="frame">The unwoven method, as <c>Namespace.Type.Method</c>.</param>
    /// <param name="message">What happened and how to fix it.</param>
    public UnwovenFrameException(string frame, string message)
        : base(message) => Frame = frame;

    /// <summary>The unwoven method between the suspension and the flow's entry.</summary>
    public string Frame { get; }
}
