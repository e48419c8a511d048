using Flowmetal.Fixtures.Support;

namespace Flowmetal.Fixtures.Cases.Enumeration;

/// <summary>User `yield return` iterators consumed by woven code with suspensions in the loop body.</summary>
public static class IteratorCases
{
    private static IEnumerable<int> Range(int from, int count)
    {
        for (int i = 0; i < count; i++)
        {
            yield return from + i;
        }
    }

    private static IEnumerable<string> WithState(string prefix)
    {
        int n = 0;
        yield return prefix + n++;
        yield return prefix + n++;
        if (prefix.Length > 1)
        {
            yield break;
        }

        yield return prefix + n;
    }

    private static IEnumerable<int> WithFinally(List<string> log)
    {
        try
        {
            yield return 1;
            yield return 2;
            yield return 3;
        }
        finally
        {
            log.Add("iterator finally");
            Trace.Log("iterator finally");
        }
    }

    [Case]
    public static string ForeachOverAnIterator()
    {
        int sum = 0;
        foreach (var x in Range(10, 4))
        {
            Flow.Checkpoint();
            sum += x * Flow.WaitForSignal<int>("w");
        }

        return sum.ToString();
    }

    [Case]
    public static string IteratorStateAndYieldBreak()
    {
        var log = new List<string>();
        foreach (var s in WithState("p"))
        {
            Flow.Checkpoint();
            log.Add(s);
        }

        foreach (var s in WithState("pq"))
        {
            Flow.Checkpoint();
            log.Add(s);
        }

        return string.Join(",", log);
    }

    [Case]
    public static string IteratorFinallyRunsOnceWhenTheLoopBreaksAfterResume()
    {
        var log = new List<string>();
        foreach (var x in WithFinally(log))
        {
            Flow.Checkpoint();
            log.Add("x" + x);
            if (x == 2)
            {
                break;
            }
        }

        return string.Join(",", log);
    }

    [Case]
    public static string NestedIteratorsAndInstanceIterators()
    {
        var bag = new Bag(new[] { 3, 1, 2 });
        var log = new List<string>();
        foreach (var a in bag.Sorted())
        {
            foreach (var b in Range(0, a))
            {
                Flow.Checkpoint();
                log.Add(a + ":" + b);
            }
        }

        return string.Join(",", log);
    }

    public sealed class Bag
    {
        private readonly int[] _items;

        public Bag(int[] items) => _items = items;

        public IEnumerable<int> Sorted()
        {
            var copy = (int[])_items.Clone();
            Array.Sort(copy);
            foreach (var x in copy)
            {
                yield return x;
            }
        }
    }

    [Case]
    public static string IteratorsUsedWithoutSuspensionStillWork()
    {
        var materialized = Range(1, 5).Where(x => x % 2 == 1).Select(x => x * 10).ToList();
        Flow.Checkpoint();
        return string.Join(",", materialized) + "|" + WithState("z").Count();
    }

    [Case]
    public static string CustomEnumerableWithStructEnumerator()
    {
        var ring = new Ring(4);
        int sum = 0;
        foreach (var x in ring)
        {
            Flow.Checkpoint();
            sum = sum * 10 + x;
        }

        return sum.ToString();
    }

    public sealed class Ring
    {
        private readonly int _count;

        public Ring(int count) => _count = count;

        public Enumerator GetEnumerator() => new(_count);

        public struct Enumerator
        {
            private readonly int _count;
            private int _index;

            public Enumerator(int count)
            {
                _count = count;
                _index = -1;
            }

            public readonly int Current => (_index * 3 % _count) + 1;

            public bool MoveNext() => ++_index < _count;
        }
    }
}
