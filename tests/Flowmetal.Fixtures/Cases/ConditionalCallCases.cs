using Flowmetal.Fixtures.Support;

namespace Flowmetal.Fixtures.Cases;

/// <summary>Conditional expressions whose branches suspend: Release code reports these calls away from their statements.</summary>
public static class ConditionalCallCases
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

    private static bool B(int x)
    {
        Flow.Checkpoint();
        Trace.Log("B " + x);
        return x % 2 == 0;
    }

    [Case]
    public static string ConditionalExpressionsWithSuspendingBranches()
    {
        var parts = new List<string>();
        for (int i = 0; i < 4; i++)
        {
            int v = 100 + (B(i) ? F(i) : G(i));
            string s = "p" + (i > 1 ? S("hi") : S("lo")) + (B(i + 1) ? "e" : S("o"));
            parts.Add(v + s);
        }

        return string.Join(",", parts);
    }
}
