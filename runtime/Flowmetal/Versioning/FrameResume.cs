namespace Flowmetal.Versioning;

/// <summary>
/// What a <see cref="FlowUpgraderAttribute">flow upgrader</see> returns: the resume point of this build to go on at,
/// and values for the locals, arguments and <c>this</c> live there, by source name.
/// </summary>
public sealed class FrameResume
{
    private readonly Dictionary<string, object?> _values = new(StringComparer.Ordinal);

    private FrameResume(string? call, int ordinal, int? samePoint)
    {
        Call = call;
        Ordinal = ordinal;
        SamePoint = samePoint;
    }

    /// <summary>
    /// Resume at the <paramref name="ordinal"/>-th call (0-based, in source order) of the method to
    /// <paramref name="call"/>: <c>"Flow.WaitForSignal"</c>, <c>"Orders.Ship"</c>, or the full key an error names
    /// (<c>Flowmetal.Flow::WaitForSignal&lt;System.Boolean&gt;(System.String)("approved")</c>).
    /// </summary>
    /// <param name="call">The called method, as <c>Type.Method</c> or a full point key.</param>
    /// <param name="ordinal">Which of the calls that match, 0 for the first.</param>
    /// <returns>The resume, to add values to with <see cref="With"/>.</returns>
    public static FrameResume At(string call, int ordinal = 0)
    {
        ArgumentException.ThrowIfNullOrEmpty(call);
        ArgumentOutOfRangeException.ThrowIfNegative(ordinal);
        return new FrameResume(call, ordinal, null);
    }

    /// <summary>Resume at the call that matches the stored one by key, as a compatible resume would (the common case).</summary>
    /// <returns>The resume, to add values to with <see cref="With"/>.</returns>
    public static FrameResume AtSamePoint() => new(null, 0, SameAsStored);

    internal static FrameResume AtPoint(int point) => new(null, 0, point);

    /// <summary>Marks <see cref="AtSamePoint"/>: the point is found by key once the upgrader returns.</summary>
    internal const int SameAsStored = -1;

    /// <summary>Sets the value of a local or argument (by its source name) or of <c>"this"</c> at the resume point.</summary>
    /// <param name="name">The local's or argument's name, or <c>"this"</c>.</param>
    /// <param name="value">The value; it must be assignable to the local's type in this build.</param>
    /// <returns>This resume.</returns>
    public FrameResume With(string name, object? value)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        _values[name] = value;
        return this;
    }

    internal string? Call { get; }

    internal int Ordinal { get; }

    /// <summary>The 0-based point of this build matched by key, for <see cref="StoredFrame.ResumeAtSamePoint"/>.</summary>
    internal int? SamePoint { get; }

    internal IReadOnlyDictionary<string, object?> Values => _values;
}
