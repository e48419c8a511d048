using MoreLinq;

namespace Flowmetal.MoreLinq.Flows;

/// <summary>
/// A flow that waits for signals inside MoreLINQ's <c>ForEach</c> (woven with the rest of MoreLINQ):
/// the library's frame, with its enumerator halfway through the range, is stored and resumed.
/// </summary>
public static class Tally
{
    public static string Run(int count)
    {
        var seen = new List<string>();
        Enumerable.Range(1, count).ForEach(i => seen.Add(i + "=" + Flow.WaitForSignal<int>("n")));
        Flow.Checkpoint();
        var lengths = seen.Select(s => s.Length).Scan((a, b) => a + b).ToList();
        return string.Join(",", seen) + " " + string.Join(",", lengths);
    }
}
