using System.Collections;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Collections.ObjectModel;
using System.Globalization;
using System.Numerics;
using System.Text;
using System.Text.RegularExpressions;

namespace Flowmetal.Runtime.Flows.Catalogue;

/// <summary>
/// Values a flow may hold across a suspension, one of each kind the serializer admits: scalars at
/// their edges, boxed values, nullables, every BCL collection and enumerator on the allow list
/// (some midway through a foreach), immutable and concurrent collections, framework singletons,
/// user types (records, private fields, shadowed fields, abstract-typed fields, generics,
/// exceptions with data), graphs with cycles and shared references, and graphs 10,000 deep.
/// Built here, in woven code, because delegates in a stored flow must call woven code.
/// </summary>
public static class CatalogueValues
{
    public static IReadOnlyList<CatalogueEntry> All()
    {
        var entries = new List<CatalogueEntry>();
        void Add(string name, object? value) => entries.Add(new CatalogueEntry(name, value, Singleton: false));
        void Same(string name, object? value) => entries.Add(new CatalogueEntry(name, value, Singleton: true));

        // Scalars at their edges, each boxed in an object slot (the entry's value).
        foreach (var value in new object[] { true, false, 'a', '\0', '\ud800', '\udfff', 'é' })
        {
            Add($"char/bool {Describe(value)}", value);
        }

        foreach (var value in new object[]
        {
            sbyte.MinValue, sbyte.MaxValue, byte.MaxValue, short.MinValue, ushort.MaxValue, int.MinValue, int.MaxValue, -1, 0,
            uint.MaxValue, long.MinValue, long.MaxValue, ulong.MaxValue, nint.MinValue, nint.MaxValue, nuint.MaxValue,
            Int128.MinValue, Int128.MaxValue, UInt128.MaxValue, BigInteger.Parse("-123456789012345678901234567890123456789", CultureInfo.InvariantCulture),
        })
        {
            Add($"integer {value.GetType().Name} {value}", value);
        }

        foreach (var value in new object[]
        {
            0.0, -0.0, double.Epsilon, double.MaxValue, double.MinValue, double.NaN, double.PositiveInfinity, double.NegativeInfinity,
            BitConverter.Int64BitsToDouble(0x7ff8_0000_0000_0001), 0.1 + 0.2, 1e-300, float.Epsilon, float.MaxValue, -0.0f, float.NaN,
            float.NegativeInfinity, Half.MaxValue, Half.Epsilon, Half.NaN,
        })
        {
            Add($"float {value.GetType().Name} {BitsOf(value)}", value);
        }

        foreach (var value in new[] { decimal.MaxValue, decimal.MinValue, 12.50m, -0.000m, 0.0000000000000000000000000001m, 1.0m, -7m })
        {
            Add($"decimal {value.ToString(CultureInfo.InvariantCulture)} (scale {value.Scale}, negative {decimal.IsNegative(value)})", value);
        }

        foreach (var value in new object[]
        {
            new DateTime(2026, 12, 2, 10, 30, 15, 123, DateTimeKind.Utc).AddTicks(4567), new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Unspecified),
            DateTime.MinValue, DateTime.MaxValue, new DateTimeOffset(2026, 6, 1, 8, 0, 0, TimeSpan.FromHours(-5)), DateTimeOffset.MaxValue,
            TimeSpan.MinValue, TimeSpan.FromTicks(123_456_789), new DateOnly(1999, 12, 31), new TimeOnly(23, 59, 59, 999),
            Guid.Parse("0f8fad5b-d9cb-469f-a165-70867728950e"), DayOfWeek.Friday, (Weekdays)0b1010, (BigFlags)ulong.MaxValue,
            (Signed)(-3),
        })
        {
            Add($"value {value.GetType().Name} {value}", value);
        }

        foreach (var text in new[] { string.Empty, "plain", "ünïcödé ✓ 日本語 😀", "lone \ud800 high", "lone \udc00 low", "\"quotes\" \\ back\nline\t\u0001\u007f", new string('x', 5000) })
        {
            Add($"string of {text.Length}", new StringHolder { Text = text });
        }

