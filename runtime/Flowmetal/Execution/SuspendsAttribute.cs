namespace Flowmetal.Execution;

/// <summary>
/// Marks a runtime primitive that suspends the calling flow (<see cref="Flow.Checkpoint"/>,
/// <see cref="Flow.WaitForSignal{T}(string)"/>, ...). The weaver treats every call to such a
/// method as a suspension point.
/// </summary>
[AttributeUsage(AttributeTargets.Method, Inherited = false)]
public sealed class SuspendsAttribute : Attribute
{
}
