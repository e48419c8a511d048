using System.Globalization;
using System.Text;

namespace Flowmetal.Benchmarks.Workload;

/// <summary>
/// Workflow-shaped code: every step can suspend and does a little real work (parsing, a lookup,
/// formatting), as the steps of an order flow would between their I/O calls.
/// </summary>
public static class StepWorkload
{
    private static readonly Dictionary<string, decimal> Prices = new()
    {
        ["apple"] = 0.5m, ["pear"] = 0.75m, ["plum"] = 0.3m, ["fig"] = 1.2m, ["kiwi"] = 0.45m,
    };

    public static int Run(int orders)
    {
        int length = 0;
        for (int i = 0; i < orders; i++)
        {
            length += Process("order-" + i.ToString(CultureInfo.InvariantCulture), i).Length;
        }

        return length;
    }

    private static string Process(string id, int i)
    {
        var lines = Parse(id, i);
        var total = Price(lines);
        Checkpoint(i < 0);
        return Render(id, lines, total);
    }

    private static List<(string Sku, int Quantity)> Parse(string id, int i)
    {
        Checkpoint(id.Length == 0);
        var skus = new[] { "apple", "pear", "plum", "fig", "kiwi" };
        var lines = new List<(string, int)>();
        for (int k = 0; k < 3; k++)
        {
            lines.Add((skus[(i + k) % skus.Length], 1 + ((i + k) % 4)));
        }

        return lines;
    }

    private static decimal Price(List<(string Sku, int Quantity)> lines)
    {
        decimal total = 0;
        foreach (var (sku, quantity) in lines)
        {
            total += LinePrice(sku, quantity);
        }

        return total;
    }

    private static decimal LinePrice(string sku, int quantity)
    {
        Checkpoint(quantity < 0);
        return Prices[sku] * quantity;
    }

    private static string Render(string id, List<(string Sku, int Quantity)> lines, decimal total)
    {
        Checkpoint(total < 0);
        var text = new StringBuilder(id).Append(':');
        foreach (var (sku, quantity) in lines)
        {
            text.Append(' ').Append(quantity).Append('x').Append(sku);
        }

        return text.Append(" = ").Append(total.ToString(CultureInfo.InvariantCulture)).ToString();
    }

    private static void Checkpoint(bool now)
    {
        if (now)
        {
            Flow.Checkpoint();
        }
    }
}
