using Flowmetal.Fixtures.Support;

namespace Flowmetal.Fixtures.Cases;

/// <summary>An order pipeline of interface steps, one waiting for signals in a while(true) loop.</summary>
public static class OrderPipelineCases
{
    [Case]
    public static string OrderPipeline()
    {
        var results = new List<string>();
        foreach (var id in new[] { 1, 2 })
        {
            var order = new Order(id);
            order.Lines["apple"] = id * 4;
            order.Lines["fig"] = id * 30;
            IOrderStep[] steps = { new PriceStep(), new ApprovalStep(), new ShipStep() };
            string outcome = "completed";
            foreach (var step in steps)
            {
                if (!step.Run(order))
                {
                    outcome = "stopped at " + step.Name;
                    break;
                }
            }

            results.Add(id + ":" + outcome + ":" + string.Join("/", order.Audit));
        }

        return string.Join(" | ", results);
    }
}
