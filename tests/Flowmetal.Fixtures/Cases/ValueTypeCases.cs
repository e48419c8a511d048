using System.Globalization;
using Flowmetal.Fixtures.Support;

namespace Flowmetal.Fixtures.Cases;

public enum Color
{
    Red,
    Green,
    Blue,
}

public enum Tiny : byte
{
    Zero,
    One,
    Max = 255,
}

public enum Huge : long
{
    Low = long.MinValue,
    High = long.MaxValue,
}

[Flags]
public enum Perm : ushort
{
    None = 0,
    Read = 1,
    Write = 2,
    Exec = 4,
}

public struct Inner
{
    public long Z;
    public string? Tag;
}

public struct Vec
{
    public int X;
    public int Y;
    public Inner In;

    public Vec(int x, int y)
    {
        X = x;
        Y = y;
        In = default;
    }

    public override readonly string ToString() => $"({X},{Y},{In.Z},{In.Tag ?? "-"})";
}

public struct Hidden
{
    private int _secret;
    private readonly string _label;

    public Hidden(int secret, string label)
    {
        _secret = secret;
        _label = label;
    }

    public int Secret => _secret;

    public void Bump() => _secret++;

    public override readonly string ToString() => _label + _secret;
}

public readonly struct Money
{
    public Money(decimal amount, string currency)
    {
        Amount = amount;
        Currency = currency;
    }

    public decimal Amount { get; }

    public string Currency { get; }

    public override string ToString() => Amount.ToString(CultureInfo.InvariantCulture) + Currency;
}

public record Person(string Name, int Age)
{
    public List<string> Tags { get; init; } = new();
}

public record struct Coord(double Lat, double Lon);

public readonly record struct Stamp(DateTime At, Guid Id);

/// <summary>Structs, enums, dates, GUIDs, nullables, records and tuples across suspensions.</summary>
public static class ValueTypeCases
{
    [Case]
    public static string MutableStructWithNestedStruct()
    {
        var v = new Vec(1, 2);
        v.In.Z = 10;
        v.In.Tag = "t";
        var copy = v;
        Flow.Checkpoint();
        v.X += 100;
        v.In.Z *= 3;
        Flow.Checkpoint();
        v.In.Tag += "!";
        Trace.Log("v " + v);
        return v + " " + copy;
    }

    [Case]
    public static string StructsAsArgumentsAndReturns()
    {
        var a = new Vec(3, 4);
        var b = Shift(a, 10);
        var c = Shift(Shift(b, 1), 2);
        return a + b.ToString() + c;
    }

    private static Vec Shift(Vec v, int by)
    {
        Flow.Checkpoint();
        v.X += by;
        v.In.Z += Flow.WaitForSignal<long>("z");
        Flow.Checkpoint();
        return v;
    }

    [Case]
    public static string StructWithPrivateAndReadonlyFields()
    {
        var h = new Hidden(5, "h");
        var m = new Money(12.50m, "EUR");
        Flow.Checkpoint();
        h.Bump();
        Flow.Checkpoint();
        h.Bump();
        return h + "/" + h.Secret + "/" + m;
    }

    [Case]
    public static string DatesAndTimes()
    {
        var utc = new DateTime(2024, 2, 29, 23, 59, 59, DateTimeKind.Utc).AddTicks(1234567);
        var unspecified = new DateTime(1999, 12, 31, 12, 0, 0, DateTimeKind.Unspecified).AddTicks(1);
        var local = new DateTime(2010, 6, 15, 8, 30, 0, DateTimeKind.Local);
        var min = DateTime.MinValue;
        var max = DateTime.MaxValue;
        var offset = new DateTimeOffset(2021, 3, 4, 5, 6, 7, TimeSpan.FromMinutes(330)).AddTicks(89);
        var negOffset = new DateTimeOffset(2021, 3, 4, 5, 6, 7, TimeSpan.FromHours(-11));
        var span = TimeSpan.FromTicks(-123456789012345);
        var spanMax = TimeSpan.MaxValue;
        var date = new DateOnly(2000, 1, 1);
        var time = new TimeOnly(13, 14, 15, 16);
        Flow.Checkpoint();
        utc = utc.AddDays(1);
        Flow.Sleep(TimeSpan.Zero);
        return string.Join("|",
            Ticks(utc), Ticks(unspecified), Ticks(local), Ticks(min), Ticks(max),
            offset.Ticks + "@" + offset.Offset, negOffset.UtcTicks + "@" + negOffset.Offset, span.Ticks, spanMax.Ticks, date.DayNumber, time.Ticks);
    }

