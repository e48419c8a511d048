using System.Reflection;

namespace Flowmetal.Serialization.Codecs;

/// <summary>
/// A static member whose value an object is: a <c>static readonly</c> field (a smart-enum instance,
/// a sentinel, a lambda cache) or one of the framework's singletons (<c>DBNull.Value</c>,
/// <c>StringComparer.Ordinal</c>, <c>EqualityComparer&lt;T&gt;.Default</c>, <c>Array.Empty&lt;T&gt;()</c>).
/// Stored as <c>{"$static":holderType,"m":"Name"}</c> and resolved on load to the live object, so
/// <c>ReferenceEquals(x, Status.Active)</c> holds after a resume as it did before.
/// </summary>
internal sealed class StaticMember
{
    private const BindingFlags AnyStatic = BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly;

    public StaticMember(Type holder, string name, Type[]? methodArguments = null)
    {
        Holder = holder;
        Name = name;
        MethodArguments = methodArguments;
    }

    public Type Holder { get; }

    public string Name { get; }

    /// <summary>Type arguments of a generic method (<c>Array.Empty&lt;T&gt;</c>), or <see langword="null"/>.</summary>
    public Type[]? MethodArguments { get; }

    /// <summary>The member's value in this process.</summary>
    public object? Resolve()
    {
        if (MethodArguments is { Length: > 0 })
        {
            var method = Holder.GetMethods(AnyStatic).FirstOrDefault(m => m.Name == Name && m.IsGenericMethodDefinition &&
                m.GetGenericArguments().Length == MethodArguments.Length && m.GetParameters().Length == 0);
            return method?.MakeGenericMethod(MethodArguments).Invoke(null, null);
        }

        var field = Holder.GetField(Name, AnyStatic);
        if (field is not null)
        {
            return field.GetValue(null);
        }

        var property = Holder.GetProperty(Name, AnyStatic);
        return property?.GetIndexParameters().Length == 0 ? property.GetValue(null) : null;
    }

    public override string ToString() => TypeNames.Display(Holder) + "." + Name;
}
