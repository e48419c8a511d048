using System.Collections.Concurrent;
using System.Reflection;
using Newtonsoft.Json;

namespace Flowmetal.Serialization;

/// <summary>
/// The framework's comparers (<see cref="Comparer{T}.Default"/>, <see cref="EqualityComparer{T}.Default"/>,
/// <see cref="StringComparer.Ordinal"/> and the other culture-independent or invariant ones), held by a
/// <c>SortedSet</c>, a <c>SortedDictionary</c> or a LINQ iterator. Their classes are internal and some
/// hold process state (a CompareInfo), so they are stored by name and read back as the same
/// singletons: <c>{"$t":"System.Collections.Generic.GenericComparer`1[...]","$cmp":"Comparer.Default"}</c>.
/// Any other framework comparer fails the suspension naming what to use instead.
/// </summary>
internal sealed class ComparerConverter : JsonConverter
{
    public static readonly ComparerConverter Instance = new();

    private const string ComparerDefault = "Comparer.Default";
    private const string EqualityDefault = "EqualityComparer.Default";

    private static readonly (string Name, StringComparer Comparer)[] StringComparers =
    {
        ("Ordinal", StringComparer.Ordinal),
        ("OrdinalIgnoreCase", StringComparer.OrdinalIgnoreCase),
        ("InvariantCulture", StringComparer.InvariantCulture),
        ("InvariantCultureIgnoreCase", StringComparer.InvariantCultureIgnoreCase),
    };

    private static readonly ConcurrentDictionary<Type, bool> Handled = new();

    /// <summary>Comparer classes of System.Private.CoreLib (open definitions too, for the allow list).</summary>
    public static bool Handles(Type type) => Handled.GetOrAdd(type, static t =>
        t.Assembly == typeof(object).Assembly && t.IsClass && !t.IsAbstract &&
        (typeof(StringComparer).IsAssignableFrom(t) || t.GetInterfaces().Any(i => i.IsGenericType &&
            (i.GetGenericTypeDefinition() == typeof(IComparer<>) || i.GetGenericTypeDefinition() == typeof(IEqualityComparer<>)))));

    public override bool CanConvert(Type objectType) => Handles(objectType);

    public override void WriteJson(JsonWriter writer, object? value, JsonSerializer serializer)
    {
        if (value is null)
        {
            writer.WriteNull();
            return;
        }

        var name = NameOf(value) ?? throw new FlowSerializationException(
            $"A value of type {TypeNames.Display(value.GetType())} cannot be stored in a flow: it is a framework comparer Flowmetal cannot store. " +
            "Use Comparer<T>.Default, EqualityComparer<T>.Default, StringComparer.Ordinal, OrdinalIgnoreCase, InvariantCulture or " +
            "InvariantCultureIgnoreCase, or a comparer class of your own in woven code.",
            value.GetType(), writer.Path, "a framework comparer Flowmetal cannot store (use Comparer<T>.Default, StringComparer.Ordinal or a comparer class of your own)");
        writer.WriteStartObject();
        writer.WritePropertyName("$t");
        writer.WriteValue(GraphValues.BindName(value.GetType(), serializer));
        writer.WritePropertyName("$cmp");
        writer.WriteValue(name);
        writer.WriteEndObject();
    }

    public override object? ReadJson(JsonReader reader, Type objectType, object? existingValue, JsonSerializer serializer)
    {
        if (reader.TokenType == JsonToken.Null)
        {
            return null;
        }

        var type = objectType;
        string? name = null;
        while (GraphValues.NextProperty(reader) is { } property)
        {
            GraphValues.Next(reader);
            switch (property)
            {
                case "$t":
                    type = GraphValues.BindType((string)reader.Value!, serializer);
                    break;
                case "$cmp":
                    name = (string?)reader.Value;
                    break;
                default:
                    reader.Skip();
                    break;
            }
        }

        var comparer = name switch
        {
            ComparerDefault => DefaultOf(type, typeof(IComparer<>), typeof(Comparer<>)),
            EqualityDefault => DefaultOf(type, typeof(IEqualityComparer<>), typeof(EqualityComparer<>)),
            _ => StringComparers.FirstOrDefault(s => s.Name == name).Comparer,
        };
        return comparer ?? throw new JsonSerializationException($"A stored comparer of type {type.FullName} is named '{name}', which Flowmetal does not know: the stored flow is damaged.");
    }

    private static string? NameOf(object comparer)
    {
        foreach (var (name, known) in StringComparers)
        {
            if (ReferenceEquals(known, comparer))
            {
                return name;
            }
        }

        var type = comparer.GetType();
        if (ReferenceEquals(DefaultOf(type, typeof(IComparer<>), typeof(Comparer<>)), comparer))
        {
            return ComparerDefault;
        }

        return ReferenceEquals(DefaultOf(type, typeof(IEqualityComparer<>), typeof(EqualityComparer<>)), comparer) ? EqualityDefault : null;
    }

    /// <summary><c>Comparer&lt;T&gt;.Default</c> (or the equality one) for the T that <paramref name="type"/> compares.</summary>
    private static object? DefaultOf(Type type, Type contract, Type holder)
    {
        var compared = type.GetInterfaces().FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == contract)?.GetGenericArguments()[0];
        return compared is null ? null : holder.MakeGenericType(compared).GetProperty("Default", BindingFlags.Public | BindingFlags.Static)!.GetValue(null);
    }
}
