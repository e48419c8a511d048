namespace Flowmetal.Fixtures.Support;

/// <summary>
/// A case whose woven run must end with <see cref="Expected"/> (JSON of the result), because the
/// plain build cannot show the behaviour (the runtime refusing an unwoven frame, say).
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class WovenOnlyCaseAttribute : Attribute
{
    public WovenOnlyCaseAttribute(string expected)
        : this(expected, expected)
    {
    }

    /// <summary>Different outcomes per build, when the JIT's optimizations are the point.</summary>
    public WovenOnlyCaseAttribute(string debugExpected, string releaseExpected)
    {
        DebugExpected = debugExpected;
        ReleaseExpected = releaseExpected;
    }

    public string DebugExpected { get; }

    public string ReleaseExpected { get; }
}
