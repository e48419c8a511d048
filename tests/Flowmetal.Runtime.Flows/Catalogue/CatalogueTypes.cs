namespace Flowmetal.Runtime.Flows.Catalogue;

/// <summary>One value of the catalogue; <paramref name="Singleton"/> when it must come back as the very same object.</summary>
public sealed record CatalogueEntry(string Name, object? Value, bool Singleton);

[Flags]
public enum Weekdays
{
    None = 0,
    Monday = 1,
    Tuesday = 2,
    Wednesday = 4,
    Thursday = 8,
}

public enum BigFlags : ulong
{
    None = 0,
    Top = 1UL << 63,
}

public enum Signed : short
{
    Minus = -3,
    Plus = 3,
}

public sealed class StringHolder
{
    public string? Text;
}

public sealed class NullableHolder
{
    public int? Count;
    public DayOfWeek? Day;
    public Point? Point;
}

public readonly struct Point
{
    public Point(int x, int y)
    {
        X = x;
        Y = y;
    }

    public int X { get; }

    public int Y { get; }
}

public interface IMutable
{
    void Increment();
}

public struct MutableCounter : IMutable
{
    public int Count;

    public void Increment() => Count++;
}

public readonly struct Pair<TFirst, TSecond>
{
    public Pair(TFirst first, TSecond second)
    {
        First = first;
        Second = second;
    }

    public TFirst First { get; }

    public TSecond Second { get; }
}

public readonly record struct Money(decimal Amount, string Currency);

public readonly struct Line
{
    private readonly Point _from;
    private readonly string _label;
    private readonly int[] _weights;

    public Line(Point from, string label, int[] weights)
    {
        _from = from;
        _label = label;
        _weights = weights;
    }

    public override string ToString() => $"{_from.X},{_from.Y} {_label} {_weights.Length}";
}

public sealed class LengthComparer : IEqualityComparer<string>
{
    public bool Equals(string? x, string? y) => x?.Length == y?.Length;

    public int GetHashCode(string obj) => obj.Length;
}

public sealed record Customer(string Name)
{
    public string Describe() => "customer " + Name;
}

public sealed record Order(int Id, Customer Customer, List<string> Lines);

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

    public override string ToString() => _owner + ":" + _balance;
}

public class Base
{
    private readonly int _value;

    public Base(int value) => _value = value;

    public int BaseValue => _value;
}

public sealed class Derived : Base
{
    private readonly int _value;

    public Derived(int baseValue, int value)
        : base(baseValue) => _value = value;

    public int Value => _value;
}

public abstract class Shape
{
    public abstract double Area();
}

public sealed class Circle : Shape
{
    public double Radius;

    public override double Area() => Math.PI * Radius * Radius;
}

public sealed class Square : Shape
{
    public double Side;

    public override double Area() => Side * Side;
}

public sealed class Drawing
{
    public Shape? Shape;
    public IReadOnlyCollection<string>? Tags;
}

public sealed class Box<T>
{
    public T? Item;
    public List<T>? Items;
}

public sealed class KeysCursor
{
    public Dictionary<int, string>? Source;
    public Dictionary<int, string>.KeyCollection.Enumerator Cursor;
}

public sealed class GraphNode
{
    public string Name = string.Empty;
    public GraphNode? Next;
}

public sealed class OrderFailure : Exception
{
    public OrderFailure(string message, int orderId, Exception inner)
        : base(message, inner) => OrderId = orderId;

    public int OrderId { get; }
}

public static class Sentinels
{
    public static readonly object Missing = new();
}

public sealed class Level
{
    public static readonly Level Low = new(1);
    public static readonly Level High = new(2);

    private Level(int rank) => Rank = rank;

    public int Rank { get; }
}
