using Flowmetal.Runtime.Flows.Catalogue;

namespace Flowmetal.Runtime.Flows;

/// <summary>A checkout three frames deep, waiting for an approval while it holds ordinary business state.</summary>
public static class InspectionFlows
{
    public static string Checkout(int orderId)
    {
        var order = new Order(orderId, new Customer("ann"), new List<string> { "apple", "pear" });
        decimal total = 12.50m;
        return Review(order, total) + " " + order.Lines.Count + " " + orderId;
    }

    private static string Review(Order order, decimal total)
    {
        var counts = new Dictionary<string, int> { ["apple"] = 1, ["pear"] = 2 };
        int three = 3;
        var day = DayOfWeek.Friday;
        var pair = new KeyValuePair<string, Customer>("owner", order.Customer);
        var loop = new GraphNode { Name = "loop" };
        loop.Next = loop;
        var approved = Approve(order.Id);
        return $"{approved} {counts.Count} {three} {day} {pair.Key} {loop.Next.Name} {total}";
    }

    private static bool Approve(int id)
    {
        string reason = "needs a person";
        return Flow.WaitForSignal<bool>("approved") && reason.Length > 0;
    }
}
