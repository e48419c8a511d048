using Flowmetal.Fixtures.Support;

namespace Flowmetal.Fixtures.Cases;

/// <summary>Static abstract interface members that suspend, called through T (called through a type parameter).</summary>
public static class StaticAbstractCases
{
    [Case]
    public static string StaticAbstractFactoriesThatSuspend()
    {
        var token = Make<SlowToken>(5);
        var widget = Make<SlowWidget>(1);
        return token.Seed + "," + widget.Seed + "," + MakeMany<SlowToken>(3);
    }

    private static T Make<T>(int seed)
        where T : ICreate<T>
    {
        Flow.Checkpoint();
        return T.Create(seed);
    }

    private static int MakeMany<T>(int n)
        where T : ICreate<T>
    {
        int total = 0;
        for (int i = 0; i < n; i++)
        {
            total += T.Create(i).Seed;
        }

        return total;
    }
}
