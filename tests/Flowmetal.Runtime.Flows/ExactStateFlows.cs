using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Globalization;
using System.Text;

namespace Flowmetal.Runtime.Flows;

/// <summary>
/// Ordinary business code holding values across <c>Flow.WaitForSignal</c>, one flow per kind of
/// state that once came back different after a resume from stored bytes. Each result spells out
/// what the code observes after the wait (identity, branch taken, state of the object), so a
/// resume that loses anything changes the string.
/// </summary>
public static class ExactStateFlows
{
    /// <summary>A sentinel, as libraries write them.</summary>
    private static readonly object Missing = new();

    /// <summary>A smart enum: instances compared by reference.</summary>
    public sealed class Status
    {
        public static readonly Status Active = new("active");
        public static readonly Status Closed = new("closed");

        private Status(string name) => Name = name;

        public string Name { get; }
    }

    public sealed class Node
    {
        public int Value;
        public Node? Next;
    }

    public static string DbNullCell()
    {
        object cell = DBNull.Value;
        object other = "x";
        Wait();
        return $"{cell == DBNull.Value}|{Convert.IsDBNull(cell)}|{other == DBNull.Value}";
    }

    public static string SentinelObject()
    {
        object value = Missing;
        object found = new StringBuilder("found");
        Wait();
        return $"{ReferenceEquals(value, Missing)}|{ReferenceEquals(found, Missing)}";
    }

    public static string SmartEnumBranch()
    {
        var status = Status.Active;
        Wait();
        if (status == Status.Active)
        {
            return "active branch|" + status.Name;
        }

        return "WRONG branch|" + status.Name;
    }

    public static string EmptyArrayIdentity()
    {
        int[] none = Array.Empty<int>();
        string[] noText = Array.Empty<string>();
        Wait();
        return $"{ReferenceEquals(none, Array.Empty<int>())}|{ReferenceEquals(noText, Array.Empty<string>())}";
    }

    public static string PlainObject()
    {
        object gate = new();
        object again = gate;
        Wait();
        Flow.Checkpoint();
        lock (gate)
        {
            return $"{gate.GetType().FullName}|{ReferenceEquals(gate, again)}";
        }
    }

    public static string ExceptionData()
    {
        Exception error;
        try
        {
            throw new InvalidOperationException("boom");
        }
        catch (InvalidOperationException caught)
        {
            caught.Data["k"] = 1;
            caught.Data["order"] = "A-7";
            error = caught;
        }

        Wait();
        return $"{error.Message}|{error.Data["k"]}|{error.Data["order"]}|{error.Data.Count}|{error.StackTrace?.Contains(nameof(ExceptionData), StringComparison.Ordinal)}";
    }

    public static string StringComparerLocal()
    {
        StringComparer comparer = StringComparer.OrdinalIgnoreCase;
        var byName = new Dictionary<string, int>(comparer) { ["Ada"] = 1 };
        Wait();
        return $"{ReferenceEquals(comparer, StringComparer.OrdinalIgnoreCase)}|{comparer.Equals("a", "A")}|{byName["ADA"]}|{ReferenceEquals(byName.Comparer, comparer)}";
    }

    public static string LinqGroupingInArray()
    {
        var grouping = new[] { 1, 2, 3, 4, 5 }.GroupBy(x => x % 2).First();
        var holder = new IEnumerable<int>[] { grouping };
        Wait();
        var group = (IGrouping<int, int>)holder[0];
        return $"{group.Key}|{string.Join(",", group)}";
    }

    public static string EmptyListOfTaskFactories()
    {
        var handlers = new List<Func<int, Task>>();
        Wait();
        handlers.Add(n => Task.CompletedTask);
        return $"{handlers.Count}";
    }

    public static string InterfaceTypeArguments()
    {
        var sequences = new List<IEnumerable<int>> { new[] { 1, 2 }, new List<int> { 3 }, new HashSet<int> { 4 } };
        var byKey = new Dictionary<string, ICollection<string>> { ["a"] = new List<string> { "x" }, ["b"] = new HashSet<string> { "y", "z" } };
        Wait();
        return $"{sequences.Sum(s => s.Sum())}|{byKey["a"].Count + byKey["b"].Count}|{byKey["b"].GetType().Name}";
    }

