using System.Collections.Generic;

namespace Flowmetal.Fixtures.Redeploy;

// Build 1. Every flow waits for the int signal "go"; build 2 (../Flowmetal.Fixtures.Redeploy.V2/Flows.cs) edits each
// method the way its class name says, and the redeploy tests resume flows stored here in build 2.

public static class AddedAfter
{
    public static string Run(int n)
    {
        int total = n * 2;
        int x = Flow.WaitForSignal<int>("go");
        return "v1 " + (total + x);
    }
}

public static class NewLocal
{
    public static string Run(int n)
    {
        string label = "n=" + n;
        int x = Flow.WaitForSignal<int>("go");
        return "v1 " + label + " x=" + x;
    }
}

public static class ChangedConstant
{
    public static string Run(int n)
    {
        int price = n * 10;
        int x = Flow.WaitForSignal<int>("go");
        return "v1 price=" + price + " x=" + x;
    }
}

public static class RenamedUnrelated
{
    public static string Run(int n)
    {
        int x = Flow.WaitForSignal<int>("go");
        return Format(n, x);
    }

    private static string Format(int a, int b) => "v1 " + a + "," + b;
}

public static class PointsAdded
{
    public static string Run(int n)
    {
        int a = n + 1;
        int x = Flow.WaitForSignal<int>("go");
        return "v1 " + (a + x);
    }
}

public static class SameCallAdded
{
    public static string Run(int n)
    {
        int x = Flow.WaitForSignal<int>("go");
        return "v1 " + (n + x);
    }
}

public static class LocalRemoved
{
    public static string Run(int n)
    {
        int discount = n;
        int x = Flow.WaitForSignal<int>("go");
        return "v1 " + (x - discount);
    }
}

public static class LocalRetyped
{
    public static string Run(int n)
    {
        int total = n * 3;
        int x = Flow.WaitForSignal<int>("go");
        return "v1 " + (total + x);
    }
}

public static class Drain
{
    public static string Run(int n)
    {
        string code = "order-" + n;
        int x = Flow.WaitForSignal<int>("go");
        return "v1 drained " + code + " x=" + x;
    }
}

public static class Nested
{
    public static string Run(int n)
    {
        var parts = new List<string> { "start" };
        string inner = Step(n, parts);
        return "v1 " + inner + " " + string.Join("|", parts);
    }

    private static string Step(int n, List<string> parts)
    {
        try
        {
            int x = Flow.WaitForSignal<int>("go");
            parts.Add("got " + x);
            return "step" + (n + x);
        }
        finally
        {
            parts.Add("finally");
        }
    }
}
