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
    /// Names of the methods the suspension points call (for a virtual or interface call, the name of
    /// the method it dispatches on), and <c>"*"</c> when one of them invokes a delegate (which may
    /// reach any woven method).
    /// </param>
    public WovenAttribute(Type frameType, string[] suspensionCallees)
    {
        FrameType = frameType;
        SuspensionCallees = suspensionCallees;
    }

    /// <summary>Names of the methods the suspension points call; <c>"*"</c> when a delegate invoked there may reach any woven method.</summary>
    public string[] SuspensionCallees { get; }

    /// <summary>
    /// True when the method reaches a suspension primitive without a delegate, virtual or interface
    /// call on the way (a constructor or iterator calling it is refused at build time); false when it
    /// suspends only if a callback or override it calls does.
    /// </summary>
    public bool SurelySuspends { get; set; }

    /// <summary>
    /// Names of methods called inside an exception filter that may reach woven code: a suspension
    /// cannot be kept there, so a woven frame found called under that name is refused
    /// (<c>"*"</c> for a delegate invoked there).
    /// </summary>
    public string[]? UnsuspendableCallees { get; set; }

    /// <summary>True when a suspension point of this method may call a method named <paramref name="name"/>.</summary>
    /// <param name="name">The name of the woven method found called on the stack.</param>
    public bool MayCall(string name)
    {
        if (Names(SuspensionCallees, name))
        {
            // Called by name at a suspension point; refused only if a filter calls the same name.
            return !Names(UnsuspendableCallees, name);
        }

        return Array.IndexOf(SuspensionCallees, "*") >= 0 && !Names(UnsuspendableCallees, name) &&
            (UnsuspendableCallees is null || Array.IndexOf(UnsuspendableCallees, "*") < 0);
    }

    /// <summary>True when <paramref name="name"/> is listed, or is an explicit implementation (<c>Ns.IFace.Name</c>) of a listed name.</summary>
    private static bool Names(string[]? names, string name)
    {
        if (names is null)
        {
            return false;
        }

        int dot = name.LastIndexOf('.');
        var simple = dot > 0 ? name.Substring(dot + 1) : name;
        return Array.IndexOf(names, name) >= 0 || Array.IndexOf(names, simple) >= 0;
    }

    /// <summary>The frame type generated for the method (an open generic for generic methods).</summary>
    public Type FrameType { get; }
}
