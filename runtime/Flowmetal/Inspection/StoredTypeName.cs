using System.Text;

namespace Flowmetal.Inspection;

/// <summary>
/// Turns a type name as stored (<c>System.Collections.Generic.Dictionary`2[[System.String],[Shop.Order, Shop]]</c>)
/// into the way C# writes it (<c>Dictionary&lt;string, Order&gt;</c>), without loading any type: an
/// operator's tool reads flows of assemblies it does not have.
/// </summary>
internal static class StoredTypeName
{
    private static readonly Dictionary<string, string> Keywords = new(StringComparer.Ordinal)
    {
        ["System.Int32"] = "int", ["System.Int64"] = "long", ["System.Int16"] = "short", ["System.Byte"] = "byte",
        ["System.SByte"] = "sbyte", ["System.UInt32"] = "uint", ["System.UInt64"] = "ulong", ["System.UInt16"] = "ushort",
        ["System.Boolean"] = "bool", ["System.Char"] = "char", ["System.String"] = "string", ["System.Object"] = "object",
        ["System.Double"] = "double", ["System.Single"] = "float", ["System.Decimal"] = "decimal", ["System.IntPtr"] = "nint",
        ["System.UIntPtr"] = "nuint",
    };

    /// <summary>Generic nesting deeper than this is not read.</summary>
    internal const int MaxNesting = 64;

    /// <summary>How deep <paramref name="open"/> and <paramref name="close"/> nest in <paramref name="text"/>.</summary>
    internal static int NestingOf(string text, char open, char close)
    {
        int depth = 0;
        int deepest = 0;
        foreach (var c in text)
        {
            if (c == open)
            {
                deepest = Math.Max(deepest, ++depth);
            }
            else if (c == close)
            {
                depth--;
            }
        }

        return deepest;
    }

    /// <summary>How many generic arguments the outermost type of <paramref name="stored"/> has.</summary>
    public static int ArgumentCount(string stored)
    {
        int open = stored.IndexOf("[[", StringComparison.Ordinal);
        if (open < 0)
        {
            return 0;
        }

        int count = 0;
        int depth = 0;
        for (int i = open + 1; i < stored.Length; i++)
        {
            if (stored[i] == '[')
            {
                if (depth++ == 0)
                {
                    count++;
                }
            }
            else if (stored[i] == ']' && --depth < 0)
            {
                break;
            }
        }

        return count;
    }

    /// <summary>The C# spelling, namespaces left out.</summary>
    public static string Display(string stored)
    {
        // Each generic level is a level of recursion: a stored name nested deeper than any real type is shown unread
        // rather than read into a stack overflow (a hostile record must not crash the client showing it).
        if (NestingOf(stored, '[', ']') > MaxNesting)
        {
            int bracket = stored.IndexOf('[', StringComparison.Ordinal);
            return stored[..bracket] + "<…>";
        }

        int at = 0;
        var builder = new StringBuilder();
        Append(stored, ref at, builder);
        return builder.ToString();
    }

    private static void Append(string text, ref int at, StringBuilder builder)
    {
        int start = at;
        while (at < text.Length && text[at] is not ('[' or ']' or ','))
        {
            at++;
        }

        var name = text.Substring(start, at - start).Trim();
        var arguments = new List<string>();
        if (at + 1 < text.Length && text[at] == '[' && text[at + 1] == '[')
        {
            // Generic arguments: [[Arg, Assembly],[Arg2]]
            at++;
            while (at < text.Length && text[at] == '[')
            {
                at++;
                var argument = new StringBuilder();
                Append(text, ref at, argument);
                arguments.Add(argument.ToString());
                int depth = 0;
                while (at < text.Length && !(text[at] == ']' && depth == 0))
                {
                    depth += text[at] == '[' ? 1 : text[at] == ']' ? -1 : 0;
                    at++;
                }

                at++;
                if (at < text.Length && text[at] == ',')
                {
                    at++;
                }
            }

            at++;
        }

        var suffix = new StringBuilder();
        while (at < text.Length && text[at] == '[')
        {
            int close = text.IndexOf(']', at);
            if (close < 0)
            {
                break;
            }

            suffix.Append(text, at, close - at + 1);
            at = close + 1;
        }

        builder.Append(Short(name, arguments)).Append(suffix);
    }

    private static string Short(string name, List<string> arguments)
    {
        if (Keywords.TryGetValue(name, out var keyword))
        {
            return keyword;
        }

        int dot = name.LastIndexOf('.', name.IndexOf('`') is >= 0 and var tick ? tick : name.Length - 1);
        var simple = (dot >= 0 ? name.Substring(dot + 1) : name).Replace('+', '.');
        int backtick = simple.IndexOf('`');
        while (backtick >= 0)
        {
            int end = backtick + 1;
            while (end < simple.Length && char.IsAsciiDigit(simple[end]))
            {
                end++;
            }

            simple = simple.Remove(backtick, end - backtick);
            backtick = simple.IndexOf('`');
        }

        return arguments.Count == 0 ? simple : simple + "<" + string.Join(", ", arguments) + ">";
    }
}
