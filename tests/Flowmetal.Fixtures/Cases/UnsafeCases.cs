using Flowmetal.Fixtures.Support;

namespace Flowmetal.Fixtures.Cases;

/// <summary>Pointers, fixed and stackalloc used between suspensions (never live across one) keep working.</summary>
public static unsafe class UnsafeCases
{
    [Case]
    public static string FixedAndPointersBetweenSuspensions()
    {
        var data = new[] { 1, 2, 3, 4 };
        int sum = 0;
        fixed (int* p = data)
        {
            for (int i = 0; i < data.Length; i++)
            {
                sum += p[i];
            }
        }

        Flow.Checkpoint();
        fixed (int* p = &data[1])
        {
            *p += sum;
        }

        Flow.Checkpoint();
        return sum + "," + string.Join(",", data);
    }

    [Case]
    public static string StackallocAndSpansBetweenSuspensions()
    {
        int total = 0;
        for (int round = 0; round < 3; round++)
        {
            total += Fill(round);
            Flow.Checkpoint();
        }

        ReadOnlySpan<char> text = "flowmetal".AsSpan(4);
        string tail = text.ToString();
        Flow.Checkpoint();
        return total + "," + tail;
    }

    private static int Fill(int round)
    {
        int total = 0;
        Flow.Checkpoint();
        Span<int> buffer = stackalloc int[4];
        for (int i = 0; i < buffer.Length; i++)
        {
            buffer[i] = (i + 1) * (round + 1);
        }

        foreach (var v in buffer)
        {
            total += v;
        }

        return total;
    }
}
