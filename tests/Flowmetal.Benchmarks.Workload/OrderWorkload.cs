namespace Flowmetal.Benchmarks.Workload;

/// <summary>
/// A call-heavy workload for the fast-path benchmark: every method can suspend (so the weaver
/// instruments each call), none does while it runs. Compiled twice, woven and plain.
/// </summary>
public static class OrderWorkload
{
    /// <summary>Pure call overhead: the worst case, a call per two additions.</summary>
    public static long Fib(int n)
    {
        if (n < 2)
        {
            if (n < 0)
            {
                Flow.Checkpoint();
            }

            return n;
        }

        return Fib(n - 1) + Fib(n - 2);
    }

    /// <summary>Business-shaped code: small methods with a little work each, several calls deep.</summary>
    public static decimal ProcessOrders(int count)
    {
        decimal total = 0;
        var cart = new Cart();
        for (int i = 0; i < count; i++)
        {
            cart.Add(Sku(i), Quantity(i), UnitPrice(i));
            if (cart.Lines.Count == 8)
            {
                total += Checkout(cart, i);
                cart.Lines.Clear();
            }
        }

        return total;
    }

    private static string Sku(int i) => (i % 5) switch
    {
        0 => "apple",
        1 => "pear",
        2 => "plum",
        3 => "fig",
        _ => "kiwi",
    };

    private static int Quantity(int i)
    {
        MaybeSuspend(i < 0);
        return 1 + (i % 3);
    }

    private static decimal UnitPrice(int i)
    {
        MaybeSuspend(i < 0);
        return 0.25m * (1 + (i % 7));
    }

    private static decimal Checkout(Cart cart, int i)
    {
        decimal subtotal = 0;
        foreach (var line in cart.Lines)
        {
            subtotal += LineTotal(line);
        }

        return ApplyDiscount(subtotal, i) + Tax(subtotal);
    }

    private static decimal LineTotal(Line line)
    {
        MaybeSuspend(line.Quantity < 0);
        return line.Quantity * line.Price;
    }

    private static decimal ApplyDiscount(decimal subtotal, int i)
    {
        MaybeSuspend(subtotal < 0);
        return i % 11 == 0 ? subtotal * 0.9m : subtotal;
    }

    private static decimal Tax(decimal subtotal)
    {
        MaybeSuspend(subtotal < 0);
        return decimal.Round(subtotal * 0.2m, 2);
    }

    private static void MaybeSuspend(bool now)
    {
        if (now)
        {
            Flow.Checkpoint();
        }
    }

    public sealed class Cart
    {
        public List<Line> Lines { get; } = new();

        public void Add(string sku, int quantity, decimal price)
        {
            MaybeSuspend(quantity < 0);
            Lines.Add(new Line(sku, quantity, price));
        }
    }

    public readonly record struct Line(string Sku, int Quantity, decimal Price);
}
