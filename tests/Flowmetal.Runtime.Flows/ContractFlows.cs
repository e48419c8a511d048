using System.Text;
using Flowmetal.Runtime.Flows.Support;
using Flowmetal.Serialization;

namespace Flowmetal.Runtime.Flows;

/// <summary>The flows of the store contract suite.</summary>
public static class ContractFlows
{
    public static int Add(int a, int b)
    {
        Flow.Checkpoint();
        return a + b;
    }

    public static int CountWithCheckpoints(int n)
    {
        int total = 0;
        for (int i = 0; i < n; i++)
        {
            total += i;
            Flow.Checkpoint();
        }

        return total;
    }

    public static string Sleeper(int milliseconds)
    {
        var before = "slept";
        Flow.Sleep(TimeSpan.FromMilliseconds(milliseconds));
        return before + " " + milliseconds;
    }

    public static string CollectSignals(int count)
    {
        var parts = new List<string>();
        for (int i = 0; i < count; i++)
        {
            parts.Add(Flow.WaitForSignal<string>("item"));
        }

        return string.Join(",", parts);
    }

    public static string TwoNames()
    {
        var first = Flow.WaitForSignal<string>("b");
        var second = Flow.WaitForSignal<string>("a");
        return first + second;
    }

    public static string Throws(string message)
    {
        Flow.Checkpoint();
        SideEffects.Throw(message);
        return "unreachable";
    }

    public static string WaitForever() => Flow.WaitForSignal<string>("never");

    public static int Doubles() => Flow.WaitForSignal<int>("number") * 2;

    public static void NoResult(string key)
    {
        Flow.Checkpoint();
        SideEffects.Record(key);
    }

    /// <summary>Waits three frames deep, so GetAsync shows a stack.</summary>
    public static string Outer(int orderId)
    {
        var prefix = "order " + orderId;
        return prefix + ": " + Middle(orderId);
    }

    public static string Middle(int orderId)
    {
        int doubled = orderId * 2;
        return Inner(doubled) + "/" + doubled;
    }

    public static string Inner(int value)
    {
        var approved = Flow.WaitForSignal<bool>("approved");
        return approved ? "approved " + value : "rejected " + value;
    }

    public static string HoldsTask()
    {
        var pending = Task.FromResult(42);
        Flow.Checkpoint();
        return pending.Result.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    public static string CatchesRefusedSuspension()
    {
        var builder = new StringBuilder("kept");
        try
        {
            using var stream = new MemoryStream();
            stream.WriteByte(1);
            Flow.Checkpoint();
            return "stored a stream?";
        }
        catch (FlowSerializationException refused)
        {
            builder.Append(" caught ").Append(refused.Member);
        }

        Flow.Checkpoint();
        return builder.ToString();
    }

    public static string HoldsObject()
    {
        object box = "marker-value";
        Flow.Checkpoint();
        return box.ToString()!;
    }
}
