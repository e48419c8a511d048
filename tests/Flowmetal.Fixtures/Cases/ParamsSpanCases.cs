using Flowmetal.Fixtures.Support;

namespace Flowmetal.Fixtures.Cases;

/// <summary>
/// Calls binding to params ReadOnlySpan overloads (C# 13): the compiler fills an [InlineArray]
/// local element by element, and a suspending argument leaves an element address on the stack.
/// </summary>
public static class ParamsSpanCases
{
    [Case]
    public static string JoinWithSuspendingArguments()
    {
        int a = 1;
        return string.Join(",", a, Next(), "x", Next());
    }

    [Case]
    public static string ConcatOfFiveWithSuspendingArguments()
    {
        var x = "<";
        return string.Concat(x, Word(), "-", Word(), x);
    }

    private static int Next()
    {
        int n = Flow.WaitForSignal<int>("n");
        Trace.Log("next " + n);
        return n;
    }

    private static string Word() => Flow.WaitForSignal<string>("w");
}
