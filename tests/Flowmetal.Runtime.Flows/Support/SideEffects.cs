namespace Flowmetal.Runtime.Flows.Support;

/// <summary>
/// Side effects flows perform, routed to whatever the host plugs in (a Redis INCR in the worker
/// host, a list in tests). Not woven: these never suspend.
/// </summary>
public static class SideEffects
{
    /// <summary>Called with a key each time a flow's code reaches a recorded point.</summary>
    public static Action<string>? Sink { get; set; }

    /// <summary>Called with the signal's send time (UTC ticks) when a latency probe resumes.</summary>
    public static Action<long>? Resumed { get; set; }

    /// <summary>How long each step of a crash-test flow works (ms).</summary>
    public static int StepMilliseconds { get; set; }

    public static void Record(string key) => Sink?.Invoke(key);

    public static void Work()
    {
        if (StepMilliseconds > 0)
        {
            Thread.Sleep(StepMilliseconds);
        }
    }

    public static void ResumedAt(long sentTicks) => Resumed?.Invoke(sentTicks);

    public static void Throw(string message) => throw new InvalidOperationException(message);

    /// <summary>A method no code of this assembly makes a delegate of: a stored delegate must never call it.</summary>
    internal static string Secret() => "secret";
}
