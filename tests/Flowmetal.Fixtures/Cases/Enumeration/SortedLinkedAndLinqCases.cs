using Flowmetal.Fixtures.Support;

namespace Flowmetal.Fixtures.Cases.Enumeration;

/// <summary>
/// SortedDictionary, SortedSet, LinkedList and LINQ iterators held across suspensions, with their
/// enumerators in a foreach (HashSet is in CollectionForeachCases).
/// </summary>
public static class SortedLinkedAndLinqCases
{
    private static int Next()
    {
        int v = Flow.WaitForSignal<int>("v");
        Trace.Log("next " + v);
        return v;
    }

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

    [Case]
    public static string SortedSetWithComparerAndViews()
    {
        var names = new SortedSet<string>(StringComparer.OrdinalIgnoreCase) { "b", "A", "c" };
        var log = "";
        foreach (var n in names)
        {
            Flow.Checkpoint();
            log += n;
        }

        names.Add("a");
        var sorted = new SortedDictionary<string, int>(StringComparer.Ordinal) { ["z"] = 1, ["y"] = 2, ["x"] = 3 };
        foreach (var k in sorted.Keys)
        {
            log += k + Next();
        }

        foreach (var v in sorted.Values)
        {
            Flow.Checkpoint();
            log += v;
        }

        sorted["w"] = 4;
        return log + "|" + names.Count + "|" + string.Join(",", sorted.Keys);
    }

    [Case]
    public static string SortedDictionaryModifiedDuringForeachStillThrows()
    {
        var sorted = new SortedDictionary<int, int> { [1] = 1, [2] = 2 };
        try
        {
            foreach (var kv in sorted)
            {
                Flow.Checkpoint();
                sorted[kv.Key + 10] = 0;
            }
        }
        catch (InvalidOperationException)
        {
            return "threw after " + sorted.Count;
        }

        return "no throw";
    }

    [Case]
    public static string LongLinkedListWithHeldNodes()
    {
        var list = new LinkedList<int>();
        for (int i = 0; i < 700; i++)
        {
            list.AddLast(i);
        }

        var middle = list.Find(350)!;
        var detached = new LinkedListNode<int>(-1);
        Flow.Checkpoint();
        list.AddAfter(middle, 1000);
        list.AddFirst(detached);
        int sum = 0;
        foreach (var x in list)
        {
            if (x % 100 == 0)
            {
                Flow.Checkpoint();
            }

            sum += x;
        }

        return sum + "," + list.Count + "," + ReferenceEquals(middle.List, list) + "," + middle.Next!.Value + "," + list.First!.Value;
    }

    [Case]
    public static string LinkedListModifiedDuringForeachStillThrows()
    {
        var list = new LinkedList<string>(new[] { "a", "b" });
        try
        {
            foreach (var s in list)
            {
                Flow.Checkpoint();
                list.AddLast(s + "!");
            }
        }
        catch (InvalidOperationException)
        {
            return "threw after " + list.Count;
        }

        return "no throw";
    }

    [Case]
    public static string LinqOverArraysAndOrdering()
    {
        int[] numbers = { 5, 1, 4, 2, 3 };
        int offset = 100;
        var log = "";
        foreach (var x in numbers.Where(n => n > 1).Select(n => n + offset))
        {
            log += x + ",";
            offset += Next();
        }

        foreach (var x in numbers.OrderBy(n => n).Skip(1).Take(3))
        {
            Flow.Checkpoint();
            log += x;
        }

        foreach (var x in new List<int> { 1, 1, 2, 3, 3 }.Distinct())
        {
            Flow.Checkpoint();
            log += x;
        }

        var query = numbers.Select(n => n * 2);
        Flow.Checkpoint();
        return log + "|" + string.Join(",", query);
    }
}
