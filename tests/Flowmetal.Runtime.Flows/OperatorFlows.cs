using System.Runtime.CompilerServices;
using Flowmetal.Runtime.Flows.Support;

namespace Flowmetal.Runtime.Flows;

/// <summary>Flows an operator looks at, retries and rewinds (the operators' tool and FlowClient's operations).</summary>
public static class OperatorFlows
{
    /// <summary>Three frames deep (Order → Price → Approve), waiting for signal 'decision' with business state in every frame.</summary>
    public static string Order(string customer, int quantity)
    {
        var lines = new List<string> { "apple", "pear", "plum" };
        var priced = Price(customer, quantity * 450, lines);
        return priced + " x" + quantity + " of " + lines.Count;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static string Price(string customer, int cents, List<string> lines)
    {
        decimal discount = 0.25m;
        var note = new OrderNote { Author = customer, Text = "rush" };
        var decision = Approve(cents, note);
        return $"{decision} {customer} {cents} {discount} {lines.Count} {note.Text}";
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static string Approve(int cents, OrderNote note)
    {
        int threshold = 1000;
        var answer = Flow.WaitForSignal<string>("decision");
        return answer + (cents > threshold ? "!" : ".") + note.Author.Length;
    }

    /// <summary>Prepares, waits for 'go', then fails while its dependency is down (<see cref="OperatorInputs.FailUnlessFixed"/>).</summary>
    public static string Fragile(string key)
    {
        var steps = new List<string> { "prepared" };
        OperatorInputs.Record(key, "prepared");
        Flow.Checkpoint();
        var payload = Flow.WaitForSignal<string>("go");
        steps.Add(payload);
        OperatorInputs.Record(key, "resumed");
        OperatorInputs.FailUnlessFixed(key);
        steps.Add("done");
        return string.Join(",", steps);
    }

    /// <summary>Fails before its first suspension while its dependency is down.</summary>
    public static string FailsAtStart(string key)
    {
        OperatorInputs.Record(key, "started");
        OperatorInputs.FailUnlessFixed(key);
        Flow.Checkpoint();
        return "started " + OperatorInputs.Recorded(key, "started");
    }

    /// <summary>A quote: 100 times the rate plus the fee, each read after a checkpoint, confirmed by signal 'confirm'.</summary>
    public static int Quote(string key)
    {
        int price = 100;
        Flow.Checkpoint();
        price *= OperatorInputs.Get(key, "rate");
        Flow.Checkpoint();
        price += OperatorInputs.Get(key, "fee");
        bool confirmed = Flow.WaitForSignal<bool>("confirm");
        return confirmed ? price : -price;
    }

    /// <summary>Starts an <see cref="Order"/> as a child flow and joins it.</summary>
    public static string ParentOfOrder(string customer)
    {
        var child = Flow.Start(() => Order(customer, 1));
        return "parent saw: " + child.Join();
    }

    /// <summary>Checkpoints, then runs until <see cref="OperatorInputs.Release"/>(key).</summary>
    public static string Busy(string key)
    {
        Flow.Checkpoint();
        OperatorInputs.Record(key, "running");
        OperatorInputs.Block(key);
        return "released";
    }

    /// <summary><paramref name="checkpoints"/> checkpoints, then a wait for signal 'end'.</summary>
    public static int Steps(int checkpoints)
    {
        int done = 0;
        for (int i = 0; i < checkpoints; i++)
        {
            done++;
            Flow.Checkpoint();
        }

        int end = Flow.WaitForSignal<int>("end");
        return done + end;
    }
}

/// <summary>A note an order flow holds across its wait.</summary>
public sealed class OrderNote
{
    public string Author { get; set; } = string.Empty;

    public string Text { get; set; } = string.Empty;
}
