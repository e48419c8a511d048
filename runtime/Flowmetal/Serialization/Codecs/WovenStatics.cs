using System.Reflection;
using System.Runtime.CompilerServices;

namespace Flowmetal.Serialization.Codecs;

/// <summary>
/// The values of the <c>static readonly</c> reference fields of woven assemblies' types, registered
/// by each type's static constructor (the weaver adds the call): a sentinel
/// (<c>static readonly object Missing = new()</c>), a smart-enum instance, a lambda cache. A stored
/// flow holding one refers to the field, and gets the live object back on load.
/// </summary>
internal static class WovenStatics
{
    private const BindingFlags DeclaredStatic = BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly;

    // Keyed by the singleton itself, weakly: a registry must not keep unloadable assemblies alive.
    private static readonly ConditionalWeakTable<object, StaticMember> ByValue = new();
    private static readonly ConditionalWeakTable<Type, object> RuntimeTypes = new();
    private static int s_generation;

    /// <summary>Changes whenever a type registers, so cached answers of <see cref="HasSingletonsOf"/> can be renewed.</summary>
    public static int Generation => Volatile.Read(ref s_generation);

    public static void Register(Type type)
    {
        foreach (var field in type.GetFields(DeclaredStatic))
        {
            if (!field.IsInitOnly || field.FieldType.IsValueType || field.FieldType.IsPointer || field.FieldType == typeof(string))
            {
                continue;
            }

            // The static constructor calling this is still running on this thread, which may read
            // the fields it has set.
            if (field.GetValue(null) is { } value and not string && !value.GetType().IsValueType)
            {
                ByValue.TryAdd(value, new StaticMember(type, field.Name));
                RuntimeTypes.TryAdd(value.GetType(), type);
            }
        }

        Interlocked.Increment(ref s_generation);
    }

    /// <summary>Whether some registered singleton is of exactly <paramref name="runtimeType"/>.</summary>
    public static bool HasSingletonsOf(Type runtimeType) => RuntimeTypes.TryGetValue(runtimeType, out _);

    public static StaticMember? Find(object value) => ByValue.TryGetValue(value, out var member) ? member : null;

    /// <summary>Whether <paramref name="member"/> names a field a static constructor registered (checked when loading).</summary>
    public static bool IsRegisteredField(StaticMember member)
    {
        var field = member.Holder.GetField(member.Name, DeclaredStatic);
        return field is { IsInitOnly: true } && !field.FieldType.IsValueType && TypeAllowList.IsWovenAssembly(member.Holder.Assembly);
    }
}
