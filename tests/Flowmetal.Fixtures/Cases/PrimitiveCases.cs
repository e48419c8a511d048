using System.Globalization;
using Flowmetal.Fixtures.Support;

namespace Flowmetal.Fixtures.Cases;

/// <summary>Arguments and locals of every primitive type, live across suspensions, with their edge values.</summary>
public static class PrimitiveCases
{
    [Case]
    public static string EveryPrimitiveLocal()
    {
        bool b = true;
        char c = 'q';
        sbyte sb = -5;
        byte by = 250;
        short s = -30000;
        ushort us = 65000;
        int i = -2_000_000_000;
        uint ui = 4_000_000_000;
        long l = long.MinValue + 7;
        ulong ul = ulong.MaxValue - 3;
        float f = 1.5f;
        double d = Math.PI;
        nint n = -42;
        nuint nu = 42;
        Flow.Checkpoint();
        b = !b;
        c++;
        sb--;
        by++;
        s++;
        us++;
        i--;
        ui++;
        l++;
        ul++;
        f *= 2;
        d /= 3;
        n--;
        nu++;
        Flow.Sleep(TimeSpan.Zero);
        Trace.Log("after sleep " + i);
        return Show(b, c, sb, by, s, us, i, ui, l, ul, f, d, n, nu);
    }

    [Case]
    public static string EveryPrimitiveArgument() =>
        Args(false, '\u00e9', sbyte.MinValue, byte.MaxValue, short.MinValue, ushort.MaxValue, int.MinValue, uint.MaxValue, long.MaxValue, ulong.MaxValue, float.Epsilon, double.MaxValue, (nint)int.MinValue, (nuint)uint.MaxValue);

    private static string Args(bool b, char c, sbyte sb, byte by, short s, ushort us, int i, uint ui, long l, ulong ul, float f, double d, nint n, nuint nu)
    {
        Flow.Checkpoint();
        int w = Flow.WaitForSignal<int>("w");
        Trace.Log("args " + w);
        Flow.Checkpoint();
        return w + ":" + Show(b, c, sb, by, s, us, i, ui, l, ul, f, d, n, nu);
    }

    [Case]
    public static string FloatingPointEdgeValues()
    {
        double nan = double.NaN;
        double posInf = double.PositiveInfinity;
        double negInf = double.NegativeInfinity;
        double negZero = -0.0;
        double tiny = double.Epsilon;
        double third = 1.0 / 3.0;
        float fnan = float.NaN;
        float fnegZero = -0.0f;
        float fmax = float.MaxValue;
        float fthird = 1f / 3f;
        Flow.Checkpoint();
        return string.Join(",", new[]
        {
            Bits(nan), Bits(posInf), Bits(negInf), Bits(negZero), Bits(tiny), Bits(third),
            Bits(fnan), Bits(fnegZero), Bits(fmax), Bits(fthird),
        });
    }

    [Case]
    public static string CharAndStringEdgeValues()
    {
        char zero = '\0';
        char max = '\uffff';
        string? nothing = null;
        string empty = string.Empty;
        string unicode = "\u65e5\u672c\u8a9e \ud83d\ude00 \"quoted\" \\ back\nline\t\u0001";
        string big = new string('x', 10_000);
        Flow.Checkpoint();
        Trace.Log(unicode);
        Flow.Checkpoint();
        return string.Join("|", (int)zero, (int)max, nothing is null, empty.Length, unicode, Codes(unicode), big.Length, big[9_999]);
    }

    [Case]
    public static string DecimalArithmetic()
    {
        decimal max = decimal.MaxValue;
        decimal min = decimal.MinValue;
        decimal small = 0.0000000000000000000000000001m;
        decimal price = 19.99m;
        decimal rate = 0.075m;
        Flow.Checkpoint();
        decimal total = price * (1 + rate) + Flow.WaitForSignal<decimal>("d");
        Flow.Checkpoint();
        return string.Join("|", max, min, small, price, rate, total, Math.Round(total, 2));
    }

    [Case]
    public static string DecimalScalesAndExtremes()
    {
        decimal max = decimal.MaxValue;
        decimal min = decimal.MinValue;
        decimal small = 0.0000000000000000000000000001m;
        decimal scaled = 1.10m;
        Flow.Checkpoint();
        decimal sum = scaled + Flow.WaitForSignal<decimal>("d");
        return string.Join("|", max, min, small, scaled, sum, decimal.GetBits(scaled)[3]);
    }

