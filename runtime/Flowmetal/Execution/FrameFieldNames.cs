namespace Flowmetal.Execution;

/// <summary>
/// Names a woven frame's field (<see cref="WovenContract.FrameFields"/>) the way the source does: <c>&lt;&gt;l3_total</c>
/// is local 'total', <c>&lt;&gt;a_id</c> argument 'id', <c>&lt;&gt;this</c> 'this', <c>&lt;&gt;t…</c> a value on the evaluation stack. Used by refusals, by the
/// size limit's list of the largest locals and by the rendering of stored locals.
/// </summary>
internal static class FrameFieldNames
{
    /// <summary>What the field holds and its source name (<c>#3</c> for a local without one).</summary>
    public static (FlowLocalKind Kind, string Name) Parse(string field)
    {
        int prefixLength = WovenContract.FrameFields.LocalPrefix.Length;
        if (field.StartsWith(WovenContract.FrameFields.LocalPrefix, StringComparison.Ordinal))
        {
            int underscore = field.IndexOf('_', prefixLength);
            var index = underscore < 0 ? field.Substring(prefixLength) : field.Substring(prefixLength, underscore - prefixLength);
            if (index.Length > 0 && index.All(char.IsAsciiDigit))
            {
                return (FlowLocalKind.Local, underscore < 0 || underscore == field.Length - 1 ? "#" + index : field.Substring(underscore + 1));
            }
        }

        if (field.StartsWith(WovenContract.FrameFields.ArgumentPrefix, StringComparison.Ordinal))
        {
            return (FlowLocalKind.Argument, field.Substring(WovenContract.FrameFields.ArgumentPrefix.Length));
        }

        if (field == WovenContract.FrameFields.This)
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
        _ when field.StartsWith(WovenContract.FrameFields.StackPrefix, StringComparison.Ordinal) => $"a value on the evaluation stack ({field})",
        _ => $"field '{field}'",
    };
}
