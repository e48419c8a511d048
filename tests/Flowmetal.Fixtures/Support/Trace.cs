namespace Flowmetal.Fixtures.Support;

/// <summary>
/// The side-effect log of a fixture run. Lives outside the flow (a static), like a database
/// write would: it must show each effect exactly once, whether or not the run was suspended.
/// </summary>
public static class Trace
{
    private static readonly List<string> Entries = new();

    public static void Log(string entry) => Entries.Add(entry);

    public static void Log(object? value) => Entries.Add(value?.ToString() ?? "null");

    public static List<string> Take()
    {
        var copy = new List<string>(Entries);
        Entries.Clear();
        return copy;
    }
}
