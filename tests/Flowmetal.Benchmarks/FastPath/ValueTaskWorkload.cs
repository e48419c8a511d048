using System.Globalization;
using System.Text;

namespace Flowmetal.Benchmarks.FastPath;

/// <summary>
/// <see cref="AsyncWorkload"/> with <c>ValueTask</c> in place of <c>Task</c>: the async/await
/// style at its cheapest (an await that completes synchronously allocates nothing). Temporal's
/// and Durable Task's workflow methods must return <c>Task</c>, but a user's own helpers may
/// return <c>ValueTask</c>; this bounds what async code could do on the fast path.
/// </summary>
internal static class ValueTaskWorkload
{
    private static readonly Dictionary<string, decimal> Prices = new()
    {
        ["apple"] = 0.5m, ["pear"] = 0.75m, ["plum"] = 0.3m, ["fig"] = 1.2m, ["kiwi"] = 0.45m,
    };

    public static async ValueTask<long> FibAsync(int n)
    {
        if (n < 2)
        {
            if (n < 0)
            {
                await Task.Yield();
            }

            return n;
        }

        return await FibAsync(n - 1) + await FibAsync(n - 2);
    }

    public static async ValueTask<int> RunStepsAsync(int orders)
    {
        int length = 0;
        for (int i = 0; i < orders; i++)
        {
            length += (await ProcessAsync("order-" + i.ToString(CultureInfo.InvariantCulture), i)).Length;
        }

        return length;
    }

    public static async ValueTask<decimal> ProcessOrdersAsync(int count)
    {
        decimal total = 0;
        var cart = new Cart();
        for (int i = 0; i < count; i++)
        {
            await cart.AddAsync(Sku(i), await QuantityAsync(i), await UnitPriceAsync(i));
            if (cart.Lines.Count == 8)
            {
                total += await CheckoutAsync(cart, i);
                cart.Lines.Clear();
            }
        }

        return total;
    }

    private static async ValueTask<string> ProcessAsync(string id, int i)
    {
        var lines = await ParseAsync(id, i);
        var total = await PriceAsync(lines);
        await CheckpointAsync(i < 0);
        return await RenderAsync(id, lines, total);
    }

    private static async ValueTask<List<(string Sku, int Quantity)>> ParseAsync(string id, int i)
    {
        await CheckpointAsync(id.Length == 0);
        var skus = new[] { "apple", "pear", "plum", "fig", "kiwi" };
        var lines = new List<(string, int)>();
        for (int k = 0; k < 3; k++)
        {
            lines.Add((skus[(i + k) % skus.Length], 1 + ((i + k) % 4)));
        }

        return lines;
    }

    private static async ValueTask<decimal> PriceAsync(List<(string Sku, int Quantity)> lines)
    {
        decimal total = 0;
        foreach (var (sku, quantity) in lines)
        {
            total += await LinePriceAsync(sku, quantity);
        }

        return total;
    }

    private static async ValueTask<decimal> LinePriceAsync(string sku, int quantity)
    {
        await CheckpointAsync(quantity < 0);
        return Prices[sku] * quantity;
    }

    private static async ValueTask<string> RenderAsync(string id, List<(string Sku, int Quantity)> lines, decimal total)
    {
        await CheckpointAsync(total < 0);
        var text = new StringBuilder(id).Append(':');
        foreach (var (sku, quantity) in lines)
        {
            text.Append(' ').Append(quantity).Append('x').Append(sku);
        }

        return text.Append(" = ").Append(total.ToString(CultureInfo.InvariantCulture)).ToString();
    }

    private static string Sku(int i) => (i % 5) switch
    {
        0 => "apple",
        1 => "pear",
        2 => "plum",
        3 => "fig",
        _ => "kiwi",
    };

    private static async ValueTask<int> QuantityAsync(int i)
    {
        await CheckpointAsync(i < 0);
        return 1 + (i % 3);
    }

    private static async ValueTask<decimal> UnitPriceAsync(int i)
    {
        await CheckpointAsync(i < 0);
        return 0.25m * (1 + (i % 7));
    }

    private static async ValueTask<decimal> CheckoutAsync(Cart cart, int i)
    {
        decimal subtotal = 0;
        foreach (var line in cart.Lines)
        {
            subtotal += await LineTotalAsync(line);
        }

        return await ApplyDiscountAsync(subtotal, i) + await TaxAsync(subtotal);
    }

    private static async ValueTask<decimal> LineTotalAsync(Line line)
    {
        await CheckpointAsync(line.Quantity < 0);
        return line.Quantity * line.Price;
    }

    private static async ValueTask<decimal> ApplyDiscountAsync(decimal subtotal, int i)
    {
        await CheckpointAsync(subtotal < 0);
        return i % 11 == 0 ? subtotal * 0.9m : subtotal;
    }

    private static async ValueTask<decimal> TaxAsync(decimal subtotal)
    {
        await CheckpointAsync(subtotal < 0);
        return decimal.Round(subtotal * 0.2m, 2);
    }

    // Where the durable engine's await would be; never taken while measuring.
    private static async ValueTask CheckpointAsync(bool now)
    {
        if (now)
        {
            await Task.Yield();
        }
    }

    private sealed class Cart
    {
        public List<Line> Lines { get; } = new();

        public async ValueTask AddAsync(string sku, int quantity, decimal price)
        {
            await CheckpointAsync(quantity < 0);
            Lines.Add(new Line(sku, quantity, price));
        }
    }

    private readonly record struct Line(string Sku, int Quantity, decimal Price);
}
