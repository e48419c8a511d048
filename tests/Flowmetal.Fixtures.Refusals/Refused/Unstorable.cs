namespace Flowmetal.Fixtures.Refusals.Refused;

public static class SpanLiveAcrossSuspension
{
    public static int Run(int[] data)
    {
        Span<int> view = data.AsSpan(1);
        Flow.Checkpoint(); // FL0103 span
        return view[0];
    }
}

public static class StackallocLiveAcrossSuspension
{
    public static int Run()
    {
        Span<byte> buffer = stackalloc byte[8];
        buffer[0] = 1;
        Flow.Checkpoint(); // FL0103 stackalloc
        return buffer[0];
    }
}

public static class RefLocalLiveAcrossSuspension
{
    public static int Run(int[] data)
    {
        ref int first = ref data[0];
        Flow.Checkpoint(); // FL0103 ref local
        first = 5;
        return data[0];
    }
}

public static class SpanDeadBeforeSuspension
{
    /// <summary>Not refused: the span's last use is before the suspension.</summary>
    public static int Run(int[] data)
    {
        Span<int> view = data.AsSpan();
        int first = view[0];
        Flow.Checkpoint();
        return first;
    }
}
