using Flowmetal;

namespace OrderApproval.Orders;

/// <summary>Plain code, no attributes, no async: FodyWeavers.xml makes it durable.</summary>
public static class OrderFlow
{
    /// <summary>The sample sleeps a second where a real flow might sleep an hour: the timer is durable either way.</summary>
    public static TimeSpan CoolingOff { get; set; } = TimeSpan.FromSeconds(1);

    public static string Process(int orderId)
    {
        var order = Db.Load(orderId);
        Flow.Checkpoint();                                  // durable from here on
        if (!Flow.WaitForSignal<bool>("approved"))
        {
            return "rejected";
        }

        Flow.Sleep(CoolingOff);                             // durable timer; the process may die meanwhile
        return Ship(order);                                 // Ship suspends too, one frame down
    }

    private static string Ship(Order order)
    {
        var carrier = Flow.WaitForSignal<string>("carrier");
        Flow.Checkpoint();
        return "order " + order.Id + " (" + order.Item + " x" + order.Quantity + ") shipped with " + carrier;
    }
}
