using Flowmetal.Fixtures.Support;

namespace Flowmetal.Fixtures.Cases;

/// <summary>
/// Interpolated strings build in a DefaultInterpolatedStringHandler (a ref struct) initialized by
/// address: a suspension before it, or as one of its holes, must be handled.
/// </summary>
public static class InterpolationCases
{
    [Case]
    public static string InterpolationAfterASuspension()
    {
        int count = 3;
        Flow.Checkpoint();
        var text = $"count {count}, next {count + 1}";
        Trace.Log(text);
        return text;
    }

    [Case]
    public static string InterpolationInALoopWithSuspensions()
    {
        var parts = new List<string>();
        for (int i = 0; i < 3; i++)
        {
            int n = Flow.WaitForSignal<int>("n");
            parts.Add($"{i}:{n:D3}");
        }

        return string.Join(",", parts);
    }
}
