using System.Collections.Generic;

namespace Flowmetal.Fixtures.Redeploy;

// Build 2 of ../Flowmetal.Fixtures.Redeploy.V1/Flows.cs: each method edited the way its class name says.

public static class AddedAfter
{
    public static string Run(int n)
    {
        int total = n * 2;
        int x = Flow.WaitForSignal<int>("go");
        var audit = "audited " + total;
        return "v2 " + (total + x) + " " + audit;
    }
}

public static class NewLocal
{
    public static string Run(int n)
    {
        string label = "n=" + n;
        int doubled = n * 2;
        label += "/" + doubled;
        int x = Flow.WaitForSignal<int>("go");
        string sign = x > 0 ? "+" : "-";
        return "v2 " + label + " x=" + x + sign;
    }
}

public static class ChangedConstant
{
    public static string Run(int n)
    {
        int price = n * 12;
        int x = Flow.WaitForSignal<int>("go");
        return "v2 price=" + price + " x=" + x;
    }
}

public static class RenamedUnrelated
{
    public static string Run(int n)
    {
        int x = Flow.WaitForSignal<int>("go");
        return Render(n, x);
    }

    private static string Render(int a, int b) => "v2 " + a + "," + b;
}

public static class PointsAdded
{
    public static string Run(int n)
    {
        Flow.Checkpoint();
        int a = n + 1;
        int x = Flow.WaitForSignal<int>("go");
        Flow.Checkpoint();
        return "v2 " + (a + x) + " after two new checkpoints";
    }
}

public static class SameCallAdded
{
    public static string Run(int n)
    {
        int first = Flow.WaitForSignal<int>("go");
        int x = Flow.WaitForSignal<int>("go");
        return "v2 " + (n + first + x);
    }
}

public static class LocalRemoved
{
    public static string Run(int n)
    {
        int x = Flow.WaitForSignal<int>("go");
        return "v2 " + x;
    }
}

public static class LocalRetyped
{
    public static string Run(int n)
    {
        long total = n * 3L;
        int x = Flow.WaitForSignal<int>("go");
        return "v2 " + (total + x);
    }
}

public static class Drain
{
    public static string Run(int n)
    {
        int code = n;
        int x = Flow.WaitForSignal<int>("go");
        return "v2 " + code + " x=" + x;
    }
}

public static class Nested
{
    public static string Run(int n)
    {
        var parts = new List<string> { "start" };
        parts.Add("v2 was here before");
        string inner = Step(n, parts);
        return "v2 " + inner + " " + string.Join("|", parts);
    }

    private static string Step(int n, List<string> parts)
    {
        try
        {
            int x = Flow.WaitForSignal<int>("go");
            parts.Add("got " + x + " in v2");
            return "step" + (n + x);
        }
        finally
        {
            parts.Add("finally v2");
        }
    }
}
