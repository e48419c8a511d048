namespace Flowmetal.Fixtures.Support;

/// <summary>Marks a parameterless static method as a differential case.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class CaseAttribute : Attribute
{
}