        Add("null", null);
        Add("nullable int with value", new NullableHolder { Count = 5, Day = DayOfWeek.Monday, Point = new Point(1, 2) });
        Add("nullable int without value", new NullableHolder());
        Add("version", new Version(1, 2, 3, 4));

        // Boxes: identity and mutability through an interface.
        var box = (object)41;
        Add("one box held twice", new object[] { box, box });
        IMutable mutable = new MutableCounter { Count = 3 };
        mutable.Increment();
        Add("mutable struct behind an interface", new object[] { mutable, mutable });
        Add("boxed struct with references", (object)new Pair<string, List<int>>("p", new List<int> { 1 }));

        // Arrays.
        Add("int[]", new[] { 1, 2, 3 });
        Add("string?[]", new[] { "a", null, "c" });
        Add("object[] mixed", new object?[] { 1, "two", 3.0, null, new List<int> { 4 }, DayOfWeek.Sunday });
        Add("int[,]", new[,] { { 1, 2, 3 }, { 4, 5, 6 } });
        Add("int[,,] empty", new int[2, 0, 3]);
        Add("jagged", new[] { new[] { 1 }, new[] { 2, 3 }, Array.Empty<int>() });
        Add("byte[]", new byte[] { 0, 1, 254, 255 });
        Add("sbyte[]", new sbyte[] { -1, 1 });
        Add("struct[]", new[] { new Point(1, 2), new Point(3, 4) });
        var shared = new[] { 9, 9 };
        Add("one array held twice", new object[] { shared, shared });

