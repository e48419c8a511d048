namespace Flowmetal.Execution;

/// <summary>
/// Marks a method the weaver made suspendable. The runtime uses it to tell woven frames from
/// unwoven ones when it checks a stack at suspension.
/// </summary>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Constructor, Inherited = false)]
public sealed class WovenAttribute : Attribute
{
    /// <summary>Creates the marker.</summary>
    /// <param name="frameType">The frame type generated for the method.</param>
    /// <param name="suspensionCallRanges">
    /// Pairs of IL offsets in the woven body, [first, last]: from the start of the statement that
    /// makes each suspension-point call to the end of that call.
    /// </param>
    /// <param name="suspensionCallees">
    /// Names of the methods the suspension points call, or <c>"*"</c> when one of them dispatches
    /// (a virtual, interface or delegate call that may reach any woven method).
    /// </param>
    public WovenAttribute(Type frameType, int[] suspensionCallRanges, string[] suspensionCallees)
    {
        FrameType = frameType;
        SuspensionCallRanges = suspensionCallRanges;
        SuspensionCallees = suspensionCallees;
    }

    /// <summary>Names of the methods the suspension points call; <c>"*"</c> when any woven method may be reached.</summary>
    public string[] SuspensionCallees { get; }

    /// <summary>True when a suspension point of this method may call a method named <paramref name="name"/>.</summary>
    /// <param name="name">The name of the woven method found called on the stack.</param>
    public bool MayCall(string name) => Array.IndexOf(SuspensionCallees, "*") >= 0 || Array.IndexOf(SuspensionCallees, name) >= 0;

    /// <summary>The frame type generated for the method (an open generic for generic methods).</summary>
    public Type FrameType { get; }

    /// <summary>
    /// Pairs [first, last] of IL offsets around each suspension-point call. The runtime reports a
    /// frame's IL offset at statement granularity in optimized code, hence ranges: a woven frame
    /// found on the stack outside all of them was calling something that is not woven, possibly
    /// inlined into it by the JIT.
    /// </summary>
    public int[] SuspensionCallRanges { get; }

    /// <summary>True when <paramref name="ilOffset"/> lies in one of the suspension-call ranges.</summary>
    /// <param name="ilOffset">The IL offset the runtime reports for the frame.</param>
    public bool IsAtSuspensionCall(int ilOffset)
    {
        for (int i = 0; i + 1 < SuspensionCallRanges.Length; i += 2)
        {
            if (ilOffset >= SuspensionCallRanges[i] && ilOffset <= SuspensionCallRanges[i + 1])
            {
                return true;
            }
        }

        return false;
    }
}
