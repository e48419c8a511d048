using System.Collections;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Collections.ObjectModel;
using System.Globalization;
using System.Numerics;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.RegularExpressions;
using Flowmetal.Execution;

namespace Flowmetal.Serialization;

/// <summary>
/// Which types a stored flow may hold objects or struct values of. Allowed: the types of woven
/// assemblies, the user types that woven code declares in its fields (frames included) and,
/// transitively, in theirs; primitives, strings, enums, the BCL collections, tuples, their
/// enumerators and a few other BCL types ordinary flow code holds (<c>Lazy</c>, <c>Random</c>,
/// <c>Uri</c>, <c>Regex</c>, cultures, immutable and concurrent collections); the types added in
/// <see cref="FlowSerializationOptions"/>. A generic type is judged by its definition: its type
/// arguments only say what its elements may be, and each element is judged by what it is. The
/// same list is asked when a flow suspends (the value cannot be stored) and when a stored flow is
/// loaded (nothing of another type is ever created), so what is stored can always be loaded.
/// </summary>
internal sealed class TypeAllowList
{
    private static readonly Assembly RuntimeAssembly = typeof(Frame).Assembly;
    private static readonly ConditionalWeakTable<Assembly, StrongBox<bool>> WovenAssemblies = new();
    private static readonly ConditionalWeakTable<Assembly, HashSet<Type>> DeclaredByAssembly = new();
    private static readonly ConditionalWeakTable<MethodInfo, StrongBox<bool>> MarkedTargets = new();

    private static readonly HashSet<Type> Scalars = new()
    {
        typeof(object), typeof(string), typeof(bool), typeof(char), typeof(sbyte), typeof(byte), typeof(short), typeof(ushort),
        typeof(int), typeof(uint), typeof(long), typeof(ulong), typeof(float), typeof(double), typeof(decimal), typeof(nint),
        typeof(nuint), typeof(Half), typeof(Int128), typeof(UInt128), typeof(BigInteger), typeof(DateTime), typeof(DateTimeOffset),
        typeof(TimeSpan), typeof(DateOnly), typeof(TimeOnly), typeof(Guid), typeof(Version), typeof(StringBuilder),
        typeof(DBNull), typeof(Uri), typeof(Regex), typeof(CultureInfo), typeof(CompareInfo), typeof(Random), typeof(BitArray),
        typeof(ArrayList), Internal(typeof(Lazy<>), "System.LazyHelper"), Nested(typeof(Random), "XoshiroImpl"),
        Nested(typeof(Random), "CompatSeedImpl"), Nested(typeof(Random), "Net5CompatSeedImpl"), Nested(typeof(Random), "Net5CompatDerivedImpl"),
        Nested(typeof(Random), "CompatPrng"), Internal(typeof(StringComparer), "System.CultureAwareComparer"),
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
        typeof(ValueTuple<,,,,,,,>), typeof(ReadOnlyCollection<>), typeof(ReadOnlyDictionary<,>), typeof(Collection<>),
        typeof(ArraySegment<>), typeof(ArraySegment<>.Enumerator), typeof(Lazy<>), typeof(PriorityQueue<,>), typeof(SortedList<,>),

        // Sorted collections are stored field by field (tree nodes, version, the enumerator's node
        // stack), which is exact: unlike hash buckets, a tree's shape does not depend on the process.
        typeof(SortedSet<>), typeof(SortedSet<>.Enumerator), Nested(typeof(SortedSet<>), "Node"),
        typeof(SortedDictionary<,>).GetField("_set", BindingFlags.Instance | BindingFlags.NonPublic)?.FieldType.GetGenericTypeDefinition() ?? typeof(SortedSet<>),
        typeof(SortedDictionary<,>), typeof(SortedDictionary<,>.Enumerator), typeof(SortedDictionary<,>.KeyCollection),
        typeof(SortedDictionary<,>.KeyCollection.Enumerator), typeof(SortedDictionary<,>.ValueCollection),
        typeof(SortedDictionary<,>.ValueCollection.Enumerator), Nested(typeof(SortedDictionary<,>), "KeyValuePairComparer"),
        typeof(LinkedList<>), typeof(LinkedList<>.Enumerator), typeof(LinkedListNode<>),

        // Rebuilt from their items on load (their layout depends on this process's hash codes or threads).
        typeof(System.Collections.Concurrent.ConcurrentDictionary<,>), typeof(ConcurrentQueue<>), typeof(ConcurrentStack<>),
        typeof(ConcurrentBag<>), typeof(ImmutableList<>), typeof(ImmutableDictionary<,>), typeof(ImmutableHashSet<>),
        typeof(ImmutableSortedDictionary<,>), typeof(ImmutableSortedSet<>), typeof(ImmutableQueue<>), typeof(ImmutableStack<>),
        typeof(ImmutableArray<>), typeof(ImmutableArray<>.Enumerator),

        // What arrays and LINQ hand out: an array's enumerator, a Comparer.Create comparer, a GroupBy group.
        Internal(typeof(object), "System.SZGenericArrayEnumerator`1"), Internal(typeof(Comparer<>), "System.Collections.Generic.ComparisonComparer`1"),
        Internal(typeof(Enumerable), "System.Linq.Grouping`2"),
    };

