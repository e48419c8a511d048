namespace Flowmetal.Fixtures.Support;

/// <summary>
/// The side-effect log of a fixture run. Lives outside the flow (a static), like a database
/// write would: it must show each effect exactly once, whether or not the run was suspended.
/// Per thread, because tests run in parallel and a flow step runs on one thread.
/// </summary>
public static class Trace
{
    [ThreadStatic]
    private static List<string>? t_entries;

    private static List<string> Entries => t_entries ??= new List<string>();

    public static void Log(string entry) => Entries.Add(entry);

    public static void Log(object? value) => Entries.Add(value?.ToString() ?? "null");

    public static int Count() => Entries.Count;

    public static List<string> Take()
    {
        var copy = new List<string>(Entries);
        Entries.Clear();
        return copy;
    }
}
