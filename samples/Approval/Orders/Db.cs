namespace Approval.Orders;

/// <summary>An order as the flow keeps it in its frame across suspensions.</summary>
public sealed record Order(int Id, string Item, int Quantity);

/// <summary>Stands in for a database: never suspends, so the weaver leaves it as it is.</summary>
public static class Db
{
    public static Order Load(int orderId) => new(orderId, "espresso machine", 2);
}
