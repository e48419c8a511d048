namespace Flowmetal.Execution;

/// <summary>
/// A suspended flow's whole stack: its woven frames, outermost (the flow's entry) first, and
/// what it waits for.
/// </summary>
public sealed class Continuation
{
    /// <summary>Creates a continuation.</summary>
    /// <param name="frames">The frames, outermost first.</param>
    /// <param name="request">What the flow waits for.</param>
    public Continuation(IReadOnlyList<Frame> frames, SuspensionRequest request)
    {
        Frames = frames;
        Request = request;
    }

    /// <summary>The frames, outermost (the flow's entry method) first.</summary>
    public IReadOnlyList<Frame> Frames { get; }

    /// <summary>What the flow waits for.</summary>
    public SuspensionRequest Request { get; }
}
