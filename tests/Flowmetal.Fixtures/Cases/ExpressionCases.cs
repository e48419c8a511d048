using Flowmetal.Fixtures.Support;

namespace Flowmetal.Fixtures.Cases;

public readonly struct Meters
{
    public Meters(double value) => Value = value;

    public double Value { get; }

    public static Meters operator +(Meters a, Meters b)
    {
        Flow.Checkpoint();
        return new Meters(a.Value + b.Value);
    }

    public static implicit operator Meters(int value)
    {
        Flow.Checkpoint();
        return new Meters(value);
    }

    public static explicit operator int(Meters m)
    {
        Flow.Checkpoint();
        return (int)m.Value;
    }

    public override string ToString() => Value.ToString("F1", System.Globalization.CultureInfo.InvariantCulture) + "m";
}

public struct Grid
{
    private int[] _cells;

    public Grid(int size) => _cells = new int[size * size];

    public int this[int row, int col]
    {
        readonly get
        {
            Flow.Checkpoint();
            return _cells[(row * 3) + col];
        }

        set
        {
            Flow.Checkpoint();
            _cells[(row * 3) + col] = value;
        }
    }

    public readonly int Sum => _cells.Sum();
}

public static class VecExtensions
{
    public static void Bump(this ref Vec v, int by)
    {
        Flow.Checkpoint();
        v.X += by;
    }

    public static int Manhattan(this Vec v)
    {
        Flow.Checkpoint();
        return Math.Abs(v.X) + Math.Abs(v.Y);
    }
}

/// <summary>Expression shapes: compound assignments through indexers, deconstruction, operators, conversions, evaluation order.</summary>
public static class ExpressionCases
{
    private static int s_total;
    private static string? s_cached;

    private static int F(int x)
    {
        int v = Flow.WaitForSignal<int>("f");
        Trace.Log("F " + x);
        return x + v;
    }

    private static int G(int x)
    {
        Flow.Checkpoint();
        Trace.Log("G " + x);
        return x * 2;
    }

    [Case]
    public static string IndexFromACallAndValueFromAnother()
    {
        var arr = new int[60];
        arr[G(3)] += F(1);
        arr[G(3)] += F(2);
        var list = new List<int> { 10, 20, 30 };
        list[G(1) / 2] += F(3);
        var dict = new Dictionary<string, int> { ["k"] = 5 };
        dict["k"] += F(4);
        dict[G(2).ToString()] = F(5);
        return arr[6] + "|" + string.Join(",", list) + "|" + string.Join(",", dict.Select(kv => kv.Key + "=" + kv.Value));
    }

    [Case]
    public static string ChainedAndCoalescingAssignments()
    {
        s_total = 0;
        s_cached = null;
        int a, b;
        a = b = F(1);
        s_cached ??= "c" + G(1);
        s_cached ??= "never" + G(2);
        var box = new Dictionary<int, string?>();
        box[1] ??= "x" + F(2);
        int? maybe = null;
        maybe ??= G(3);
        Interlocked.Add(ref s_total, F(3));
        return a + "," + b + "," + s_cached + "," + box[1] + "," + maybe + "," + s_total;
    }

    [Case]
    public static string TupleConstructionAndDeconstruction()
    {
        var t = (F(1), G(2), "s" + G(3));
        var (x, y) = (G(4), F(5));
        (x, y) = (y + G(6), x);
        return t + "|" + x + "," + y;
    }

    [Case]
    public static string NamedArgumentsAreEvaluatedInSourceOrder()
    {
        return Describe(second: F(1), first: G(2)) + "|" + Describe(G(3), third: F(4));
    }

    private static string Describe(int first, int second = 7, int third = 9)
    {
        Flow.Checkpoint();
        return first + "-" + second + "-" + third;
    }

    [Case]
    public static string UserOperatorsAndConversionsThatSuspend()
    {
        Meters a = 3;
        Meters b = new Meters(1.5);
        var c = a + b + (Meters)F(1);
        int whole = (int)c;
        return a + "," + c + "," + whole;
    }

    [Case]
    public static string StructIndexerAndRefExtensionMethods()
    {
        var grid = new Grid(3);
        grid[1, 1] = F(1);
        grid[0, 2] = grid[1, 1] + G(2);
        var v = new Vec(-3, 4);
        v.Bump(F(2));
        v.Bump(G(1));
        int dist = v.Manhattan() + new Vec(1, 1).Manhattan();
        return grid.Sum + "," + grid[1, 1] + "," + v + "," + dist;
    }

    [Case]
    public static string ParamsArraysAndUserSpanParams()
    {
        int total = Sum(1, F(2), 3, G(4));
        int spans = SumSpan(G(1), F(2), 5);
        return total + "," + spans;
    }

    private static int Sum(params int[] values)
    {
        Flow.Checkpoint();
        return values.Sum();
    }

    private static int SumSpan(params ReadOnlySpan<int> values)
    {
        int s = 0;
        foreach (var v in values)
        {
            s += v;
        }

        return s;
    }

    [Case]
    public static string PatternsOverSuspendingValues()
    {
        var log = new List<string>();
        for (int i = 0; i < 4; i++)
        {
            if (F(i) is > 15 and < 35 and var hit)
            {
                log.Add("in" + hit);
            }

            object o = i % 2 == 0 ? G(i) : "s" + G(i);
            log.Add(o is int n ? "int" + n : o as string ?? "null");
        }

        return string.Join(",", log);
    }

    [Case]
    public static string ThrowExpressionsAndCasts()
    {
        string? maybe = G(1) > 0 ? "present" : null;
        string sure = maybe ?? throw new InvalidOperationException("missing");
        try
        {
            string? none = G(0) > 0 ? "x" : null;
            _ = none ?? throw new ArgumentException("none after " + F(1));
        }
        catch (ArgumentException e)
        {
            sure += "|" + e.Message;
        }

        try
        {
            byte narrow = checked((byte)(F(2) * 10));
            sure += "|" + narrow;
        }
        catch (OverflowException)
        {
            sure += "|overflow";
        }

        return sure;
    }

    [Case]
    public static string StringIndexingAndCharArithmetic()
    {
        string word = "flowmetal";
        char c = word[G(2) - 1];
        int code = c + F(0);
        char shifted = (char)('a' + (G(3) % 26));
        return c + "," + code + "," + shifted + "," + word.Substring(G(1), F(1) / 10);
    }
}
