using System.Runtime.CompilerServices;
using System.Text;

namespace Flowmetal.Serialization;

/// <summary>
/// Compact, load-context independent type names: <c>Namespace.Type+Nested`1[[Arg, ArgAssembly]], Assembly</c>
/// with simple assembly names, so a continuation written by one build resolves in another.
/// Stored flows leave out the assembly of System.Private.CoreLib's types (<c>System.Int32</c>), which
/// every .NET process resolves without it.
/// </summary>
internal static class TypeNames
{
    // Weakly keyed: types of unloadable assemblies must not be kept alive by a cache.
    private static readonly ConditionalWeakTable<Type, Names> Cache = new();

    public static void Split(Type type, out string assembly, out string name)
    {
        var names = NamesOf(type);
        assembly = names.Assembly;
        name = names.Name;
    }

    /// <summary><c>Name, Assembly</c>, assembly included always (for people and other tools).</summary>
    public static string Qualified(Type type) => NamesOf(type).Qualified;

    /// <summary>The name a stored flow uses: like <see cref="Qualified"/>, without the core library's assembly.</summary>
    public static string Stored(Type type) => NamesOf(type).Stored;

    private static Names NamesOf(Type type) => Cache.GetValue(type, static t => new Names(t));

    private static string Name(Type type, bool stored)
    {
        if (type.IsArray)
        {
            var element = Name(type.GetElementType()!, stored);
            return type.IsSZArray ? element + "[]" : element + "[" + new string(',', type.GetArrayRank() - 1) + "]";
        }

        if (type.IsGenericType && !type.IsGenericTypeDefinition)
        {
            var builder = new StringBuilder(type.GetGenericTypeDefinition().FullName);
            builder.Append('[');
            var arguments = type.GetGenericArguments();
            for (int i = 0; i < arguments.Length; i++)
            {
                builder.Append(i == 0 ? "[" : ",[").Append(stored ? Stored(arguments[i]) : Qualified(arguments[i])).Append(']');
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

    private sealed class Names
    {
        public Names(Type type)
        {
            Assembly = type.Assembly.GetName().Name!;
            Name = TypeNames.Name(type, stored: false);
            Qualified = Name + ", " + Assembly;
            Stored = type.Assembly == typeof(object).Assembly ? TypeNames.Name(type, stored: true) : TypeNames.Name(type, stored: true) + ", " + Assembly;
        }

        public string Assembly { get; }

        public string Name { get; }

        public string Qualified { get; }

        public string Stored { get; }
    }
}
