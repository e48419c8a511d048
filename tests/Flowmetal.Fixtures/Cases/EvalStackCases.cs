using Flowmetal.Fixtures.Support;

namespace Flowmetal.Fixtures.Cases;

/// <summary>Values on the evaluation stack below a suspending call's arguments.</summary>
public static class EvalStackCases
{
    private static int F(int x)
    {
        int v = Flow.WaitForSignal<int>("f");
        Trace.Log("F " + x + " " + v);
        return x + v;
    }

    private static int G(int x)
    {
        Flow.Checkpoint();
        Trace.Log("G " + x);
        return x * 3;
    }

    private static string S(string s)
    {
        Flow.Checkpoint();
        Trace.Log("S " + s);
        return "<" + s + ">";
    }

    private static long L(long x)
    {
        Flow.Sleep(TimeSpan.Zero);
        return x << 33;
    }

    private static double D(double x)
    {
        Flow.Checkpoint();
        return x / 4;
    }

    private static decimal M(decimal x)
    {
        Flow.Checkpoint();
        return x * 1.5m;
    }

    private static bool B(int x)
    {
        Flow.Checkpoint();
        Trace.Log("B " + x);
        return x % 2 == 0;
    }

    [Case]
    public static int ArithmeticWithCallsInTheMiddle()
    {
        int a = 7, b = 2, c = 5;
        return a + F(b) * G(c) - (a * F(a) / (G(1) + 1));
    }

    [Case]
    public static string ConcatWithCallsBetweenOperands()
    {
        string x = "x", y = "y";
        var s = string.Concat(x, S("mid"), y);
        var t = x + S("a") + y + S("b");
        var u = string.Concat(S("1"), string.Concat(x, S("2")));
        return s + t + u;
    }

    [Case]
    public static int CallsAsArgumentsOfCalls() => Add(Mul(F(1), 2), Add(G(F(2)), Mul(G(3), F(4))));

    private static int Add(int a, int b)
    {
        Flow.Checkpoint();
        return a + b;
    }

    private static int Mul(int a, int b) => a * b;

    [Case]
    public static string ConstructorArgumentsFromSuspendingCalls()
    {
        var v = new Vec(F(1), G(2));
        var p = new Person(S("name"), F(3));
        var t = Tuple.Create(G(4), S("t"), L(1));
        var list = new List<int>(F(5));
        return v + "|" + p.Name + p.Age + "|" + t + "|" + list.Capacity;
    }

    [Case]
    public static string ArrayStoresWithSuspendingIndexAndValue()
    {
        var arr = new int[40];
        arr[F(0)] = G(3);
        arr[2] = F(G(1));
        var strs = new string[3];
        strs[G(0)] = S("v");
        var grid = new long[3, 3];
        grid[1, G(0) + 1] = L(2);
        return string.Join(",", arr.Where(v => v != 0)) + ";" + strs[0] + ";" + grid[1, 1];
    }

    [Case]
    public static string ShortCircuitAndNullCoalescing()
    {
        int hits = 0;
        if (B(1) && B(F(1)))
        {
            hits++;
        }

        if (B(2) || B(F(2)))
        {
            hits += 10;
        }

        string? maybe = null;
        string s = maybe ?? S("fallback");
        var account = hits > 100 ? new Holder() : null;
        int? viaNull = account?.Read();
        var holder = new Holder();
        int? viaValue = holder?.Read();
        return hits + s + viaNull + "/" + viaValue;
    }

    public sealed class Holder
    {
        public int Value = 4;

        public Vec Pos;

        public int[] Items = { 1, 2, 3 };

        public int Read()
        {
            Flow.Checkpoint();
            return Value;
        }

        public int Plus(int a, int b)
        {
            Flow.Checkpoint();
            return Value + a + b;
        }
    }

    [Case]
    public static string ReceiversAndWideValuesBelowArguments()
    {
        var h = new Holder { Value = 10 };
        int r = h.Plus(F(1), G(2));
        long big = 1L << 40;
        long l = big + L(1) + big * L(2);
        double d = 1.5 * D(8) + D(16) / 2;
        decimal m = 1.25m + M(2m) * M(4m);
        float f = 0.5f;
        float ff = f + G(1) * f;
        return r + "|" + l + "|" + d + "|" + m + "|" + ff;
    }

    [Case]
    public static string SmallIntegralsAndStructsBelowArguments()
    {
        byte by = 200;
        short sh = -7;
        char ch = 'a';
        bool flag = true;
        var v = new Vec(1, 2);
        int a = by + F(1);
        int b = sh * G(2);
        string chs = ch.ToString();
        string c = chs + S("c");
        string d = flag + S("d");
        var w = Combine(v, G(5), v);
        return a + "|" + b + "|" + c + "|" + d + "|" + w;
    }

    private static Vec Combine(Vec a, int k, Vec b)
    {
        Flow.Checkpoint();
        return new Vec(a.X + b.X + k, a.Y * b.Y + k);
    }

    [Case]
    public static string InitializersWithSuspendingElements()
    {
        int[] arr = { F(1), G(2), F(3) };
        var list = new List<string> { S("a"), S("b") };
        var dict = new Dictionary<string, int> { ["x"] = F(4), [S("k")] = G(5) };
        var h = new Holder { Value = F(6), Pos = new Vec(G(7), 8) };
        var nested = new[] { new[] { G(1) }, new[] { F(2), G(3) } };
        return string.Join(",", arr) + "|" + string.Join(",", list) + "|" + string.Join(",", dict.Select(kv => kv.Key + "=" + kv.Value)) +
            "|" + h.Value + h.Pos + "|" + nested[1][1];
    }

    [Case]
    public static string NullAndBoxedValuesBelowArguments()
    {
        var r1 = Pair(null, S("x"));
        object boxed = 42;
        var r2 = Pair(boxed, S("y"));
        var r3 = Pair(Color.Blue, S("z"));
        return r1 + r2 + r3;
    }

    private static string Pair(object? a, string b)
    {
        Flow.Checkpoint();
        return (a?.ToString() ?? "null") + b;
    }

    [Case]
    public static string ChainedCallsOnResults()
    {
        var s = S("abc").ToUpperInvariant() + S("d").Length + G(2).ToString("D3") + F(1).CompareTo(G(1));
        var m = Math.Max(F(2), G(2)) + Math.Min(L(1), 5);
        return s + m;
    }

    [Case]
    public static string CheckedArithmeticAcrossCalls()
    {
        int big = int.MaxValue - 100;
        try
        {
            int r = checked(big + F(1) + G(50));
            return "no overflow " + r;
        }
        catch (OverflowException)
        {
            Trace.Log("overflow");
        }

        return "overflow after " + F(2);
    }

    [Case]
    public static string StringSwitchOnSuspendingValue()
    {
        var results = new List<string>();
        for (int i = 0; i < 3; i++)
        {
            results.Add(Flow.WaitForSignal<string>("word") switch
            {
                "word#1" => "one",
                "word#2" => S("two"),
                var other => other.ToUpperInvariant() + G(i),
            });
        }

        return string.Join(",", results);
    }
}
