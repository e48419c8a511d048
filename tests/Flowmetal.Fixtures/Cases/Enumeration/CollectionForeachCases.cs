using Flowmetal.Fixtures.Support;

namespace Flowmetal.Fixtures.Cases.Enumeration;

/// <summary>foreach over BCL collections with a suspension in the body: the enumerator continues where it was.</summary>
public static class CollectionForeachCases
{
    private static int Next()
    {
        int v = Flow.WaitForSignal<int>("v");
        Trace.Log("next " + v);
        return v;
    }

    [Case]
    public static string ForeachOverList()
    {
        var list = new List<int> { 1, 2, 3, 4 };
        var sum = 0;
        foreach (var x in list)
        {
            Flow.Checkpoint();
            sum += x * Next();
            Trace.Log("item " + x);
        }

        return sum.ToString();
    }

    [Case]
    public static string ForeachOverListOfReferencesAndStructs()
    {
        var people = new List<Person> { new("a", 1), new("b", 2) };
        var vecs = new List<Vec> { new(1, 1), new(2, 2), new(3, 3) };
        var log = new List<string>();
        foreach (var p in people)
        {
            Flow.Checkpoint();
            p.Tags.Add("seen");
            foreach (var v in vecs)
            {
                if (v.X == 2)
                {
                    Flow.Checkpoint();
                    continue;
                }

                log.Add(p.Name + v.X);
            }
        }

        return string.Join(",", log) + "|" + people[1].Tags.Count;
    }

    [Case]
    public static string ForeachOverDictionary()
    {
        var dict = new Dictionary<string, int> { ["one"] = 1, ["two"] = 2, ["three"] = 3 };
        var log = new List<string>();
        foreach (var kv in dict)
        {
            Flow.Checkpoint();
            log.Add(kv.Key + "=" + (kv.Value + Next()));
        }

        foreach (var key in dict.Keys)
        {
            Flow.Checkpoint();
            log.Add(key.Length.ToString());
        }

        foreach (var value in dict.Values)
        {
            log.Add("v" + value + Next());
        }

        return string.Join(",", log);
    }

    [Case]
    public static string ForeachOverDictionaryWithIntKeysAndRemovalsBefore()
    {
        var dict = new Dictionary<int, string>();
        for (int i = 0; i < 6; i++)
        {
            dict[i] = "v" + i;
        }

        dict.Remove(1);
        dict.Remove(4);
        dict[10] = "ten";
        var log = new List<string>();
        foreach (var kv in dict)
        {
            Flow.Checkpoint();
            log.Add(kv.Key + kv.Value);
        }

        return string.Join(",", log);
    }

    [Case]
    public static string ForeachOverHashSet()
    {
        var set = new HashSet<string> { "x", "y", "z" };
        set.Remove("y");
        set.Add("w");
        var log = new List<string>();
        foreach (var s in set)
        {
            Flow.Checkpoint();
            log.Add(s + Next());
        }

        var ints = new HashSet<int> { 5, 3, 8 };
        int total = 0;
        foreach (var i in ints)
        {
            total += i * Next();
        }

        return string.Join(",", log) + "|" + total;
    }

    [Case]
    public static string ForeachOverHashSetOfStrings()
    {
        var set = new HashSet<string> { "x", "y", "z" };
        var log = new List<string>();
        foreach (var s in set)
        {
            Flow.Checkpoint();
            log.Add(s);
        }

        return string.Join(",", log);
    }

    [Case]
    public static string ForeachWithBreakAndNestedCollections()
    {
        var outer = new List<List<int>> { new() { 1, 2, 3 }, new() { 4, 5 }, new() { 6 } };
        var log = new List<string>();
        foreach (var inner in outer)
        {
            foreach (var x in inner)
            {
                Flow.Checkpoint();
                if (x == 2)
                {
                    break;
                }

                log.Add(x.ToString());
            }

            if (inner.Count == 2)
            {
                Flow.Checkpoint();
                break;
            }
        }

        return string.Join(",", log);
    }

    [Case]
    public static string ListModifiedThroughIndexerBeforeForeach()
    {
        var list = new List<int> { 1, 2, 3 };
        list[0] = 10;
        list.RemoveAt(2);
        list.Add(7);
        int sum = 0;
        foreach (var x in list)
        {
            Flow.Checkpoint();
            sum += x;
        }

        return sum.ToString();
    }

    [Case]
    public static string ExplicitEnumeratorHeldInALocal()
    {
        var list = new List<string> { "a", "b", "c" };
        using var e = list.GetEnumerator();
        var log = new List<string>();
        while (e.MoveNext())
        {
            Flow.Checkpoint();
            log.Add(e.Current);
        }

        IEnumerable<int> seq = new List<int> { 7, 8 };
        using var boxed = seq.GetEnumerator();
        while (boxed.MoveNext())
        {
            log.Add(boxed.Current + "" + Next());
        }

        return string.Join(",", log);
    }

    [Case]
    public static string ForeachOverQueueAndStack()
    {
        var queue = new Queue<int>(new[] { 1, 2, 3 });
        queue.Dequeue();
        queue.Enqueue(4);
        var stack = new Stack<string>(new[] { "a", "b" });
        var log = new List<string>();
        foreach (var q in queue)
        {
            Flow.Checkpoint();
            log.Add("q" + q);
        }

        foreach (var s in stack)
        {
            Flow.Checkpoint();
            log.Add("s" + s);
        }

        return string.Join(",", log);
    }
}
