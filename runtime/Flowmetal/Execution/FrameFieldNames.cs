namespace Flowmetal.Execution;

/// <summary>
/// Names a woven frame's field the way the source does: <c>&lt;&gt;l3_total</c> is local 'total', <c>&lt;&gt;a_id</c>
/// argument 'id', <c>&lt;&gt;this</c> 'this', <c>&lt;&gt;t…</c> a value on the evaluation stack. Used by refusals, by the
/// size limit's list of the largest locals and by the rendering of stored locals.
/// </summary>
internal static class FrameFieldNames
{
    /// <summary>What the field holds and its source name (<c>#3</c> for a local without one).</summary>
    public static (FlowLocalKind Kind, string Name) Parse(string field)
    {
        if (field.StartsWith("<>l", StringComparison.Ordinal))
        {
            int underscore = field.IndexOf('_', 3);
            var index = underscore < 0 ? field.Substring(3) : field.Substring(3, underscore - 3);
            if (index.Length > 0 && index.All(char.IsAsciiDigit))
            {
                return (FlowLocalKind.Local, underscore < 0 || underscore == field.Length - 1 ? "#" + index : field.Substring(underscore + 1));
            }
        }

        if (field.StartsWith("<>a_", StringComparison.Ordinal))
        {
            return (FlowLocalKind.Argument, field.Substring(4));
        }

        if (field == "<>this")
        {
            return (FlowLocalKind.This, "this");
        }

        return (FlowLocalKind.Stack, field);
    }

    /// <summary><c>local 'total'</c>, <c>argument 'id'</c>, <c>'this'</c>, <c>a value on the evaluation stack (&lt;&gt;t0)</c>.</summary>
    public static string Describe(string field) => Parse(field) switch
    {
        (FlowLocalKind.Local, var name) when name.StartsWith('#') => $"local {name}",
        (FlowLocalKind.Local, var name) => $"local '{name}'",
        (FlowLocalKind.Argument, var name) => $"argument '{name}'",
        (FlowLocalKind.This, _) => "'this'",
        _ when field.StartsWith("<>t", StringComparison.Ordinal) => $"a value on the evaluation stack ({field})",
        _ => $"field '{field}'",
    };
}
