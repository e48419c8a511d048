using Newtonsoft.Json;

namespace Flowmetal.Serialization;

/// <summary>
/// Writes and reads one value of a declared type inside a converter. A slot whose declared type
/// does not fix the runtime type (<c>object</c>, an interface, an abstract class) goes through
/// <see cref="TypedPrimitiveConverter"/>, which records the runtime type; any other goes straight
/// to the serializer.
/// </summary>
internal static class GraphValues
{
    /// <summary>
    /// True where a boxed primitive, an array or a delegate may be stored: those need the typed
    /// wrapper. Other abstract classes (a frame, a user base class) only ever hold objects, which
    /// Newtonsoft's own type names handle, streamed, without loading a JObject first.
    /// </summary>
    public static bool IsPolymorphic(Type declared) =>
        declared == typeof(object) || declared.IsInterface || declared == typeof(ValueType) || declared == typeof(Enum) ||
        declared == typeof(Array) || declared == typeof(Delegate) || declared == typeof(MulticastDelegate);

    public static void Write(JsonWriter writer, object? value, Type declared, JsonSerializer serializer)
    {
        if (IsPolymorphic(declared))
        {
            TypedPrimitiveConverter.Instance.WriteJson(writer, value, serializer);
        }
        else
        {
            serializer.Serialize(writer, value, declared);
        }
    }

    /// <summary>Reads the value the reader is positioned on (its first token already read).</summary>
    public static object? Read(JsonReader reader, Type declared, JsonSerializer serializer) =>
        IsPolymorphic(declared)
            ? TypedPrimitiveConverter.Instance.ReadJson(reader, declared, null, serializer)
            : serializer.Deserialize(reader, declared);

    /// <summary>
    /// Resolves the <c>$ref</c> whose value the reader is on and consumes the rest of its object
    /// (a reference object has no other property).
    /// </summary>
    public static object? ResolveReference(JsonReader reader, JsonSerializer serializer)
    {
        var target = serializer.ReferenceResolver!.ResolveReference(serializer, (string)reader.Value!);
        NextProperty(reader);
        return target;
    }

    /// <summary>Moves to the next token, failing clearly on truncated input.</summary>
    public static void Next(JsonReader reader)
    {
        if (!reader.Read())
        {
            throw new JsonSerializationException("The stored flow ends in the middle of a value: it is truncated or damaged.");
        }
    }

    /// <summary>Reads the next property name of the current object, or <see langword="null"/> at its end.</summary>
    public static string? NextProperty(JsonReader reader)
    {
        Next(reader);
        return reader.TokenType switch
        {
            JsonToken.PropertyName => (string)reader.Value!,
            JsonToken.EndObject => null,
            _ => throw new JsonSerializationException($"Expected a property at {reader.Path}, found {reader.TokenType}: the stored flow is damaged."),
        };
    }

    public static string BindName(Type type, JsonSerializer serializer)
    {
        serializer.SerializationBinder.BindToName(type, out var assembly, out var name);
        return assembly is null ? name! : name + ", " + assembly;
    }

    public static Type BindType(string qualified, JsonSerializer serializer)
    {
        var (assembly, name) = TypeNames.Parse(qualified);
        return serializer.SerializationBinder.BindToType(assembly, name);
    }
}
