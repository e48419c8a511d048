namespace Flowmetal.Tool.Output;

/// <summary>Method identities (<c>Shop.Orders.OrderFlow::Process(System.Int32)</c>) shortened for a table: <c>OrderFlow::Process</c>.</summary>
internal static class MethodNames
{
    public static string Short(string methodId)
    {
        int paren = methodId.IndexOf('(', StringComparison.Ordinal);
        var name = paren < 0 ? methodId : methodId[..paren];
        int separator = name.IndexOf("::", StringComparison.Ordinal);
        if (separator < 0)
        {
            return name;
        }

        var type = name[..separator];
        int dot = type.LastIndexOf('.');
        return type[(dot + 1)..].Replace('+', '.') + name[separator..];
    }
}
