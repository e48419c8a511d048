using System.Text;

namespace Flowmetal.Runtime.Flows;

/// <summary>
/// One flow per kind of state the serializer must carry across a suspension; each returns a string
/// that depends on all of it, so a straight run and a run through bytes can be compared.
/// </summary>
public static class SerializationFlows
{
    public sealed class Node
    {
        public string Name = string.Empty;
        public Node? Next;
    }

    public sealed class Account
    {
        private readonly string _owner;
        private decimal _balance;

        public Account(string owner, decimal balance)
        {
            _owner = owner;
            _balance = balance;
        }

        public void Add(decimal amount) => _balance += amount;

        public override string ToString() => _owner + ":" + _balance.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    public sealed record Order(int Id, string Customer, IReadOnlyList<string> Lines);

    public readonly struct Point
    {
        public readonly int X;
        public readonly int Y;

        public Point(int x, int y)
        {
            X = x;
            Y = y;
        }
    }

    public interface IShape
    {
        double Area();
    }

    public sealed class Square : IShape
    {
        public double Side;

        public double Area() => Side * Side;
    }

    public static string SharedReferencesAndCycles()
    {
        var a = new Node { Name = "a" };
        var b = new Node { Name = "b", Next = a };
        a.Next = b;
        var alias = b;
        Flow.Checkpoint();
        alias.Name = "B";
        return a.Next!.Name + a.Next.Next!.Name + ReferenceEquals(a.Next.Next, a);
    }

    public static string PrivateReadonlyFieldsRecordsStructsTuples()
    {
        var account = new Account("ann", 12.50m);
        var order = new Order(7, "bob", new List<string> { "x", "y" });
        var point = new Point(3, 4);
        var tuple = (Name: "t", Count: 2);
        var reference = Tuple.Create(1, "one");
        var pair = new KeyValuePair<string, int>("k", 9);
        Flow.Checkpoint();
        account.Add(1.25m);
        return account + "|" + (order with { Id = 8 }) + "|" + string.Join(",", order.Lines) + "|" + (point.X + point.Y) + "|" +
            tuple.Name + tuple.Count + "|" + reference + "|" + pair;
    }

    public static string PolymorphicLocals()
    {
        object boxed = 5;
        object text = "s";
        object day = DayOfWeek.Friday;
        IShape shape = new Square { Side = 3 };
        IEnumerable<int> sequence = new HashSet<int> { 1, 2 };
        IDictionary<string, int> map = new Dictionary<string, int> { ["m"] = 1 };
        object array = new[] { 1L, 2L };
        Flow.Checkpoint();
        double area = shape.Area();
        return boxed.GetType().Name + boxed + "|" + text + "|" + day + "|" + area + "|" + sequence.Sum() + "|" + map["m"] + "|" + array.GetType().Name;
    }

    public static string ClosuresAndDelegates()
    {
        int counter = 10;
        Func<int, int> add = x => x + counter;
        Action bump = () => counter++;
        Func<string, string> method = Shout;
        Flow.Checkpoint();
        bump();
        bump();
        return add(1) + "|" + counter + "|" + method("hi");
    }

    public static string IteratorMidway()
    {
        var numbers = Count(3).GetEnumerator();
        numbers.MoveNext();
        numbers.MoveNext();
        Flow.Checkpoint();
        var seen = new List<int> { numbers.Current };
        while (numbers.MoveNext())
        {
            seen.Add(numbers.Current);
        }

        return string.Join(",", seen);
    }

    public static string CollectionsAndEnumerators()
    {
        var list = new List<int> { 1, 2, 3, 4 };
        var queue = new Queue<string>(new[] { "q1", "q2" });
        var stack = new Stack<string>(new[] { "s1", "s2" });
        var dictionary = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase) { ["one"] = 1, ["two"] = 2, ["three"] = 3 };
        dictionary.Remove("two");
        dictionary["four"] = 4;
        var set = new HashSet<string> { "alpha", "beta", "gamma" };
        var log = new StringBuilder();
        foreach (var item in list)
        {
            log.Append(item);
            Flow.Checkpoint();
        }

        foreach (var pair in dictionary)
        {
            Flow.Checkpoint();
            log.Append(pair.Key).Append(pair.Value);
        }

        foreach (var key in dictionary.Keys)
        {
            Flow.Checkpoint();
            log.Append(key.Length);
        }

        foreach (var word in set)
        {
            Flow.Checkpoint();
            log.Append(word[0]);
        }

        log.Append(queue.Dequeue()).Append(stack.Pop()).Append(dictionary["ONE"]);
        return log.ToString();
    }

    private static IEnumerable<int> Count(int to)
    {
        for (int i = 1; i <= to; i++)
        {
            yield return i * 10;
        }
    }

    private static string Shout(string s) => s.ToUpperInvariant() + "!";
}
