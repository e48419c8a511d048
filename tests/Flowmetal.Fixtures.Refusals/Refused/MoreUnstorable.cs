namespace Flowmetal.Fixtures.Refusals.Refused;

/// <summary>
/// $"..." into a string is woven (the handler becomes a heap builder), but not when the handler
/// starts on a stack buffer of the caller's: that form keeps the ref struct.
/// </summary>
public static class SuspendingInterpolationHole
{
    public static string Run(int x)
    {
        return string.Create(null, stackalloc char[64], $"x={x} y={Next()}"); // FL0103 interpolation
    }

    private static int Next()
    {
        Flow.Checkpoint();
        return 2;
    }
}

public static unsafe class PinnedAcrossSuspension
{
    public static int Run(int[] data)
    {
        fixed (int* p = data)
        {
            int first = *p;
            Flow.Checkpoint(); // FL0103 pinned
            return first + p[1];
        }
    }
}

public static class SpanParameterAcrossSuspension
{
    public static int Run(Span<int> values)
    {
        Flow.Checkpoint(); // FL0103 span parameter
        return values[0];
    }
}

public static class RefReturningSuspension
{
    private static readonly int[] Data = { 1 };

    public static ref int Run()
    { // FL0105 ref return (a method-level refusal points at the body's first line)
        Flow.Checkpoint();
        return ref Data[0];
    }
}

/// <summary>A collection expression with a spread writes through a span over the new list: not rewritten.</summary>
public static class SpreadCollectionExpression
{
    public static List<string> Run(List<string> more)
    {
        List<string> all = [.. more, Name()]; // FL0105 spread
        return all;
    }

    private static string Name()
    {
        Flow.Checkpoint();
        return "x";
    }
}
