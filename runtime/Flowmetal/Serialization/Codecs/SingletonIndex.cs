using System.Globalization;
using System.Reflection;
using System.Text;

namespace Flowmetal.Serialization.Codecs;

/// <summary>
/// Finds the static member an object is the value of, so that it is stored as that member and comes
/// back as the very same object: the framework's singletons (<c>DBNull.Value</c>,
/// <c>StringComparer.OrdinalIgnoreCase</c>, <c>Comparer&lt;T&gt;.Default</c>, <c>EqualityComparer&lt;T&gt;.Default</c>,
/// <c>Array.Empty&lt;T&gt;()</c>, <c>Random.Shared</c>, <c>CultureInfo.InvariantCulture</c>, <c>Encoding.UTF8</c>),
/// the <c>static readonly</c> fields of woven types (<see cref="WovenStatics"/>), and those that an
/// allowed type declares of its own kind (<c>ImmutableList&lt;T&gt;.Empty</c>, a library's smart enum).
/// </summary>
internal sealed class SingletonIndex
{
    private const BindingFlags DeclaredStatic = BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly;

    private static readonly (Type Holder, string Name)[] Framework =
    {
        (typeof(DBNull), nameof(DBNull.Value)),
        (typeof(StringComparer), nameof(StringComparer.Ordinal)),
        (typeof(StringComparer), nameof(StringComparer.OrdinalIgnoreCase)),
        (typeof(StringComparer), nameof(StringComparer.InvariantCulture)),
        (typeof(StringComparer), nameof(StringComparer.InvariantCultureIgnoreCase)),
        (typeof(ReferenceEqualityComparer), nameof(ReferenceEqualityComparer.Instance)),
        (typeof(Random), nameof(Random.Shared)),
        (typeof(CultureInfo), nameof(CultureInfo.InvariantCulture)),
        (typeof(TimeZoneInfo), nameof(TimeZoneInfo.Utc)),
        (typeof(Encoding), nameof(Encoding.UTF8)),
        (typeof(Encoding), nameof(Encoding.ASCII)),
        (typeof(Encoding), nameof(Encoding.Unicode)),
        (typeof(Encoding), nameof(Encoding.BigEndianUnicode)),
        (typeof(Encoding), nameof(Encoding.UTF32)),
        (typeof(Encoding), nameof(Encoding.Latin1)),
    };

    private static readonly HashSet<(Type, string)> FrameworkNames = Framework
        .Concat(new[] { (typeof(Comparer<>), "Default"), (typeof(EqualityComparer<>), "Default"), (typeof(Array), nameof(Array.Empty)) })
        .ToHashSet();

    private readonly TypeAllowList _allowList;

    public SingletonIndex(TypeAllowList allowList) => _allowList = allowList;

    /// <summary>The static members (besides woven ones) whose value may be an object of exactly <paramref name="runtimeType"/>.</summary>
    public StaticCandidates? CandidatesFor(Type runtimeType)
    {
        var found = new List<(StaticMember, object)>();
        foreach (var (holder, name) in Framework)
        {
            Add(found, runtimeType, new StaticMember(holder, name));
        }

        if (runtimeType.IsSZArray)
        {
            Add(found, runtimeType, new StaticMember(typeof(Array), nameof(Array.Empty), new[] { runtimeType.GetElementType()! }));
        }

        if (runtimeType.Assembly == typeof(object).Assembly)
        {
            foreach (var contract in runtimeType.GetInterfaces().Where(i => i.IsGenericType))
            {
                var definition = contract.GetGenericTypeDefinition();
                var holder = definition == typeof(IComparer<>) ? typeof(Comparer<>) : definition == typeof(IEqualityComparer<>) ? typeof(EqualityComparer<>) : null;
                if (holder is not null)
                {
                    Add(found, runtimeType, new StaticMember(holder.MakeGenericType(contract.GetGenericArguments()), "Default"));
                }
            }
        }

        if (!TypeAllowList.IsWovenAssembly(runtimeType.Assembly))
        {
            // Woven types register their statics when initialized; others are looked at here, only
            // the types the object itself belongs to (its class, bases and outer classes), whose
            // static constructors have almost surely run since the object exists.
            foreach (var holder in Holders(runtimeType))
            {
                if (_allowList.Refusal(holder) is not null || typeof(MemberInfo).IsAssignableFrom(holder))
                {
                    continue;
                }

                foreach (var field in holder.GetFields(DeclaredStatic))
                {
                    if (field.IsInitOnly && !field.FieldType.IsValueType && field.FieldType.IsAssignableFrom(runtimeType))
                    {
                        Add(found, runtimeType, new StaticMember(holder, field.Name));
                    }
                }
            }
        }

        return found.Count == 0 ? null : new StaticCandidates(found.ToArray());
    }

    /// <summary>Whether a stored document may name <paramref name="member"/> (checked before it is resolved).</summary>
    public bool MayName(StaticMember member)
    {
        var definition = member.Holder.IsGenericType ? member.Holder.GetGenericTypeDefinition() : member.Holder;
        if (FrameworkNames.Contains((definition, member.Name)))
        {
            return member.MethodArguments is null || (member.Holder == typeof(Array) && member.MethodArguments.Length == 1);
        }

        var field = member.Holder.GetField(member.Name, DeclaredStatic);
        return member.MethodArguments is null && field is { IsInitOnly: true } && !field.FieldType.IsValueType && _allowList.Refusal(member.Holder) is null &&
            !typeof(MemberInfo).IsAssignableFrom(member.Holder);
    }

    private static IEnumerable<Type> Holders(Type type)
    {
        for (var current = type; current is not null && current != typeof(object); current = current.BaseType)
        {
            yield return current;
        }

        for (var outer = type.DeclaringType; outer is not null; outer = outer.DeclaringType)
        {
            // A nested type of a generic type is generic over the outer's parameters: close the outer alike.
            yield return outer.IsGenericTypeDefinition && type.IsGenericType && outer.GetGenericArguments().Length <= type.GetGenericArguments().Length
                ? outer.MakeGenericType(type.GetGenericArguments().Take(outer.GetGenericArguments().Length).ToArray())
                : outer;
        }
    }

    private static void Add(List<(StaticMember, object)> found, Type runtimeType, StaticMember member)
    {
        object? value;
        try
        {
            value = member.Resolve();
        }
        catch (Exception error) when (error is TargetInvocationException or TypeInitializationException or ArgumentException or InvalidOperationException or NotSupportedException)
        {
            return;
        }

        if (value is not null && value.GetType() == runtimeType && !found.Any(f => ReferenceEquals(f.Item2, value)))
        {
            found.Add((member, value));
        }
    }
}

/// <summary>The singletons an object of one type may be, checked by reference.</summary>
internal sealed class StaticCandidates
{
    private readonly (StaticMember Member, object Value)[] _candidates;

    public StaticCandidates((StaticMember, object)[] candidates) => _candidates = candidates;

    public StaticMember? Find(object value)
    {
        foreach (var (member, candidate) in _candidates)
        {
            if (ReferenceEquals(candidate, value))
            {
                return member;
            }
        }

        return null;
    }
}
