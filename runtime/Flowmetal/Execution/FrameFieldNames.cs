using System.Text.RegularExpressions;

namespace Flowmetal.Execution;

/// <summary>
/// Names a woven frame's field the way the source does: <c>&lt;&gt;l3_total</c> is local 'total', <c>&lt;&gt;a_id</c>
/// argument 'id', <c>&lt;&gt;this</c> 'this', <c>&lt;&gt;t…</c> a value on the evaluation stack. (The serializer names the
/// fields of a refused value the same way; issue 16 moves the format to one definition shared with the weaver.)
/// </summary>
internal static partial class FrameFieldNames
{
    public static string Describe(string field)
    {
        var local = LocalField().Match(field);
        if (local.Success)
        {
            return local.Groups["name"].Value.Length > 0 ? $"local '{local.Groups["name"].Value}'" : $"local #{local.Groups["index"].Value}";
        }

        if (field.StartsWith("<>a_", StringComparison.Ordinal))
        {
            return $"argument '{field.Substring(4)}'";
        }

        if (field == "<>this")
        {
            return "'this'";
        }

        return field.StartsWith("<>t", StringComparison.Ordinal) ? $"a value on the evaluation stack ({field})" : $"field '{field}'";
    }

    [GeneratedRegex(@"^<>l(?<index>\d+)(?:_(?<name>.*))?$")]
    private static partial Regex LocalField();
}
