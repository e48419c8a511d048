using Flowmetal.Fixtures.Support;

namespace Flowmetal.Fixtures.Cases.Enumeration;

/// <summary>foreach with a suspending body over SortedDictionary, LinkedList and a LINQ pipeline: their enumerators survive.</summary>
public static class BclCollectionForeachCases
{
    [Case]
    public static string SortedDictionaryHeld()
    {
        var sorted = new SortedDictionary<int, string> { [3] = "c", [1] = "a" };
        Flow.Checkpoint();
        var log = new List<string>();
        foreach (var kv in sorted)
        {
            Flow.Checkpoint();
            log.Add(kv.Key + kv.Value);
        }

        return string.Join(",", log);
    }

    [Case]
    public static string LinkedListForeach()
    {
        var list = new LinkedList<int>(new[] { 1, 2, 3 });
        var log = "";
        foreach (var x in list)
        {
            Flow.Checkpoint();
            log += x;
        }

        return log;
    }

    [Case]
    public static string LinqIteratorHeldAcrossSuspension()
    {
        var list = new List<int> { 1, 2, 3, 4 };
        var log = "";
        foreach (var x in list.Where(v => v % 2 == 0).Select(v => v * 10))
        {
            Flow.Checkpoint();
            log += x;
        }

        return log;
    }
}