    [Case]
    public static string GuidsAndEnums()
    {
        var g = Guid.Parse("d3b07384-d9a0-4c9b-8f3e-1a2b3c4d5e6f");
        var empty = Guid.Empty;
        Color c = Color.Green;
        Tiny t = Tiny.Max;
        Huge h = Huge.Low;
        Perm p = Perm.Read | Perm.Exec;
        Color undefined = (Color)42;
        Flow.Checkpoint();
        c = Flow.WaitForSignal<Color>("c");
        p |= Perm.Write;
        t--;
        var next = Next(c);
        return string.Join("|", g, empty, c, t, h, p, undefined, next);
    }

    private static Color Next(Color c)
    {
        Flow.Checkpoint();
        return (Color)(((int)c + 1) % 3);
    }

    [Case]
    public static string NullableStructs()
    {
        Vec? none = null;
        Vec? some = new Vec(1, 1);
        DateTime? when = null;
        Guid? id = Guid.Parse("00000000-0000-0000-0000-000000000007");
        Color? color = Color.Blue;
        Coord? coord = new Coord(1.5, -2.5);
        Flow.Checkpoint();
        if (some is { } s)
        {
            s.X += Flow.WaitForSignal<int>("x");
            some = s;
        }

        when ??= new DateTime(2000, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        Flow.Checkpoint();
        return string.Join("|", none.HasValue, some, Ticks(when.Value), id, color, coord);
    }

    [Case]
    public static string RecordsConstructedAndCompared()
    {
        var p = new Person("Ada", 36) { Tags = { "math" } };
        var twin = new Person("Ada", 36);
        var c = new Coord(1, 2);
        var stamp = new Stamp(new DateTime(2001, 1, 1, 0, 0, 0, DateTimeKind.Utc), Guid.Parse("11111111-2222-3333-4444-555555555555"));
        Flow.Checkpoint();
        p.Tags.Add(Flow.WaitForSignal<string>("tag"));
        var (name, age) = p;
        c.Lon += Flow.WaitForSignal<double>("lon");
        Flow.Checkpoint();
        return string.Join("|", name, age, string.Join("+", p.Tags), p == twin, p.Equals(twin), c, c == new Coord(1, 2), stamp.Id, Ticks(stamp.At));
    }

    [Case]
    public static string ValueTuplesAndTuples()
    {
        (int A, string B) pair = (1, "one");
        var nested = (1, (2L, (3.5, "deep")), Color.Red);
        var big = (1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
        Tuple<int, string> refTuple = Tuple.Create(7, "seven");
        Flow.Checkpoint();
        pair.A += Flow.WaitForSignal<int>("a");
        var (x, y) = Split(pair.B);
        nested.Item2.Item2.Item1 *= 2;
        big.Item10 += x;
        Flow.Checkpoint();
        return string.Join("|", pair, nested, big, refTuple, x, y);
    }

    private static (int Length, string Upper) Split(string s)
    {
        Flow.Checkpoint();
        return (s.Length, s.ToUpperInvariant());
    }

    [Case]
    public static string StructHoldingReferences()
    {
        var holder = new RefHolder { List = new List<int> { 1 }, Name = "n", Other = new RefHolder[1] };
        var alias = holder.List;
        Flow.Checkpoint();
        alias.Add(2);
        holder.List.Add(Flow.WaitForSignal<int>("x"));
        return string.Join(",", holder.List) + ";" + ReferenceEquals(alias, holder.List) + ";" + holder.Other!.Length;
    }

    public struct RefHolder
    {
        public List<int> List;
        public string Name;
        public RefHolder[]? Other;
    }

    private static string Ticks(DateTime d) => d.Ticks + d.Kind.ToString();
}
