using Mono.Cecil;

namespace Flowmetal.Fody.Configuration;

/// <summary>
/// One <c>&lt;Include&gt;</c> or <c>&lt;Exclude&gt;</c> pattern: <c>Ns.*</c> (a namespace and
/// everything below it), <c>Ns.Type</c> (a type with its nested and compiler-generated types) or
/// <c>Ns.Type::Method</c> (every overload of a method, with its lambdas and local functions).
/// </summary>
public sealed class SelectionPattern
{
    private SelectionPattern(string text, string element, string target, string? method, bool isNamespace)
    {
        Text = text;
        Element = element;
        Target = target;
        Method = method;
        IsNamespace = isNamespace;
    }

    /// <summary>The pattern as written.</summary>
    public string Text { get; }

    /// <summary>The element it came from: <c>Include</c> or <c>Exclude</c>.</summary>
    public string Element { get; }

    private string Target { get; }

    private string? Method { get; }

    private bool IsNamespace { get; }

    /// <summary>Parses a pattern; returns an error message instead when it is malformed.</summary>
    public static SelectionPattern? TryParse(string element, string raw, out string? error)
    {
        var text = raw.Trim();
        error = null;
        if (text.Length == 0)
        {
            error = $"<{element}> is empty";
            return null;
        }

        string target = text;
        string? method = null;
        int separator = text.IndexOf("::", StringComparison.Ordinal);
        if (separator >= 0)
        {
            target = text.Substring(0, separator);
            method = text.Substring(separator + 2);
            if (method.Length == 0 || !IsIdentifier(method))
            {
                error = $"<{element}>{text}</{element}> names no method after '::' (write Ns.Type::Method)";
                return null;
            }
        }

        bool isNamespace = false;
        if (target.EndsWith(".*", StringComparison.Ordinal))
        {
            if (method is not null)
            {
                error = $"<{element}>{text}</{element}> mixes a namespace wildcard with a method";
                return null;
            }

            isNamespace = true;
            target = target.Substring(0, target.Length - 2);
        }

        target = target.Replace('+', '.').Replace('/', '.');
        if (target.Length == 0 || target.Split('.').Any(part => !IsIdentifier(part)))
        {
            error = $"<{element}>{text}</{element}> is not a namespace, type or method name";
            return null;
        }

        return new SelectionPattern(text, element, target, method, isNamespace);
    }

    /// <summary>True when <paramref name="method"/> is selected by this pattern.</summary>
    public bool Matches(MethodDefinition method)
    {
        var type = method.DeclaringType;
        if (IsNamespace)
        {
            var ns = Outermost(type).Namespace;
            return ns == Target || ns.StartsWith(Target + ".", StringComparison.Ordinal);
        }

        if (Method is null)
        {
            for (var t = type; t is not null; t = t.DeclaringType)
            {
                if (DottedName(t) == Target)
                {
                    return true;
                }
            }

            return false;
        }

        // Ns.Type::Method: the method itself, and what the compiler generated for it: its lambdas and
        // local functions (<Method>b__0_0, <Method>g__Local|0_1, on the type or in its closure classes)
        // and the state machines of the method and of those (<Method>d__3, <<Method>g__Local|0_1>d).
        for (var t = type; t is not null; t = t.DeclaringType)
        {
            if (DottedName(t) != Target)
            {
                continue;
            }

            if (t == type && method.Name == Method)
            {
                return true;
            }

            if (IsGeneratedFor(method.Name))
            {
                return true;
            }

            for (var nested = type; nested != t; nested = nested.DeclaringType)
            {
                if (IsGeneratedFor(nested.Name))
                {
                    return true;
                }
            }

            return false;
        }

        return false;
    }

    private bool IsGeneratedFor(string name) =>
        name.StartsWith("<" + Method + ">", StringComparison.Ordinal) || name.StartsWith("<<" + Method + ">", StringComparison.Ordinal);

    /// <summary>True when a namespace or type pattern names <paramref name="type"/> (method patterns name methods only).</summary>
    public bool MatchesType(TypeDefinition type)
    {
        if (Method is not null)
        {
            return false;
        }

        if (IsNamespace)
        {
            var ns = Outermost(type).Namespace;
            return ns == Target || ns.StartsWith(Target + ".", StringComparison.Ordinal);
        }

        for (var t = type; t is not null; t = t.DeclaringType)
        {
            if (DottedName(t) == Target)
            {
                return true;
            }
        }

        return false;
    }

    private static TypeDefinition Outermost(TypeDefinition type)
    {
        while (type.DeclaringType is not null)
        {
            type = type.DeclaringType;
        }

        return type;
    }

    private static string DottedName(TypeDefinition type)
    {
        var name = StripArity(type.Name);
        if (type.DeclaringType is not null)
        {
            return DottedName(type.DeclaringType) + "." + name;
        }

        return type.Namespace.Length == 0 ? name : type.Namespace + "." + name;
    }

    private static string StripArity(string name)
    {
        int tick = name.IndexOf('`');
        return tick < 0 ? name : name.Substring(0, tick);
    }

    private static bool IsIdentifier(string part) =>
        part.Length > 0 && (char.IsLetter(part[0]) || part[0] == '_') && part.All(c => char.IsLetterOrDigit(c) || c == '_');
}
