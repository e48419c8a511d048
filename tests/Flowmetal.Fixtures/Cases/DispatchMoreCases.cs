using Flowmetal.Fixtures.Support;

namespace Flowmetal.Fixtures.Cases;

/// <summary>More dispatch: base calls, overrides at each level, explicit interface implementations (their frame type names).</summary>
public static class DispatchMoreCases
{
    [Case]
    public static string AbstractAndVirtualOverrides()
    {
        Shape[] shapes = { new Rect(2, 3), new Square(2), new Circle(1) };
        var parts = new List<string>();
        foreach (var s in shapes)
        {
            parts.Add(s.Describe());
        }

        return string.Join(",", parts);
    }

    [Case]
    public static string TemplateMethodWithOverridesAtEachLevel()
    {
        Pipeline a = new DoublingPipeline();
        Pipeline b = new LoggingPipeline();
        return a.Run(1) + "|" + b.Run(2);
    }

    [Case]
    public static string InterfaceCallsIncludingExplicitAndDefaultImplementations()
    {
        IGreeter[] greeters = { new PoliteGreeter(), new LoudGreeter(), new StructGreeter() };
        var parts = new List<string>();
        foreach (var g in greeters)
        {
            parts.Add(g.Greet("ann"));
            parts.Add(g.GreetTwice("bo"));
        }

        return string.Join(",", parts);
    }
}
