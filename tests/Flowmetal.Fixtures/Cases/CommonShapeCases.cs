using System.Globalization;
using Flowmetal.Fixtures.Support;

namespace Flowmetal.Fixtures.Cases;

/// <summary>
/// Everyday C# whose compiled form keeps a ref struct or a byref live across a call: interpolated
/// strings with a suspending hole (DefaultInterpolatedStringHandler), collection expressions
/// (a span over the new list), compound assignment to a multi-dimensional array element.
/// </summary>
public static class CommonShapeCases
{
    [Case]
    public static string InterpolatedStringWithASuspendingHole()
    {
        int n = 7;
        var text = $"hello {Ask("who")} number {n:D3}!";
        Trace.Log(text);
        return text;
    }

    [Case]
    public static string InterpolatedStringWithSeveralHolesAlignmentsAndFormats()
    {
        double ratio = 1.5;
        var when = new DateTime(2024, 5, 6, 7, 8, 9, DateTimeKind.Utc);
        var parts = new List<string>();
        for (int i = 0; i < 2; i++)
        {
            parts.Add($"[{Ask("a"),6}|{i,-3}|{Count("c"),4:D2}|{ratio:0.00}|{when:yyyy-MM-dd}|{null as string}|{'x'}|{Ask("b")}]");
        }

        return string.Join(";", parts);
    }

    [Case]
    public static string InterpolatedStringWithFuncHoles()
    {
        Func<int> plain = () => 3;
        Func<int> waits = () => Flow.WaitForSignal<int>("f");
        var text = $"plain {plain()} then {waits()} then {Count("n")} end";
        return text + "/" + $"{plain()}{plain()}";
    }

    [Case]
    public static string InterpolatedStringWithAFormatProvider()
    {
        var culture = CultureInfo.InvariantCulture;
        return string.Create(culture, $"{1234.5:N1} and {Count("p")} and {0.25:P0}");
    }

    [Case]
    public static string CollectionExpressionOfSuspendingElements()
    {
        List<string> names = [Ask("x"), "fixed", Ask("y")];
        Trace.Log(string.Join(",", names));
        List<int> counts = [Count("a"), 2, Count("b")];
        return string.Join(",", names) + "/" + string.Join(",", counts) + "/" + names.Count + ":" + names.Capacity;
    }

    [Case]
    public static string CollectionExpressionsOfOtherTargets()
    {
        string[] array = [Ask("x"), "z"];
        IEnumerable<string> sequence = [Ask("y"), "w"];
        IReadOnlyList<int> readOnly = [Count("r"), 5];
        HashSet<string> set = [Ask("s"), "s#?"];
        return string.Join(",", array) + "/" + string.Join(",", sequence) + "/" + string.Join(",", readOnly) + "/" + set.Count;
    }

    [Case]
    public static string CompoundAssignmentToAMultiDimensionalArrayElement()
    {
        var grid = new int[3, 3];
        grid[1, 2] += Count("g");
        grid[1, 2] *= Count("h");
        var cube = new long[2, 2, 2];
        cube[1, 0, 1] += Count("c");
        var names = new string[2, 2];
        names[0, 1] = "a";
        names[0, 1] += Ask("n");
        return grid[1, 2] + "/" + cube[1, 0, 1] + "/" + names[0, 1];
    }

    [Case]
    public static string TupleDeconstructionOfSuspendingCalls()
    {
        (int count, string name) = (Count("a"), Ask("b"));
        var (left, right) = Pair();
        return count + name + left + right;
    }

    [Case]
    public static string CompoundAssignmentThroughAStructIndexer()
    {
        var board = new Board(3);
        board[1, 2] += Count("b");
        board[1, 2] += Count("c");
        return board[1, 2] + "/" + board.Cells.Length;
    }

    private static (string, int) Pair() => (Ask("l"), Count("r"));

    private struct Board
    {
        public Board(int size) => Cells = new int[size * size];

        public int[] Cells { get; }

        public int this[int row, int column]
        {
            get => Cells[(row * 3) + column];
            set => Cells[(row * 3) + column] = value;
        }
    }

    private static string Ask(string name)
    {
        Trace.Log("ask " + name);
        return Flow.WaitForSignal<string>(name);
    }

    private static int Count(string name)
    {
        Trace.Log("count " + name);
        return Flow.WaitForSignal<int>(name);
    }
}
