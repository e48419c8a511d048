using System.Collections.Concurrent;

namespace Flowmetal.Runtime.Flows.Support;

/// <summary>Calls that fail a given number of times per key before they succeed (retry tests), and a pause that does not suspend.</summary>
public static class Flaky
{
    private static readonly ConcurrentDictionary<string, int> Calls = new();

    /// <summary>Throws an <see cref="InvalidOperationException"/> on the first <paramref name="failures"/> calls for <paramref name="key"/>, then returns the call's number.</summary>
    public static int Charge(string key, int failures) => Call(key, failures);

    /// <summary>Like <see cref="Charge"/>; retried by a &lt;Retry&gt; rule in FodyWeavers.xml.</summary>
    public static int ChargeByRule(string key, int failures) => Call(key, failures);

    /// <summary>How many times <paramref name="key"/> was called.</summary>
    public static int CallsOf(string key) => Calls.TryGetValue(key, out var count) ? count : 0;

    /// <summary>Blocks the flow's thread (work between suspensions), without suspending.</summary>
    public static void Pause(int milliseconds) => Thread.Sleep(milliseconds);

    private static int Call(string key, int failures)
    {
        int call = Calls.AddOrUpdate(key, 1, (_, n) => n + 1);
        SideEffects.Record(key + ":call");
        if (call <= failures)
        {
            throw new InvalidOperationException($"{key}: call {call} fails");
        }

        return call;
    }
}
