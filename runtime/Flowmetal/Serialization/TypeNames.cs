using System.Collections.Concurrent;
using System.Text;

namespace Flowmetal.Serialization;

/// <summary>
/// Compact, load-context independent type names: <c>Namespace.Type+Nested`1[[Arg, ArgAssembly]], Assembly</c>
/// with simple assembly names, so a continuation written by one build resolves in another.
/// </summary>
internal static class TypeNames
{
    private static readonly ConcurrentDictionary<Type, (string Assembly, string Name)> Names = new();

    public static void Split(Type type, out string assembly, out string name)
    {
        var split = Names.GetOrAdd(type, t => (t.Assembly.GetName().Name!, Name(t)));
        assembly = split.Assembly;
        name = split.Name;
    }

    public static string Qualified(Type type)
    {
        Split(type, out var assembly, out var name);
        return name + ", " + assembly;
    }

    private static string Name(Type type)
    {
        if (type.IsArray)
        {
            var element = Name(type.GetElementType()!);
            return type.IsSZArray ? element + "[]" : element + "[" + new string(',', type.GetArrayRank() - 1) + "]";
        }

        if (type.IsGenericType && !type.IsGenericTypeDefinition)
        {
            var builder = new StringBuilder(type.GetGenericTypeDefinition().FullName);
            builder.Append('[');
            var arguments = type.GetGenericArguments();
            for (int i = 0; i < arguments.Length; i++)
            {
                builder.Append(i == 0 ? "[" : ",[").Append(Qualified(arguments[i])).Append(']');
            }

            return builder.Append(']').ToString();
        }

        return type.FullName ?? throw new FlowSerializationException($"The type {type} has no name that can be stored (an open generic parameter).");
    }

    /// <summary>A readable name for messages: <c>System.Threading.Tasks.Task&lt;System.Int32&gt;</c>.</summary>
    public static string Display(Type type)
    {
        if (type.IsArray)
        {
            return Display(type.GetElementType()!) + "[" + new string(',', type.GetArrayRank() - 1) + "]";
        }

        if (!type.IsGenericType)
        {
            return (type.FullName ?? type.Name).Replace('+', '.');
        }

        var definition = (type.GetGenericTypeDefinition().FullName ?? type.Name).Replace('+', '.');
        int tick = definition.IndexOf('`', StringComparison.Ordinal);
        return (tick < 0 ? definition : definition.Substring(0, tick)) + "<" + string.Join(",", type.GetGenericArguments().Select(Display)) + ">";
    }

    /// <summary>Splits <c>Type, Assembly</c> at the comma that is not inside generic brackets.</summary>
    public static (string? Assembly, string Name) Parse(string qualified)
    {
        int depth = 0;
        for (int i = 0; i < qualified.Length; i++)
        {
            switch (qualified[i])
            {
                case '[':
                    depth++;
                    break;
                case ']':
                    depth--;
                    break;
                case ',' when depth == 0:
                    return (qualified.Substring(i + 1).Trim(), qualified.Substring(0, i).Trim());
            }
        }

        return (null, qualified.Trim());
    }
}
