using System.Collections.Concurrent;

namespace Flowmetal.Runtime.Flows.Support;

/// <summary>
/// What the operator-facing flows read from outside (a rate, whether a dependency is up) and what they record having done,
/// per test key: the world an operator fixes before retrying or rewinding a flow. Not woven: these never suspend.
/// </summary>
public static class OperatorInputs
{
    private static readonly ConcurrentDictionary<string, int> Values = new();
    private static readonly ConcurrentDictionary<string, int> Records = new();

    public static void Set(string key, string name, int value) => Values[key + ":" + name] = value;

    public static int Get(string key, string name) =>
        Values.TryGetValue(key + ":" + name, out var value) ? value : throw new InvalidOperationException($"no {name} is set for {key}");

    /// <summary>Throws until <see cref="Set"/>(key, "fixed", 1), like a dependency that is down.</summary>
    public static void FailUnlessFixed(string key)
    {
        if (!Values.TryGetValue(key + ":fixed", out var up) || up != 1)
        {
            throw new InvalidOperationException($"the dependency of {key} is down");
        }
    }

    private static readonly ConcurrentDictionary<string, ManualResetEventSlim> Gates = new();

    /// <summary>Blocks the calling flow's step until <see cref="Release"/>(key): a flow kept running on purpose.</summary>
    public static void Block(string key) => Gates.GetOrAdd(key, _ => new ManualResetEventSlim()).Wait(TimeSpan.FromSeconds(60));

    public static void Release(string key) => Gates.GetOrAdd(key, _ => new ManualResetEventSlim()).Set();

    public static void Record(string key, string what) => Records.AddOrUpdate(key + ":" + what, 1, (_, n) => n + 1);

    public static int Recorded(string key, string what) => Records.TryGetValue(key + ":" + what, out var n) ? n : 0;
}
