using Flowmetal.Fixtures.Support;

namespace Flowmetal.Fixtures.Cases;

/// <summary>One-dimensional, jagged and multi-dimensional arrays held across suspensions.</summary>
public static class ArrayCases
{
    [Case]
    public static string OneDimensionalArraysOfManyTypes()
    {
        int[] ints = { 1, 2, 3 };
        string?[] strings = { "a", null, "c" };
        double[] doubles = { 0.5, double.NaN };
        Vec[] vecs = { new Vec(1, 2), new Vec(3, 4) };
        Color[] colors = { Color.Blue, Color.Red };
        object?[] mixed = { 1, "two", 3L, null, new[] { 4 } };
        byte[] bytes = { 0, 127, 255 };
        int[] empty = Array.Empty<int>();
        int[]? none = null;
        Flow.Checkpoint();
        ints[0] = Flow.WaitForSignal<int>("i");
        vecs[1].In.Tag = "tagged";
        strings[1] = "b";
        Flow.Checkpoint();
        return string.Join("|",
            string.Join(",", ints), string.Join(",", strings), string.Join(",", doubles), string.Join(",", vecs), string.Join(",", colors),
            string.Join(",", mixed.Select(o => o?.GetType().Name ?? "null")), Convert.ToBase64String(bytes), empty.Length, none is null);
    }

    [Case]
    public static string SharedArrayReferencesSurvive()
    {
        var a = new[] { 1, 2, 3 };
        var b = a;
        var holder = new[] { a, a, new[] { 9 } };
        Flow.Checkpoint();
        b[0] = 100;
        holder[1][1] = 200;
        return string.Join(",", a) + ";" + ReferenceEquals(a, holder[0]) + ReferenceEquals(holder[0], holder[1]) + ReferenceEquals(a, holder[2]);
    }

    [Case]
    public static string JaggedArrays()
    {
        int[][] jag = { new[] { 1 }, new[] { 2, 3 }, Array.Empty<int>() };
        string[][][] deep = { new[] { new[] { "x" } } };
        Flow.Checkpoint();
        jag[2] = new[] { Flow.WaitForSignal<int>("j") };
        for (int i = 0; i < jag.Length; i++)
        {
            for (int j = 0; j < jag[i].Length; j++)
            {
                jag[i][j] += i * 10;
                Flow.Checkpoint();
            }
        }

        deep[0][0][0] += "y";
        return string.Join("/", jag.Select(r => string.Join(",", r))) + ";" + deep[0][0][0];
    }

    [Case]
    public static string MultiDimensionalArrays()
    {
        var grid = new int[2, 3];
        var cube = new string?[2, 2, 2];
        var structs = new Vec[2, 2];
        for (int i = 0; i < 2; i++)
        {
            for (int j = 0; j < 3; j++)
            {
                grid[i, j] = (i * 3) + j;
            }
        }

        cube[1, 0, 1] = "corner";
        Flow.Checkpoint();
        grid[1, 2] = Flow.WaitForSignal<int>("g");
        structs[1, 1] = new Vec(5, 6);
        Flow.Checkpoint();
        int sum = 0;
        foreach (var v in grid)
        {
            sum += v;
        }

        return sum + ";" + grid[1, 2] + ";" + cube[1, 0, 1] + ";" + cube[0, 0, 0] + ";" + structs[1, 1] + ";" + grid.GetLength(0) + "x" + grid.GetLength(1);
    }

    [Case]
    public static string ArraysBuiltAcrossSuspensions()
    {
        var squares = new long[5];
        for (int i = 0; i < squares.Length; i++)
        {
            squares[i] = Square(i);
        }

        var words = new List<string>();
        foreach (var n in squares)
        {
            words.Add(Word(n));
        }

        return string.Join(",", words);
    }

    private static long Square(int i)
    {
        Flow.Checkpoint();
        return (long)i * i;
    }

    private static string Word(long n)
    {
        Flow.Checkpoint();
        Trace.Log("word " + n);
        return "w" + n;
    }

    [Case]
    public static string ArrayPassedDownAndMutated()
    {
        var data = new[] { 5, 4, 3, 2, 1 };
        BubbleSort(data);
        return string.Join(",", data);
    }

    private static void BubbleSort(int[] a)
    {
        for (int i = 0; i < a.Length; i++)
        {
            for (int j = 0; j + 1 < a.Length - i; j++)
            {
                if (Greater(a[j], a[j + 1]))
                {
                    (a[j], a[j + 1]) = (a[j + 1], a[j]);
                }
            }
        }
    }

    private static bool Greater(int x, int y)
    {
        Flow.Checkpoint();
        return x > y;
    }

    [Case]
    public static string ArrayCovarianceAndObjectArrays()
    {
        object[] objs = new string[] { "a", "b" };
        Flow.Checkpoint();
        try
        {
            objs[0] = 1;
        }
        catch (ArrayTypeMismatchException)
        {
            Trace.Log("covariance kept");
        }

        return objs.GetType().Name + ";" + objs[0];
    }

    [Case]
    public static string ArrayTypedAsSystemArray()
    {
        Array untyped = new int[] { 7, 8 };
        Flow.Checkpoint();
        return untyped.GetType().Name + ";" + untyped.GetValue(1);
    }
}
