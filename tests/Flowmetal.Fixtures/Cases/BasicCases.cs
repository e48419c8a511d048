using Flowmetal.Fixtures.Support;

namespace Flowmetal.Fixtures.Cases;

public static class BasicCases
{
    [Case]
    public static int Checkpoints()
    {
        int total = 0;
        for (int i = 0; i < 3; i++)
        {
            total += i;
            Trace.Log("step " + i);
            Flow.Checkpoint();
        }

        return total;
    }

    [Case]
    public static string NestedWithStack()
    {
        int a = 2;
        var s = string.Concat("x", Inner(a), "y");
        return s + (a + Twice(3) * Twice(4));
    }

    private static string Inner(int a)
    {
        Flow.Checkpoint();
        Trace.Log("inner " + a);
        return "[" + Flow.WaitForSignal<int>("n") + "]";
    }

    private static int Twice(int x)
    {
        Flow.Checkpoint();
        return x * 2;
    }
}
