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
    /// <param name="suspensionCallees">
    /// Names of the methods the suspension points call, or <c>"*"</c> when one of them dispatches
    /// (a virtual, interface or delegate call that may reach any woven method).
    /// </param>
    public WovenAttribute(Type frameType, string[] suspensionCallees)
    {
        FrameType = frameType;
        SuspensionCallees = suspensionCallees;
    }

    /// <summary>Names of the methods the suspension points call; <c>"*"</c> when any woven method may be reached.</summary>
    public string[] SuspensionCallees { get; }

    /// <summary>True when a suspension point of this method may call a method named <paramref name="name"/>.</summary>
    /// <param name="name">The name of the woven method found called on the stack.</param>
    public bool MayCall(string name) => Array.IndexOf(SuspensionCallees, "*") >= 0 || Array.IndexOf(SuspensionCallees, name) >= 0;

    /// <summary>The frame type generated for the method (an open generic for generic methods).</summary>
    public Type FrameType { get; }
}
