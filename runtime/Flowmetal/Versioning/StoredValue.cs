namespace Flowmetal.Versioning;

/// <summary>
/// A value of a stored frame whose method changed, read with the type it was declared with when stored
/// (<see cref="Declared"/>, null when that type no longer loads: <see cref="Problem"/> says why).
/// </summary>
internal sealed class StoredValue
{
    public StoredValue(string typeName, Type? declared, string? problem)
    {
        TypeName = typeName;
        Declared = declared;
        Problem = problem;
    }

    public string TypeName { get; }

    public Type? Declared { get; }

    public string? Problem { get; }

    /// <summary>Set once the document is loaded (a value built last, a hash set, is put here then).</summary>
    public object? Value { get; set; }
}
