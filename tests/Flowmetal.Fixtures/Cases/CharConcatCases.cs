using Flowmetal.Fixtures.Support;

namespace Flowmetal.Fixtures.Cases;

/// <summary>`char + string` with a suspending operand: Roslyn concatenates through ReadOnlySpan&lt;char&gt; over the char.</summary>
public static class CharConcatCases
{
    [Case]
    public static string CharPlusSuspendingString()
    {
        char ch = 'a';
        string c = ch + S("c");
        string d = ch.ToString() + S("d");
        return c + d + ('x' + S("y"));
    }

    private static string S(string s)
    {
        Flow.Checkpoint();
        Trace.Log("S " + s);
        return "<" + s + ">";
    }
}
