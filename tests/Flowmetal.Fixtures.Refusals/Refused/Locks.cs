namespace Flowmetal.Fixtures.Refusals.Refused;

public static class SuspendInLock
{
    private static readonly object Gate = new();

    public static int Run()
    {
        int x = 0;
        lock (Gate)
        {
            x++;
            Flow.Checkpoint(); // FL0102 lock
        }

        return x;
    }
}

public static class SuspendInLockScope
{
    private static readonly Lock Gate = new();

    public static int Run()
    {
        int x = 0;
        lock (Gate)
        {
            x++;
            Flow.Checkpoint(); // FL0102 Lock
        }

        return x;
    }
}

public static class SuspendBetweenMonitorCalls
{
    private static readonly object Gate = new();

    public static int Run()
    {
        int x = 0;
        bool taken = false;
        try
        {
            Monitor.Enter(Gate, ref taken);
            x++;
            Flow.Checkpoint(); // FL0102 Monitor
        }
        finally
        {
            if (taken)
            {
                Monitor.Exit(Gate);
            }
        }

        return x;
    }
}

/// <summary>A tiny helper the weaver inlines in optimized builds, called inside a lock.</summary>
public static class InlinedHelperInLock
{
    private static readonly object Gate = new();

    public static int Run(bool now)
    {
        int result = 0;
        lock (Gate)
        {
            result++;
            MaybeWait(now); // FL0102 inlined helper
        }

        return result;
    }

    private static void MaybeWait(bool now)
    {
        if (now)
        {
            Flow.Checkpoint();
        }
    }
}
