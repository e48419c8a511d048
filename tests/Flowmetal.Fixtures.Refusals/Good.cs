namespace Flowmetal.Fixtures.Refusals.Good;

/// <summary>Weaves cleanly; its woven form is run through reflection by the unit tests.</summary>
public static class Calculator
{
    public static int Add(int a, int b)
    {
        int sum = a + Twice(b);
        Flow.Checkpoint();
        return sum;
    }

    public static string Describe(int[] values)
    {
        var parts = new List<string>();
        foreach (var v in values)
        {
            Flow.Checkpoint();
            parts.Add((v * 2).ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        return string.Join(",", parts);
    }

    private static int Twice(int x)
    {
        Flow.Checkpoint();
        return x * 2;
    }
}
