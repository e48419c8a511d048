namespace Flowmetal.Execution;

/// <summary>
/// Base class of the heap frames the weaver generates, one type per woven method, holding the
/// method's <c>this</c>, live arguments, live locals and spilled evaluation-stack values at a
/// suspension point.
/// </summary>
/// <remarks>Not meant to be derived from by hand; the weaver emits the subclasses.</remarks>
public abstract class Frame
{
    /// <summary>Which suspension point of the method the frame was captured at (1-based).</summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1051", Justification = "Woven IL stores and loads it directly (WovenContract.Members.FrameResumePoint), as it does the subclasses' fields.")]
    public int ResumePoint;
}
