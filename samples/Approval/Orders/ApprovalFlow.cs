using Flowmetal;

namespace Approval.Orders;

/// <summary>Plain code, no attributes, no async: FodyWeavers.xml makes it durable.</summary>
public static class ApprovalFlow
{
    /// <summary>The cooling-off delay after approval: seconds here, days in real life; durable either way.</summary>
    public static TimeSpan CoolingOff { get; set; } = TimeSpan.FromSeconds(2);

    public static string Process(int orderId)
    {
        var order = Db.Load(orderId);
        Flow.Checkpoint();                                  // durable from here on

        // A person decides; the flow waits in the store, not in memory, however long it takes.
        var decision = Flow.WaitForSignal<string>("decision");
        if (decision != "approved")
        {
            return $"order {order.Id} {decision}";
        }

        Flow.Sleep(CoolingOff);                             // a durable timer: any worker wakes it
        return Ship(order);
    }

    private static string Ship(Order order)
    {
        Flow.Checkpoint();
        return $"order {order.Id} ({order.Item} x{order.Quantity}) approved and shipped by pid {Environment.ProcessId}";
    }
}
