using System.Text;

namespace Flowmetal.Inspection;

/// <summary>
/// Gives a frame's arguments the types its method's signature declares (<c>Shop.Orders::Price(System.String,System.Int32)</c>):
/// a stored number carries no type, and <c>int cents = 1350</c> reads better than <c>cents = 1350</c>. Arguments are stored
/// in the order the method declares them; the types are given only when the counts agree and every type the stored state
/// does say fits, so a signature read wrongly shows no type rather than a wrong one.
/// </summary>
internal static class ArgumentTypes
{
    public static IReadOnlyList<FlowLocal> Fill(string methodId, IReadOnlyList<FlowLocal> locals)
    {
        var parameters = Parameters(methodId);
        var arguments = locals.Where(l => l.Kind == FlowLocalKind.Argument).ToList();
        if (parameters is null || arguments.Count == 0 || arguments.Count != parameters.Count ||
            arguments.Where((a, i) => a.Type is not null && a.Type != parameters[i] && parameters[i] != "object").Any())
        {
            return locals;
        }

        int next = 0;
        return locals.Select(l => l.Kind != FlowLocalKind.Argument ? l : WithType(l, parameters[next++])).ToArray();
    }

    private static FlowLocal WithType(FlowLocal local, string type) =>
        local.Type is not null ? local : new FlowLocal { Name = local.Name, Kind = local.Kind, Type = type, Value = local.Value };

    /// <summary>The parameter types of <c>Type::Method(A,B&lt;C,D&gt;)</c> as C# writes them, or <see langword="null"/> when it does not read.</summary>
    internal static IReadOnlyList<string>? Parameters(string methodId)
    {
        int separator = methodId.IndexOf("::", StringComparison.Ordinal);
        int open = separator < 0 ? -1 : methodId.IndexOf('(', separator);
        int close = methodId.LastIndexOf(')');
        if (open < 0 || close < open)
        {
            return null;
        }

        var list = methodId.Substring(open + 1, close - open - 1);
        if (StoredTypeName.NestingOf(list, '<', '>') > StoredTypeName.MaxNesting)
        {
            return null;
        }

        if (list.Length == 0)
        {
            return Array.Empty<string>();
        }

        var types = new List<string>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i <= list.Length; i++)
        {
            if (i == list.Length || (list[i] == ',' && depth == 0))
            {
                var type = Display(list.Substring(start, i - start).Trim());
                if (type is null)
                {
                    return null;
                }

                types.Add(type);
                start = i + 1;
            }
            else if (list[i] is '<' or '[')
            {
                depth++;
            }
            else if (list[i] is '>' or ']')
            {
                depth--;
            }
        }

        return types;
    }

    /// <summary><c>System.Collections.Generic.List`1&lt;System.Int32&gt;[]</c> → <c>List&lt;int&gt;[]</c>; <see langword="null"/> for a generic parameter or a byref.</summary>
    private static string? Display(string type)
    {
        if (type.Length == 0 || type.StartsWith('!') || type.EndsWith('&'))
        {
            return null;
        }

        int angle = type.IndexOf('<', StringComparison.Ordinal);
        if (angle < 0)
        {
            int bracket = type.IndexOf('[', StringComparison.Ordinal);
            var name = bracket < 0 ? type : type[..bracket];
            var suffix = bracket < 0 ? string.Empty : type[bracket..];
            return StoredTypeName.Display(name.Replace('/', '+')) + suffix;
        }

        int end = type.LastIndexOf('>');
        if (end < angle)
        {
            return null;
        }

        var arguments = Parameters(string.Concat("T::M(", type.AsSpan(angle + 1, end - angle - 1), ")"));
        if (arguments is null)
        {
            return null;
        }

        var text = new StringBuilder(StoredTypeName.Display(type[..angle].Replace('/', '+')));
        return text.Append('<').AppendJoin(", ", arguments).Append('>').Append(type[(end + 1)..]).ToString();
    }
}
