using System.Collections.Concurrent;
using System.Numerics;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text;
using Flowmetal.Execution;

namespace Flowmetal.Serialization;

/// <summary>
/// Which types a stored flow may name. Allowed: the types of woven assemblies, the user types
/// that woven code declares in its fields (frames included) and, transitively, in theirs;
/// primitives, strings, enums and the BCL collections, tuples and their enumerators; the types
/// added in <see cref="FlowSerializationOptions"/>. Anything else is refused both when a flow
/// suspends (the value cannot be stored) and when a continuation is loaded (it cannot name it),
/// so a stored continuation can never make the runtime instantiate an arbitrary type.
/// </summary>
internal sealed class TypeAllowList
{
    private static readonly Assembly RuntimeAssembly = typeof(Frame).Assembly;
    private static readonly ConditionalWeakTable<Assembly, StrongBox<bool>> WovenAssemblies = new();
    private static readonly ConditionalWeakTable<Assembly, HashSet<Type>> DeclaredByAssembly = new();

    private static readonly HashSet<Type> Scalars = new()
    {
        typeof(object), typeof(string), typeof(bool), typeof(char), typeof(sbyte), typeof(byte), typeof(short), typeof(ushort),
        typeof(int), typeof(uint), typeof(long), typeof(ulong), typeof(float), typeof(double), typeof(decimal), typeof(nint),
        typeof(nuint), typeof(Half), typeof(Int128), typeof(UInt128), typeof(BigInteger), typeof(DateTime), typeof(DateTimeOffset),
        typeof(TimeSpan), typeof(DateOnly), typeof(TimeOnly), typeof(Guid), typeof(Version), typeof(StringBuilder),
        typeof(DBNull),
    };

    private static readonly HashSet<Type> GenericDefinitions = new()
    {
        typeof(Nullable<>), typeof(List<>), typeof(List<>.Enumerator), typeof(Dictionary<,>), typeof(Dictionary<,>.Enumerator),
        typeof(Dictionary<,>.KeyCollection), typeof(Dictionary<,>.KeyCollection.Enumerator), typeof(Dictionary<,>.ValueCollection),
        typeof(Dictionary<,>.ValueCollection.Enumerator), typeof(HashSet<>), typeof(HashSet<>.Enumerator), typeof(Queue<>),
        typeof(Queue<>.Enumerator), typeof(Stack<>), typeof(Stack<>.Enumerator), typeof(KeyValuePair<,>),
        typeof(Tuple<>), typeof(Tuple<,>), typeof(Tuple<,,>), typeof(Tuple<,,,>), typeof(Tuple<,,,,>), typeof(Tuple<,,,,,>),
        typeof(Tuple<,,,,,,>), typeof(Tuple<,,,,,,,>), typeof(ValueTuple<>), typeof(ValueTuple<,>), typeof(ValueTuple<,,>),
        typeof(ValueTuple<,,,>), typeof(ValueTuple<,,,,>), typeof(ValueTuple<,,,,,>), typeof(ValueTuple<,,,,,,>),
        typeof(ValueTuple<,,,,,,,>), typeof(System.Collections.ObjectModel.ReadOnlyCollection<>),

        // Sorted collections are stored field by field (tree nodes, version, the enumerator's node
        // stack), which is exact: unlike hash buckets, a tree's shape does not depend on the process.
        // Their comparers go through ComparerConverter. Linked lists go through LinkedListConverter.
        typeof(SortedSet<>), typeof(SortedSet<>.Enumerator), Nested(typeof(SortedSet<>), "Node"),
        typeof(SortedDictionary<,>).GetField("_set", BindingFlags.Instance | BindingFlags.NonPublic)?.FieldType.GetGenericTypeDefinition() ?? typeof(SortedSet<>),
        typeof(SortedDictionary<,>), typeof(SortedDictionary<,>.Enumerator), typeof(SortedDictionary<,>.KeyCollection),
        typeof(SortedDictionary<,>.KeyCollection.Enumerator), typeof(SortedDictionary<,>.ValueCollection),
        typeof(SortedDictionary<,>.ValueCollection.Enumerator), Nested(typeof(SortedDictionary<,>), "KeyValuePairComparer"),
        typeof(LinkedList<>), typeof(LinkedList<>.Enumerator), typeof(LinkedListNode<>),
    };