    /// <summary>Static classes of pure functions a stored delegate may call (<c>Math.Sqrt</c>, <c>Convert.ToInt32</c>).</summary>
    private static readonly HashSet<Type> DelegateTargetClasses = new()
    {
        typeof(Math), typeof(MathF), typeof(Convert), typeof(Enumerable), typeof(BitConverter), typeof(Queryable), typeof(ImmutableList),
        typeof(ImmutableArray), typeof(ImmutableDictionary), typeof(ImmutableHashSet),
    };

    private const string LinqRefusal =
        "a LINQ query or result whose state Flowmetal cannot store (Where, Select, OrderBy, Skip/Take and the like over lists, " +
        "arrays and other stored collections can be): materialize it with .ToList() or .ToArray() before the suspension point " +
        "(for a foreach, before the loop) and enumerate that instead";

    private readonly FlowSerializationOptions _options;
    private readonly ConditionalWeakTable<Type, StrongBox<string?>> _decisions = new();

    public TypeAllowList(FlowSerializationOptions options) => _options = options;

    public bool IsAllowed(Type type) => Refusal(type) is null;

    /// <summary>Why objects or values of <paramref name="type"/> may not be stored or loaded, or <see langword="null"/> when they may.</summary>
    public string? Refusal(Type type) => _decisions.GetValue(type, t => new StrongBox<string?>(Decide(t))).Value;

    /// <summary>
    /// Whether a stored delegate may call <paramref name="method"/>: a lambda, local function or
    /// method group of woven code (the weaver marks every method whose address woven assemblies
    /// take), a public method of an allowed framework type or of a few static classes of pure
    /// functions, or anything the options allow. Never reflection: a delegate to
    /// <c>Type.InvokeMember</c> would call anything.
    /// </summary>
    public bool IsDelegateTargetAllowed(MethodInfo method)
    {
        var declaring = method.DeclaringType;
        if (declaring is null)
        {
            return false;
        }

        var definition = declaring.IsGenericType ? declaring.GetGenericTypeDefinition() : declaring;
        if (_options.AllowedAssemblies.Contains(declaring.Assembly) || _options.AllowedTypes.Contains(definition))
        {
            return true;
        }

        if (IsWovenAssembly(declaring.Assembly) || !IsFrameworkAssembly(declaring.Assembly))
        {
            return IsMarkedTarget(method) || IsMarkedTarget(method.GetBaseDefinition());
        }

        if (typeof(MemberInfo).IsAssignableFrom(declaring) || typeof(Delegate).IsAssignableFrom(declaring) ||
            typeof(Assembly).IsAssignableFrom(declaring) || declaring == typeof(Activator) || declaring == typeof(AppDomain))
        {
            return false;
        }

        return method.IsPublic && declaring.IsVisible && (DelegateTargetClasses.Contains(definition) || IsAllowed(declaring));
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

    /// <summary>Assemblies whose static readonly fields may hold singletons a flow refers to (woven, or allowed by the options).</summary>
    public IEnumerable<Assembly> SingletonAssemblies()
    {
        foreach (var assembly in AppDomain.CurrentDomain.GetAssemblies())
        {
            if (!assembly.IsDynamic && (IsWovenAssembly(assembly) || _options.AllowedAssemblies.Contains(assembly)))
            {
                yield return assembly;
            }
        }
    }

    private static bool IsMarkedTarget(MethodInfo method)
    {
        var definition = method.IsGenericMethod && !method.IsGenericMethodDefinition ? method.GetGenericMethodDefinition() : method;
        return MarkedTargets.GetValue(definition, m => new StrongBox<bool>(m.IsDefined(typeof(DelegateTargetAttribute), inherit: false))).Value;
    }

    private string? Decide(Type type)
    {
        if (NonPersistableTypes.Reason(type) is { } reason)
        {
            return reason;
        }

        if (type.IsArray)
        {
            // Judged by the elements: an empty Task[] holds nothing that cannot be stored.
            return null;
        }

        if (type.IsGenericParameter || type.ContainsGenericParameters)
        {
            return "an open generic type, which no value has";
        }

        return DecideDefinition(type.IsGenericType ? type.GetGenericTypeDefinition() : type);
    }

    private string? DecideDefinition(Type type)
    {
        if (Scalars.Contains(type) || GenericDefinitions.Contains(type) || type.IsEnum || IsLinqIterator(type) || Codecs.InlineArrayValues.IsInlineArray(type))
        {
            return null;
        }

        if (typeof(Delegate).IsAssignableFrom(type))
        {
            // The delegate's type only says its signature; the method it calls is checked when it is written and read.
            return null;
        }

        if (typeof(Type).IsAssignableFrom(type))
        {
            return type == typeof(object).GetType() ? null : "a Type object that is not a runtime type (a TypeBuilder or TypeDelegator)";
        }

        if (_options.AllowedTypes.Contains(type) || _options.AllowedAssemblies.Contains(type.Assembly))
        {
            return null;
        }

        if (type.Assembly == RuntimeAssembly || (typeof(Exception).IsAssignableFrom(type) && IsFrameworkAssembly(type.Assembly)))
        {
            // Exceptions are stored as type, message, trace, data and their own fields (ExceptionCodec).
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

        if ((type.Namespace == "System.Linq" || type.Namespace?.StartsWith("System.Linq.", StringComparison.Ordinal) == true) && IsFrameworkAssembly(type.Assembly))
        {
            return LinqRefusal;
        }

        return "not in the allow list of types a stored flow may hold (the woven assemblies' types, the types their fields declare, " +
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

    private static Type Internal(Type neighbour, string fullName) => neighbour.Assembly.GetType(fullName) ?? neighbour;

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