        // Collections of the allow list.
        Add("List<int>", new List<int> { 1, 2, 3 });
        Add("List<string?> with capacity", new List<string?>(50) { "a", null });
        Add("List<object>", new List<object> { 1, "x", new object() });
        var withRemovals = new Dictionary<string, int> { ["a"] = 1, ["b"] = 2, ["c"] = 3, ["d"] = 4 };
        withRemovals.Remove("b");
        withRemovals["e"] = 5;
        Add("Dictionary with removals", withRemovals);
        Add("Dictionary ignoring case", new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase) { ["Ada"] = 1 });
        Add("Dictionary with a comparer of woven code", new Dictionary<string, int>(new LengthComparer()) { ["aa"] = 1, ["bbb"] = 2 });
        var keyA = new Customer("ann");
        Add("Dictionary with object keys", new Dictionary<Customer, int> { [keyA] = 1, [new Customer("bob")] = 2 });
        Add("Dictionary<int, List<string>>", new Dictionary<int, List<string>> { [1] = new() { "x" } });
        Add("HashSet<string>", new HashSet<string> { "alpha", "beta" });
        Add("HashSet of records", new HashSet<Customer> { new("c1"), new("c2") });
        Add("Queue<int> wrapped", WrappedQueue());
        Add("Stack<string>", new Stack<string>(new[] { "s1", "s2", "s3" }));
        var linked = new LinkedList<int>(new[] { 1, 2, 3 });
        Add("LinkedList with a node held", new object[] { linked, linked.Find(2)! });
        Add("SortedSet", new SortedSet<int> { 5, 1, 3 });
        Add("SortedSet descending", new SortedSet<int>(Comparer<int>.Create((a, b) => b.CompareTo(a))) { 5, 1, 3 });
        Add("SortedDictionary", new SortedDictionary<string, int>(StringComparer.Ordinal) { ["b"] = 2, ["a"] = 1 });
        Add("SortedList", new SortedList<int, string> { [2] = "two", [1] = "one" });
        var queue = new PriorityQueue<string, int>();
        queue.Enqueue("low", 5);
        queue.Enqueue("high", 1);
        Add("PriorityQueue", queue);
        Add("BitArray", new BitArray(new[] { true, false, true, true }));
        Add("ArrayList", new ArrayList { 1, "two" });
        Add("ReadOnlyCollection", new ReadOnlyCollection<int>(new List<int> { 1, 2 }));
        Add("ReadOnlyDictionary", new ReadOnlyDictionary<string, int>(new Dictionary<string, int> { ["k"] = 1 }));
        Add("Collection", new Collection<string> { "c" });
        Add("KeyValuePair", new KeyValuePair<string, int>("k", 1));
        Add("Tuple", Tuple.Create(1, "one", 1.5));
        Add("ValueTuple of 9", (1, 2, 3, 4, 5, 6, 7, 8, "nine"));
        Add("ArraySegment", new ArraySegment<int>(new[] { 1, 2, 3, 4 }, 1, 2));

        // Enumerators, midway.
        var list = new List<int> { 1, 2, 3 };
        var listCursor = list.GetEnumerator();
        listCursor.MoveNext();
        Add("List enumerator, boxed, midway", new object[] { list, listCursor });
        var dictionary = new Dictionary<string, int> { ["x"] = 1, ["y"] = 2, ["z"] = 3 };
        IEnumerator<KeyValuePair<string, int>> dictionaryCursor = dictionary.GetEnumerator();
        dictionaryCursor.MoveNext();
        dictionaryCursor.MoveNext();
        Add("Dictionary enumerator, boxed, midway", new object[] { dictionary, dictionaryCursor });
        var set = new HashSet<int> { 7, 8 };
        IEnumerator<int> setCursor = set.GetEnumerator();
        setCursor.MoveNext();
        Add("HashSet enumerator, boxed, midway", new object[] { set, setCursor });
        var keys = new Dictionary<int, string> { [1] = "a", [2] = "b" };
        Add("Dictionary keys enumerator in a field", new KeysCursor { Cursor = keys.Keys.GetEnumerator(), Source = keys });
        IEnumerable<int> array = new[] { 4, 5, 6 };
        var arrayCursor = array.GetEnumerator();
        arrayCursor.MoveNext();
        Add("array enumerator, midway", arrayCursor);
        Add("queue enumerator", (object)new Queue<int>(new[] { 1 }).GetEnumerator());
        Add("user iterator, midway", StartedIterator());
        Add("LINQ Where/Select over a list", new List<int> { 1, 2, 3, 4 }.Where(x => x % 2 == 0).Select(x => x * 10));
        Add("LINQ grouping", new[] { 1, 2, 3 }.GroupBy(x => x % 2).First());

        // Immutable and concurrent collections.
        Add("ImmutableList", ImmutableList.Create("a", "b"));
        Add("ImmutableArray", ImmutableArray.Create(1, 2));
        Add("ImmutableDictionary ignoring case", ImmutableDictionary.Create<string, int>(StringComparer.OrdinalIgnoreCase).Add("One", 1));
        Add("ImmutableHashSet", ImmutableHashSet.Create(1, 2, 3));
        Add("ImmutableSortedDictionary", ImmutableSortedDictionary.Create<int, string>().Add(2, "b").Add(1, "a"));
        Add("ImmutableSortedSet", ImmutableSortedSet.Create(3, 1, 2));
        Add("ImmutableQueue", ImmutableQueue.Create(1, 2, 3));
        Add("ImmutableStack", ImmutableStack.Create(1, 2, 3));
        var concurrent = new ConcurrentDictionary<string, int>();
        concurrent["a"] = 1;
        concurrent["b"] = 2;
        Add("ConcurrentDictionary", concurrent);
        Add("ConcurrentQueue", new ConcurrentQueue<int>(new[] { 1, 2, 3 }));
        Add("ConcurrentStack", new ConcurrentStack<int>(new[] { 1, 2, 3 }));
        Add("ConcurrentBag", new ConcurrentBag<string>(new[] { "x", "y", "y" }));

        // Framework singletons: they must come back as the same object.
        Same("DBNull.Value", DBNull.Value);
        Same("StringComparer.Ordinal", StringComparer.Ordinal);
        Same("StringComparer.OrdinalIgnoreCase", StringComparer.OrdinalIgnoreCase);
        Same("StringComparer.InvariantCulture", StringComparer.InvariantCulture);
        Same("StringComparer.InvariantCultureIgnoreCase", StringComparer.InvariantCultureIgnoreCase);
        Same("EqualityComparer<string>.Default", EqualityComparer<string>.Default);
        Same("EqualityComparer<int>.Default", EqualityComparer<int>.Default);
        Same("EqualityComparer<Customer>.Default", EqualityComparer<Customer>.Default);
        Same("Comparer<int>.Default", Comparer<int>.Default);
        Same("Comparer<string>.Default", Comparer<string>.Default);
        Same("ReferenceEqualityComparer.Instance", ReferenceEqualityComparer.Instance);
        Same("Random.Shared", Random.Shared);
        Same("CultureInfo.InvariantCulture", CultureInfo.InvariantCulture);
        Same("CultureInfo.GetCultureInfo(fr-FR)", CultureInfo.GetCultureInfo("fr-FR"));
        Same("Encoding.UTF8", Encoding.UTF8);
        Same("TimeZoneInfo.Utc", TimeZoneInfo.Utc);
        Same("Array.Empty<int>()", Array.Empty<int>());
        Same("Array.Empty<string>()", Array.Empty<string>());
        Same("Enumerable.Empty<Customer>()", Enumerable.Empty<Customer>());
        Same("ImmutableList<int>.Empty", ImmutableList<int>.Empty);
        Same("ImmutableDictionary<string, int>.Empty", ImmutableDictionary<string, int>.Empty);
        Same("typeof(int)", typeof(int));
        Same("typeof(Dictionary<string, Customer>)", typeof(Dictionary<string, Customer>));
        Same("sentinel object", Sentinels.Missing);
        Same("smart enum", Level.High);
        Add("comparer of a culture", StringComparer.Create(CultureInfo.GetCultureInfo("de-DE"), ignoreCase: true));
        Add("CompareInfo", CultureInfo.GetCultureInfo("sv-SE").CompareInfo);

        // Other framework types ordinary code holds.
        Add("Lazy created", CreatedLazy());
        Add("Lazy pending", new Lazy<int>(() => 42));
        Add("Random(42) after draws", DrawnRandom());
        Add("Comparer.Create(lambda)", Comparer<string>.Create((a, b) => a.Length - b.Length));
        Add("StringBuilder", new StringBuilder("built \ud800 text"));
        Add("StringBuilder with maximum capacity", new StringBuilder(4, 100).Append("abc"));
        Add("Uri absolute", new Uri("https://example.com/a?b=c#d"));
        Add("Uri relative", new Uri("../x/y", UriKind.Relative));
        Add("Regex", new Regex("^a+b?$", RegexOptions.IgnoreCase, TimeSpan.FromSeconds(1)));
        Add("plain object", new object());
        var gate = new object();
        Add("plain object shared", new object[] { gate, gate });

        // Delegates.
        Add("lambda with a closure", Closure(5));
        Add("static lambda", (Func<int, int>)(x => x * 2));
        Add("method group of woven code", (Func<string, string>)Shout);
        Add("multicast delegate", (Action)Step1 + Step2);
        Add("delegate to int.Parse", (Func<string, int>)int.Parse);
        Add("delegate to Math.Sqrt", (Func<double, double>)Math.Sqrt);
        var sink = new List<int>();
        Add("delegate to list.Add", (Action<int>)sink.Add);
        Add("delegate to an instance method of a record", (Func<string>)new Customer("dee").Describe);
        Add("empty List<Func<int, Task>>", new List<Func<int, Task>>());

        // User types.
        Add("record", new Customer("ann"));
        Add("record with a list", new Order(7, new Customer("bob"), new List<string> { "x", "y" }));
        Add("class with private readonly fields", new Account("carl", 12.5m));
        Add("shadowed private fields", new Derived(1, 2));
        Add("abstract-typed field", new Drawing { Shape = new Circle { Radius = 2 } });
        Add("interface-typed field", new Drawing { Shape = new Square { Side = 3 }, Tags = new HashSet<string> { "t" } });
        Add("generic user type", new Box<Customer> { Item = new Customer("gen"), Items = new List<Customer>() });
        Add("generic user struct", new Pair<int, string>(1, "one"));
        Add("readonly record struct", new Money(12.50m, "EUR"));
        Add("struct holding references", new Line(new Point(1, 2), "label", new[] { 1, 2 }));
        Add("user exception with data and inner", UserFailure());
        Add("argument exception", new ArgumentOutOfRangeException("count", 5, "too many"));
        Add("aggregate exception", new AggregateException("many", new InvalidOperationException("a"), new FormatException("b")));

        // Graphs.
        var a = new GraphNode { Name = "a" };
        var b = new GraphNode { Name = "b", Next = a };
        a.Next = b;
        Add("two-node cycle", a);
        var self = new GraphNode { Name = "self" };
        self.Next = self;
        Add("self cycle", self);
        var common = new Customer("common");
        Add("shared reference", new object[] { new Order(1, common, new List<string>()), new Order(2, common, new List<string>()) });
        Add("list containing itself", SelfContainingList());
        Add("10,000-node chain", Chain(10_000));
        Add("list nested 10,000 deep", NestedLists(10_000));
        Add("10,000-node LinkedList<T>", new LinkedList<int>(Enumerable.Range(0, 10_000)));
        Add("dictionary of 1,000 entries", Enumerable.Range(0, 1_000).ToDictionary(i => "k" + i, i => i));

        return entries;
    }

    private static string Describe(object value) => value is char c ? "U+" + ((int)c).ToString("x4", CultureInfo.InvariantCulture) : value.ToString()!;

    private static string BitsOf(object value) => value switch
    {
        double d => BitConverter.DoubleToInt64Bits(d).ToString("x", CultureInfo.InvariantCulture),
        float f => BitConverter.SingleToInt32Bits(f).ToString("x", CultureInfo.InvariantCulture),
        Half h => BitConverter.HalfToInt16Bits(h).ToString("x", CultureInfo.InvariantCulture),
        _ => value.ToString()!,
    };

    private static Queue<int> WrappedQueue()
    {
        var queue = new Queue<int>(2);
        queue.Enqueue(1);
        queue.Enqueue(2);
        queue.Dequeue();
        queue.Enqueue(3);
        queue.Enqueue(4);
        return queue;
    }

    private static IEnumerator<int> StartedIterator()
    {
        var iterator = Numbers().GetEnumerator();
        iterator.MoveNext();
        return iterator;
    }

    private static IEnumerable<int> Numbers()
    {
        for (int i = 0; i < 3; i++)
        {
            yield return i * 10;
        }
    }

    private static Lazy<string> CreatedLazy()
    {
        var lazy = new Lazy<string>(() => "made", LazyThreadSafetyMode.ExecutionAndPublication);
        _ = lazy.Value;
        return lazy;
    }

    private static Random DrawnRandom()
    {
        var random = new Random(42);
        random.Next();
        random.NextDouble();
        return random;
    }

    private static string Shout(string text) => text.ToUpperInvariant();

    private static Func<int, int> Closure(int captured) => x => x + captured;

    private static void Step1()
    {
    }

    private static void Step2()
    {
    }

    private static Exception UserFailure()
    {
        try
        {
            try
            {
                throw new FormatException("inner");
            }
            catch (FormatException inner)
            {
                throw new OrderFailure("outer", 17, inner);
            }
        }
        catch (OrderFailure failure)
        {
            failure.Data["order"] = 17;
            failure.Data["when"] = "now";
            return failure;
        }
    }

    private static List<object> SelfContainingList()
    {
        var list = new List<object> { 1 };
        list.Add(list);
        return list;
    }

    private static GraphNode Chain(int length)
    {
        var head = new GraphNode { Name = "0" };
        var current = head;
        for (int i = 1; i < length; i++)
        {
            current.Next = new GraphNode { Name = i.ToString(CultureInfo.InvariantCulture) };
            current = current.Next;
        }

        return head;
    }

    private static List<object> NestedLists(int depth)
    {
        var root = new List<object>();
        var current = root;
        for (int i = 0; i < depth; i++)
        {
            var inner = new List<object> { i };
            current.Add(inner);
            current = inner;
        }

        return root;
    }
}