    private const string LinqRefusal =
        "a LINQ query or result whose state Flowmetal cannot store (Where, Select, OrderBy, Skip/Take and the like over lists, " +
        "arrays and other stored collections can be): materialize it with .ToList() or .ToArray() before the suspension point " +
        "(for a foreach, before the loop) and enumerate that instead";

    private readonly FlowSerializationOptions _options;
    private readonly ConcurrentDictionary<Type, string> _refusals = new();
    private readonly ConcurrentDictionary<Type, bool> _allowed = new();

    public TypeAllowList(FlowSerializationOptions options) => _options = options;

    public bool IsAllowed(Type type) => Refusal(type) is null;

    /// <summary>Why <paramref name="type"/> may not be stored or loaded, or <see langword="null"/> when it may.</summary>
    public string? Refusal(Type type)
    {
        if (_allowed.ContainsKey(type))
        {
            return null;
        }

        if (_refusals.TryGetValue(type, out var known))
        {
            return known;
        }

        var refusal = Decide(type);
        if (refusal is null)
        {
            _allowed.TryAdd(type, true);
        }
        else
        {
            _refusals.TryAdd(type, refusal);
        }

        return refusal;
    }

    /// <summary>Whether a stored delegate may call a method of <paramref name="declaringType"/>: woven code, or code the options allow.</summary>
    public bool IsDelegateTargetAllowed(Type declaringType)
    {
        var definition = declaringType.IsGenericType ? declaringType.GetGenericTypeDefinition() : declaringType;
        return IsWovenAssembly(declaringType.Assembly) || _options.AllowedAssemblies.Contains(declaringType.Assembly) ||
            _options.AllowedTypes.Contains(definition);
    }

    public static bool IsWovenAssembly(Assembly assembly) =>
        WovenAssemblies.GetValue(assembly, a => new StrongBox<bool>(a.IsDefined(typeof(WovenAssemblyAttribute), inherit: false))).Value;

    /// <summary>Framework and library assemblies: their types are allowed only by the lists above, never by declaration.</summary>
    public static bool IsFrameworkAssembly(Assembly assembly)
    {
        if (assembly == typeof(object).Assembly)
        {
            return true;
        }

        var name = assembly.GetName().Name ?? string.Empty;
        return name.StartsWith("System.", StringComparison.Ordinal) || name.StartsWith("Microsoft.", StringComparison.Ordinal) ||
            name is "System" or "mscorlib" or "netstandard" || name.StartsWith("Newtonsoft.", StringComparison.Ordinal) ||
            name.StartsWith("StackExchange.", StringComparison.Ordinal) || name.StartsWith("RESPite", StringComparison.Ordinal);
    }

    private string? Decide(Type type)
    {
        if (NonPersistableTypes.Reason(type) is { } reason)
        {
            return reason;
        }

        if (type.IsArray)
        {
            return Refusal(type.GetElementType()!);
        }

        if (type.IsGenericParameter)
        {
            return null;
        }

        if (type.IsGenericType && !type.IsGenericTypeDefinition)
        {
            if (DecideDefinition(type.GetGenericTypeDefinition()) is { } refused)
            {
                return refused;
            }

            foreach (var argument in type.GetGenericArguments())
            {
                if (Refusal(argument) is { } argumentRefusal)
                {
                    return argumentRefusal;
                }
            }

            return null;
        }

        return DecideDefinition(type);
    }

