using Flowmetal.Execution;

namespace Flowmetal.Versioning;

/// <summary>
/// A frame as an older build of its method stored it, handed to a <see cref="FlowUpgraderAttribute">flow upgrader</see>:
/// where it stopped and the values live there, by source name (locals and arguments by name, <c>this</c>; values
/// spilled from the evaluation stack as <c>stack:0</c>, <c>stack:1</c>...; locals the compiler made as <c>anon:0</c>...).
/// </summary>
public sealed class StoredFrame
{
    private readonly Dictionary<string, (SavedSlot Slot, StoredValue Value)> _values;
    private readonly Func<int?> _samePoint;
    private readonly string _noSamePoint;

    internal StoredFrame(
        string method, string bodyHash, string? build, int resumePoint, string pointKey,
        IEnumerable<(SavedSlot Slot, StoredValue Value)> values, Func<int?> samePoint, string noSamePoint)
    {
        Method = method;
        BodyHash = bodyHash;
        Build = build;
        ResumePoint = resumePoint;
        PointKey = pointKey;
        _values = values.ToDictionary(v => v.Slot.Name, StringComparer.Ordinal);
        _samePoint = samePoint;
        _noSamePoint = noSamePoint;
    }

    /// <summary>The woven method: <c>Namespace.Type::Method(ParameterTypes)</c>.</summary>
    public string Method { get; }

    /// <summary>The body hash of the build that stored the frame.</summary>
    public string BodyHash { get; }

    /// <summary>The build that stored the frame (<c>Assembly 1.0.0.0 (4d1c2a9e)</c>), when recorded.</summary>
    public string? Build { get; }

    /// <summary>The resume point in the old build, 1-based in instruction order.</summary>
    public int ResumePoint { get; }

    /// <summary>The key of the call the frame stopped at, with its ordinal: <c>Flowmetal.Flow::Checkpoint() #1</c>.</summary>
    public string PointKey { get; }

    /// <summary>The names of the values live at the point.</summary>
    public IReadOnlyCollection<string> Names => _values.Keys;

    /// <summary>Whether a value of that name was live at the point.</summary>
    /// <param name="name">A local's or argument's name, <c>this</c>, <c>stack:0</c> or <c>anon:0</c>.</param>
    /// <returns>True when the stored frame has it.</returns>
    public bool Has(string name) => _values.ContainsKey(name);

    /// <summary>The stored value of a local, an argument or <c>this</c>.</summary>
    /// <typeparam name="T">The type to read it as (its stored type, or one it converts to by a cast).</typeparam>
    /// <param name="name">A local's or argument's name, <c>this</c>, <c>stack:0</c> or <c>anon:0</c>.</param>
    /// <returns>The value.</returns>
    /// <exception cref="KeyNotFoundException">No value of that name was live at the point.</exception>
    /// <exception cref="InvalidCastException">The value is not a <typeparamref name="T"/>.</exception>
    public T Get<T>(string name)
    {
        if (!_values.TryGetValue(name, out var entry))
        {
            throw new KeyNotFoundException(
                $"The frame of {Method} stored at {PointKey} has no value '{name}'; it has: {string.Join(", ", _values.Keys)}.");
        }

        if (entry.Value.Problem is { } problem)
        {
            throw new FlowResumeException($"The value '{name}' of the frame of {Method} stored at {PointKey} cannot be read in this build: {problem}");
        }

        return entry.Value.Value is T typed || (entry.Value.Value is null && default(T) is null)
            ? (T)entry.Value.Value!
            : throw new InvalidCastException(
                $"The value '{name}' of the frame of {Method} is a {entry.Value.TypeName}, not a {typeof(T).FullName}.");
    }

    /// <summary>Resume at the point of this build that matches the stored one by key (the same call, as a compatible resume would).</summary>
    /// <returns>The resume, to add values to.</returns>
    /// <exception cref="FlowResumeException">No point of this build matches the stored one unambiguously.</exception>
    public FrameResume ResumeAtSamePoint() =>
        _samePoint() is { } point ? FrameResume.AtPoint(point) : throw new FlowResumeException(_noSamePoint);
}
