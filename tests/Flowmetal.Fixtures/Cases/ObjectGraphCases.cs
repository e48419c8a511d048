using Flowmetal.Fixtures.Support;

namespace Flowmetal.Fixtures.Cases;

public sealed class Key : IEquatable<Key>
{
    public Key(string name, int version)
    {
        Name = name;
        Version = version;
    }

    public string Name { get; }

    public int Version { get; }

    public bool Equals(Key? other) => other is not null && string.Equals(Name, other.Name, StringComparison.OrdinalIgnoreCase) && Version == other.Version;

    public override bool Equals(object? obj) => Equals(obj as Key);

    public override int GetHashCode() => HashCode.Combine(Name.ToUpperInvariant(), Version);

    public override string ToString() => Name + "@" + Version;
}

/// <summary>Object graphs the serializer must bring back exactly: identity, cycles, boxes, keys, comparers.</summary>
public static class ObjectGraphCases
{
    [Case]
    public static string BoxedStructIdentityIsKept()
    {
        IGreeter first = new StructGreeter();
        IGreeter alias = first;
        object box = new Vec(1, 2);
        object sameBox = box;
        first.Greet("a");
        Flow.Checkpoint();
        alias.Greet("b");
        return ((StructGreeter)first).Count + "," + ReferenceEquals(first, alias) + "," + ReferenceEquals(box, sameBox) + "," + box;
    }

    [Case]
    public static string SelfReferencingClosures()
    {
        Func<int, int>? fib = null;
        fib = n =>
        {
            if (n < 2)
            {
                Flow.Checkpoint();
                return n;
            }

            return fib!(n - 1) + fib(n - 2);
        };
        Flow.Checkpoint();
        return fib(7).ToString();
    }

    [Case]
    public static string DictionariesWithStructRecordAndClassKeys()
    {
        var byVec = new Dictionary<Vec, string> { [new Vec(1, 2)] = "a", [new Vec(3, 4)] = "b" };
        var byRecord = new Dictionary<Coord, int> { [new Coord(1.5, 2.5)] = 7 };
        var byKey = new Dictionary<Key, int> { [new Key("alpha", 1)] = 10 };
        var set = new HashSet<Vec> { new(5, 5) };
        Flow.Checkpoint();
        byVec[new Vec(1, 2)] += "!";
        byRecord[new Coord(1.5, 2.5)] += Flow.WaitForSignal<int>("r");
        byKey[new Key("ALPHA", 1)] += 1;
        bool hasVec = set.Contains(new Vec(5, 5));
        return string.Join(",", byVec.Values) + "|" + byRecord[new Coord(1.5, 2.5)] + "|" + byKey[new Key("Alpha", 1)] + "|" + hasVec;
    }

    [Case]
    public static string CollectionsWithCustomComparersKeepThem()
    {
        var dict = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase) { ["Key"] = 1 };
        var set = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "Item" };
        Flow.Checkpoint();
        dict["KEY"] += 10;
        bool added = set.Add("ITEM");
        return dict.Count + ":" + dict["key"] + ":" + added + ":" + set.Count;
    }

    [Case]
    public static string CyclesThroughCollections()
    {
        var parent = new TreeBox("root");
        var child = new TreeBox("child") { Parent = parent };
        parent.Children.Add(child);
        parent.Index["child"] = child;
        child.Index["up"] = parent;
        var list = new List<object> { parent, child };
        list.Add(list);
        Flow.Checkpoint();
        child.Name += Flow.WaitForSignal<string>("n");
        return parent.Children[0].Name + "|" + ReferenceEquals(parent.Index["child"], child) + "|" + ReferenceEquals(child.Index["up"], parent) +
            "|" + ReferenceEquals(list[2], list) + "|" + ReferenceEquals(child.Parent, parent);
    }

    public sealed class TreeBox
    {
        public TreeBox(string name) => Name = name;

        public string Name;

        public TreeBox? Parent;

        public List<TreeBox> Children = new();

        public Dictionary<string, TreeBox> Index = new();
    }

    [Case]
    public static string ObjectValuedDictionariesAndLists()
    {
        var bag = new Dictionary<string, object?>
        {
            ["int"] = 1,
            ["long"] = 2L,
            ["double"] = 3.5,
            ["decimal"] = 4.25m,
            ["date"] = new DateTime(2020, 5, 6, 7, 8, 9, DateTimeKind.Utc),
            ["guid"] = Guid.Parse("aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee"),
            ["enum"] = Color.Blue,
            ["vec"] = new Vec(1, 1),
            ["null"] = null,
            ["array"] = new[] { 1, 2 },
            ["list"] = new List<string> { "x" },
        };
        var objects = new List<object?> { (short)1, (byte)2, 'c', 1.5f, null, new Vec?(new Vec(2, 2)) };
        Flow.Checkpoint();
        return string.Join(",", bag.Select(kv => kv.Key + "=" + (kv.Value?.GetType().Name ?? "null"))) + "|" +
            string.Join(",", objects.Select(o => o?.GetType().Name ?? "null"));
    }

    [Case]
    public static string NullableStructsInArraysAndFields()
    {
        var arr = new Vec?[] { null, new Vec(1, 2), null };
        var holder = new NullableHolder { Maybe = new Vec(3, 4), Time = null, Count = 5 };
        Flow.Checkpoint();
        arr[0] = new Vec(Flow.WaitForSignal<int>("x"), 0);
        holder.Time ??= TimeSpan.FromMinutes(1);
        holder.Count += 1;
        return string.Join(",", arr.Select(v => v?.ToString() ?? "null")) + "|" + holder.Maybe + "|" + holder.Time + "|" + holder.Count;
    }

    public sealed class NullableHolder
    {
        public Vec? Maybe;

        public TimeSpan? Time;

        public int? Count;
    }

    [Case]
    public static string LargeArraysAndStrings()
    {
        var big = new int[100_000];
        for (int i = 0; i < big.Length; i++)
        {
            big[i] = i % 977;
        }

        var text = string.Concat(Enumerable.Repeat("flow", 5_000));
        Flow.Checkpoint();
        long sum = 0;
        foreach (var v in big)
        {
            sum += v;
        }

        return sum + "|" + text.Length + "|" + text.GetHashCode(StringComparison.Ordinal).GetType().Name;
    }
}
