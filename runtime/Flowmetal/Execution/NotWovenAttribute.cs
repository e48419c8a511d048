namespace Flowmetal.Execution;

/// <summary>
/// Marks a method that FodyWeavers.xml selects but the weaver left as written, because its only
/// way to a suspension goes through code that is not woven (a method left out of the config, or a
/// framework method given a suspending lambda). Starting it as a flow names that code.
/// </summary>
[AttributeUsage(AttributeTargets.Method, Inherited = false)]
public sealed class NotWovenAttribute : Attribute
{
    /// <summary>Creates the marker.</summary>
    /// <param name="reason">What is in the way, and what to do about it.</param>
    public NotWovenAttribute(string reason) => Reason = reason;

    /// <summary>What is in the way, and what to do about it.</summary>
    public string Reason { get; }
}