    [Case]
    public static string IntegralDecimalKeepsItsScale()
    {
        decimal five = 5m;
        Flow.Checkpoint();
        return five.ToString(CultureInfo.InvariantCulture);
    }

    [Case]
    public static string PrimitivesFlowThroughReturnValues()
    {
        long total = 0;
        for (int k = 0; k < 3; k++)
        {
            total += ByteOf(k) + ShortOf(k) + (long)UIntOf(k) + (long)ULongOf(k) + (long)FloatOf(k) + CharOf(k);
            Trace.Log("total " + total);
        }

        return total.ToString(CultureInfo.InvariantCulture);
    }

    private static byte ByteOf(int k)
    {
        Flow.Checkpoint();
        return (byte)(200 + k);
    }

    private static short ShortOf(int k)
    {
        Flow.Checkpoint();
        return (short)(-1000 * k);
    }

    private static uint UIntOf(int k)
    {
        Flow.Sleep(TimeSpan.Zero);
        return 3_000_000_000u + (uint)k;
    }

    private static ulong ULongOf(int k)
    {
        Flow.Checkpoint();
        return 1UL << (40 + k);
    }

    private static float FloatOf(int k)
    {
        Flow.Checkpoint();
        return 2.75f * k;
    }

    private static char CharOf(int k)
    {
        Flow.Checkpoint();
        return (char)('A' + k);
    }

    [Case]
    public static string BoxedPrimitivesInObjectLocals()
    {
        object[] boxes =
        {
            true, 'c', (sbyte)-1, (byte)2, (short)-3, (ushort)4, 5, 6u, 7L, 8UL, 9.5f, 10.25, (nint)11, (nuint)12, 13.5m,
            new DateTime(2020, 1, 2, 3, 4, 5, DateTimeKind.Utc), TimeSpan.FromTicks(123), Guid.Parse("0f8fad5b-d9cb-469f-a165-70867728950e"),
            DayOfWeek.Friday, "str",
        };
        object single = (short)77;
        object? nothing = null;
        Flow.Checkpoint();
        var types = string.Join(",", boxes.Select(o => o.GetType().Name + "=" + Convert.ToString(o, CultureInfo.InvariantCulture)));
        return types + ";" + single.GetType().Name + single + ";" + (nothing is null);
    }

    [Case]
    public static string NullablePrimitives()
    {
        int? none = null;
        int? some = 5;
        long? bigNone = null;
        double? dbl = 2.5;
        bool? flag = false;
        char? ch = null;
        Flow.Checkpoint();
        none ??= Flow.WaitForSignal<int>("n");
        some += Flow.WaitForSignal<int?>("s");
        bigNone = bigNone.HasValue ? 1 : null;
        return string.Join("|", none, some, bigNone.HasValue, dbl, flag, ch.HasValue, ch.GetValueOrDefault());
    }

    [Case]
    public static string ArithmeticAcrossSuspensionsWithOverflow()
    {
        int i = int.MaxValue;
        uint u = 0;
        byte b = 255;
        long l = 1;
        Flow.Checkpoint();
        unchecked
        {
            i += 1;
            u -= 1;
            b += 1;
        }

        for (int k = 0; k < 62; k += 20)
        {
            l <<= 20;
            Flow.Checkpoint();
        }

        try
        {
            checked
            {
                i -= Flow.WaitForSignal<int>("big") * int.MaxValue;
            }
        }
        catch (OverflowException)
        {
            Trace.Log("overflow");
        }

        return string.Join(",", i, u, b, l);
    }

    private static string Show(bool b, char c, sbyte sb, byte by, short s, ushort us, int i, uint ui, long l, ulong ul, float f, double d, nint n, nuint nu) =>
        string.Join(",", b, (int)c, sb, by, s, us, i, ui, l, ul, f.ToString("R", CultureInfo.InvariantCulture), d.ToString("R", CultureInfo.InvariantCulture), n, nu);

    private static string Bits(double d) => BitConverter.DoubleToInt64Bits(d).ToString("X", CultureInfo.InvariantCulture);

    private static string Bits(float f) => BitConverter.SingleToInt32Bits(f).ToString("X", CultureInfo.InvariantCulture);

    private static string Codes(string s) => string.Join(" ", s.Select(ch => ((int)ch).ToString("X", CultureInfo.InvariantCulture)));
}
