using System.Text;

namespace Flowmetal.Runtime.Flows;

/// <summary>
/// A flow with rich state across its waits (collections mid-enumeration, a closure, a builder, an
/// iterator), for the migration test: suspended in one process, resumed in another.
/// </summary>
public static class MigrationFlows
{
    public static string Run(int seed)
    {
        var numbers = new List<int> { seed, seed + 1, seed + 2 };
        var totals = new Dictionary<string, int>(StringComparer.Ordinal) { ["a"] = seed, ["b"] = seed * 2, ["c"] = seed * 3 };
        var seen = new HashSet<string> { "x" + seed, "y" + seed };
        var log = new StringBuilder("start " + seed);
        int bonus = seed % 7;
        Func<int, int> addBonus = v => v + bonus;
        var squares = Squares(seed).GetEnumerator();
        squares.MoveNext();

        int first = Flow.WaitForSignal<int>("go");
        foreach (var pair in totals)
        {
            log.Append(';').Append(pair.Key).Append('=').Append(addBonus(pair.Value + first));
            if (pair.Key == "b")
            {
                int second = Flow.WaitForSignal<int>("go");
                log.Append("|second ").Append(second);
                numbers.Add(second);
            }
        }

        squares.MoveNext();
        log.Append(";squares ").Append(squares.Current);
        seen.Add("z");
        return log + ";" + string.Join(",", numbers) + ";" + string.Join(",", seen.OrderBy(s => s, StringComparer.Ordinal));
    }

    private static IEnumerable<int> Squares(int start)
    {
        for (int i = start; ; i++)
        {
            yield return i * i;
        }
    }
}
