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
    public WovenAttribute(Type frameType) => FrameType = frameType;

    /// <summary>The frame type generated for the method (an open generic for generic methods).</summary>
    public Type FrameType { get; }
}