    private string? DecideDefinition(Type type)
    {
        if (Scalars.Contains(type) || GenericDefinitions.Contains(type) || type.IsEnum || typeof(Type).IsAssignableFrom(type) ||
            ComparerConverter.Handles(type) || IsLinqIterator(type))
        {
            return null;
        }

        if (typeof(Delegate).IsAssignableFrom(type))
        {
            // The delegate's type only says its signature; the method it calls is checked when it is written.
            return null;
        }

        if (_options.AllowedTypes.Contains(type) || _options.AllowedAssemblies.Contains(type.Assembly))
        {
            return null;
        }

        if (type.Assembly == RuntimeAssembly || (typeof(Exception).IsAssignableFrom(type) && IsFrameworkAssembly(type.Assembly)))
        {
            // Exceptions are stored as type, message, trace and their own fields (ExceptionConverter).
            return null;
        }

        if (IsWovenAssembly(type.Assembly))
        {
            return null;
        }

        if (!IsFrameworkAssembly(type.Assembly) && IsDeclaredByWovenCode(type))
        {
            return null;
        }

        if (type.Namespace == "System.Linq" && IsFrameworkAssembly(type.Assembly))
        {
            return LinqRefusal;
        }

        return "not in the allow list of types a stored flow may name (the woven assemblies' types, the types their fields declare, " +
            "primitives and the BCL collections): if it is plain data, add it with FlowSerializationOptions.Allow<T>() on the client and every worker";
    }

    /// <summary>
    /// The iterators behind <c>list.Where(...).Select(...)</c> and the like, nested in
    /// System.Linq.Enumerable: plain objects of a source, delegates and a position, stored field by
    /// field. Each field's value is checked on its own (a delegate must call woven code, the source
    /// must be storable), so admitting the iterator admits nothing else.
    /// </summary>
    private static bool IsLinqIterator(Type type)
    {
        for (var outer = type.DeclaringType; outer is not null; outer = outer.DeclaringType)
        {
            if (outer == typeof(Enumerable))
            {
                return true;
            }
        }

        return false;
    }

    private static Type Nested(Type outer, string name) =>
        outer.GetNestedType(name, BindingFlags.Public | BindingFlags.NonPublic) ?? outer;

    private static bool IsDeclaredByWovenCode(Type type)
    {
        foreach (var assembly in AppDomain.CurrentDomain.GetAssemblies())
        {
            if (!assembly.IsDynamic && IsWovenAssembly(assembly) && DeclaredBy(assembly).Contains(type))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>User types named by the fields of a woven assembly's types, and transitively by theirs.</summary>
    private static HashSet<Type> DeclaredBy(Assembly assembly) => DeclaredByAssembly.GetValue(assembly, a =>
    {
        var declared = new HashSet<Type>();
        Type?[] types;
        try
        {
            types = a.GetTypes();
        }
        catch (ReflectionTypeLoadException partial)
        {
            types = partial.Types;
        }

        var pending = new Stack<Type>(types.Where(t => t is not null)!);
        var visited = new HashSet<Type>();
        while (pending.Count > 0)
        {
            var owner = pending.Pop();
            if (!visited.Add(owner))
            {
                continue;
            }

            FieldInfo[] fields;
            try
            {
                fields = owner.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic);
            }
            catch (Exception error) when (error is TypeLoadException or FileNotFoundException)
            {
                continue;
            }

            foreach (var field in fields)
            {
                foreach (var named in Named(field.FieldType))
                {
                    if (!IsFrameworkAssembly(named.Assembly) && declared.Add(named) && named.Assembly != a)
                    {
                        pending.Push(named);
                    }
                }
            }
        }

        return declared;
    });

    private static IEnumerable<Type> Named(Type type)
    {
        if (type.IsGenericParameter)
        {
            yield break;
        }

        if (type.HasElementType)
        {
            foreach (var inner in Named(type.GetElementType()!))
            {
                yield return inner;
            }

            yield break;
        }

        if (type.IsGenericType && !type.IsGenericTypeDefinition)
        {
            yield return type.GetGenericTypeDefinition();
            foreach (var argument in type.GetGenericArguments())
            {
                foreach (var inner in Named(argument))
                {
                    yield return inner;
                }
            }

            yield break;
        }

        yield return type;
    }
}
