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
