namespace Flowmetal.Fixtures.Refusals.Refused;

// Each refusal fixture marks the line the diagnostic must point at with a comment naming the id.

public static class SuspendInCatch
{
    public static int Run()
    {
        try
        {
            return int.Parse("x", System.Globalization.CultureInfo.InvariantCulture);
        }
        catch (FormatException)
        {
            Flow.Checkpoint(); // FL0101 catch
            return -1;
        }
    }
}

public static class SuspendInFinally
{
    public static int Run()
    {
        int x = 1;
        try
        {
            x++;
        }
        finally
        {
            Flow.Checkpoint(); // FL0101 finally
        }

        return x;
    }
}

public static class SuspendInFilter
{
    public static int Run()
    {
        try
        {
            return int.Parse("x", System.Globalization.CultureInfo.InvariantCulture);
        }
        catch (FormatException) when (Check()) // FL0106 filter
        {
            return -1;
        }
    }

    private static bool Check()
    {
        Flow.Checkpoint();
        return true;
    }
}
