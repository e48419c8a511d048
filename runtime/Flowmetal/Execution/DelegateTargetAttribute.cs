namespace Flowmetal.Execution;

/// <summary>
/// Put by the weaver on every method of a woven assembly whose address the assembly's code takes
/// (a lambda, a local function, a method group): the methods a delegate in a stored flow may call.
/// A stored delegate to any other method of the assembly is refused when it is loaded, so data
/// written to the store cannot make a flow call a method its code never made a delegate of.
/// </summary>
[AttributeUsage(AttributeTargets.Method, Inherited = false)]
public sealed class DelegateTargetAttribute : Attribute
{
}
