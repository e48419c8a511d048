namespace Flowmetal.Fixtures.Support;

/// <summary>
/// A case whose woven run must end with <see cref="Expected"/> (JSON of the result), because the
/// plain build cannot show the behaviour (the runtime refusing an unwoven frame, say).
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class WovenOnlyCaseAttribute : Attribute
{
    public WovenOnlyCaseAttribute(string expected) => Expected = expected;

    public string Expected { get; }
}
