namespace Flowmetal.Fixtures.Refusals.Refused;

/// <summary>A delegate the caller passes in; nothing says it suspends.</summary>
public static class DelegateCallInCatch
{
    public static int Run(Action<string> log)
    {
        try
        {
            Flow.Checkpoint();
            return 1;
        }
        catch (InvalidOperationException e)
        {
            log(e.Message); // not a refusal: a plain callback in a catch block
            return 0;
        }
    }
}

public static class DelegateCallInFinally
{
    public static int Run(Action? done)
    {
        try
        {
            Flow.Checkpoint();
            return 1;
        }
        finally
        {
            done?.Invoke(); // not a refusal: a plain callback in a finally block
        }
    }
}

public static class MonitorWithoutTryFinally
{
    private static readonly object Gate = new();

    public static int Run()
    {
        Monitor.Enter(Gate);
        Flow.Checkpoint(); // FL0102 bare Monitor
        Monitor.Exit(Gate);
        return 1;
    }
}