    public static string ArrayEnumerator()
    {
        IEnumerable<int> numbers = new[] { 10, 20, 30 };
        var cursor = numbers.GetEnumerator();
        cursor.MoveNext();
        Wait();
        var seen = new List<int> { cursor.Current };
        while (cursor.MoveNext())
        {
            seen.Add(cursor.Current);
        }

        return string.Join(",", seen);
    }

    public static string LazyValues()
    {
        var created = new Lazy<string>(() => "made");
        _ = created.Value;
        int calls = 0;
        var pending = new Lazy<int>(() => ++calls * 10);
        Wait();
        return $"{created.IsValueCreated}|{created.Value}|{pending.IsValueCreated}|{pending.Value}|{calls}";
    }

    public static string SeededRandom()
    {
        var random = new Random(42);
        int first = random.Next(1000);
        Wait();
        return $"{first}|{random.Next(1000)}|{random.Next(1000)}|{random.NextDouble().ToString("R", CultureInfo.InvariantCulture)}";
    }

    public static string ComparerFromLambda()
    {
        var byLength = Comparer<string>.Create((a, b) => a.Length.CompareTo(b.Length));
        var words = new List<string> { "ccc", "a", "bb" };
        Wait();
        words.Sort(byLength);
        return string.Join(",", words);
    }

    public static string ImmutableCollections()
    {
        var list = ImmutableList.Create(1, 2, 3);
        var map = ImmutableDictionary.Create<string, int>(StringComparer.OrdinalIgnoreCase).Add("One", 1).Add("Two", 2);
        var empty = ImmutableList<string>.Empty;
        Wait();
        return $"{string.Join(",", list.Add(4))}|{map["ONE"] + map["two"]}|{ReferenceEquals(empty, ImmutableList<string>.Empty)}|{map.KeyComparer == StringComparer.OrdinalIgnoreCase}";
    }

    public static string ConcurrentDictionaryCounts()
    {
        var counts = new ConcurrentDictionary<string, int>();
        counts["apples"] = 3;
        counts.AddOrUpdate("pears", 1, (_, n) => n + 1);
        Wait();
        counts.AddOrUpdate("pears", 1, (_, n) => n + 1);
        return $"{counts["apples"]}|{counts["pears"]}|{counts.Count}";
    }

    public static string DelegatesToFrameworkMethods()
    {
        Func<string, int> parse = int.Parse;
        Func<double, double> root = Math.Sqrt;
        var collected = new List<int>();
        Action<int> add = collected.Add;
        Wait();
        add(parse("41") + 1);
        double nine = root(81);
        return $"{collected[0]}|{nine}";
    }

    public static string LongLinkedList()
    {
        Node? head = null;
        for (int i = 1; i <= 12_000; i++)
        {
            head = new Node { Value = i, Next = head };
        }

        Wait();
        long sum = 0;
        int count = 0;
        for (var node = head; node is not null; node = node.Next)
        {
            sum += node.Value;
            count++;
        }

        return $"{count}|{sum}";
    }

    public static string DeeplyNestedLists()
    {
        var root = new List<object>();
        var current = root;
        for (int i = 0; i < 30; i++)
        {
            var inner = new List<object> { i };
            current.Add(inner);
            current = inner;
        }

        Node? chain = null;
        for (int i = 0; i < 600; i++)
        {
            chain = new Node { Value = i, Next = chain };
        }

        Wait();
        int depth = 0;
        for (var level = root; level.Count > 0 && level[^1] is List<object> next; level = next)
        {
            depth++;
        }

        int length = 0;
        for (var node = chain; node is not null; node = node.Next)
        {
            length++;
        }

        return $"{depth}|{length}";
    }

    private static void Wait() => Flow.WaitForSignal<string>("go");
}
