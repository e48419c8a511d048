using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Flowmetal.Serialization;

/// <summary>
/// The converter of every slot whose declared type does not fix the runtime type (<c>object</c>,
/// interfaces, abstract classes). It keeps the type of primitives (an <c>object</c> local holding
/// a boxed <c>int</c> must not come back as a <c>long</c>), written as <c>{"$p":"System.Int32","v":5}</c>;
/// objects carry Newtonsoft's <c>$type</c>; values written by Flowmetal's own converters carry
/// their marker (<c>$elem</c> arrays, <c>$delegate</c> delegates, <c>$t</c> the others), by which
/// they are read back.
/// </summary>
internal sealed class TypedPrimitiveConverter : JsonConverter
{
    private static readonly Dictionary<string, Type> Known = new[]
    {
        typeof(bool), typeof(char), typeof(sbyte), typeof(byte), typeof(short), typeof(ushort), typeof(int), typeof(uint),
        typeof(long), typeof(ulong), typeof(float), typeof(double), typeof(decimal), typeof(DateTime), typeof(DateTimeOffset),
        typeof(TimeSpan), typeof(Guid), typeof(nint), typeof(nuint), typeof(string),
    }.ToDictionary(t => t.FullName!, t => t);

    public static readonly TypedPrimitiveConverter Instance = new();

    public override bool CanRead => true;

    public override bool CanConvert(Type objectType) => objectType == typeof(object);

    public override void WriteJson(JsonWriter writer, object? value, JsonSerializer serializer)
    {
        if (value is null)
        {
            writer.WriteNull();
            return;
        }

        var type = value.GetType();
        if (Known.ContainsKey(type.FullName!) || type.IsEnum)
        {
            writer.WriteStartObject();
            writer.WritePropertyName("$p");
            writer.WriteValue(type.IsEnum ? GraphValues.BindName(type, serializer) : type.FullName);
            writer.WritePropertyName("v");
            if (type.IsEnum)
            {
                writer.WriteValue(Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture));
            }
            else
            {
                serializer.Serialize(writer, value, type);
            }

            writer.WriteEndObject();
            return;
        }

        serializer.Serialize(writer, value, typeof(object));
    }

    public override object? ReadJson(JsonReader reader, Type objectType, object? existingValue, JsonSerializer serializer)
    {
        if (reader.TokenType == JsonToken.Null)
        {
            return null;
        }

        if (reader.TokenType != JsonToken.StartObject)
        {
            return serializer.Deserialize(reader);
        }

        var token = JObject.Load(reader);
        if (token.TryGetValue("$p", out var primitive))
        {
            var name = primitive.Value<string>()!;
            if (Known.TryGetValue(name, out var type))
            {
                return token["v"]!.ToObject(type, serializer);
            }

            var enumType = GraphValues.BindType(name, serializer);
            if (!enumType.IsEnum)
            {
                throw new JsonSerializationException($"A stored primitive names {enumType.FullName}, which is not an enum: the stored flow is damaged.");
            }

            return Enum.ToObject(enumType, token["v"]!.Value<long>());
        }

        if (token.TryGetValue("$ref", out var reference))
        {
            return serializer.ReferenceResolver!.ResolveReference(serializer, reference.Value<string>()!)
                ?? throw new JsonSerializationException($"The stored flow refers to object #{reference} before defining it: it is damaged.");
        }

        using var inner = token.CreateReader();
        inner.Read();
        if (token.ContainsKey("$elem"))
        {
            return ArrayReferenceConverter.Instance.ReadJson(inner, typeof(Array), null, serializer);
        }

        if (token.ContainsKey("$delegate"))
        {
            return DelegateConverter.Instance.ReadJson(inner, typeof(Delegate), null, serializer);
        }

        if (token.TryGetValue("$t", out var marked))
        {
            var name = marked.Value<string>()!;
            if (name == "System.Type")
            {
                return TypeReferenceConverter.Instance.ReadJson(inner, typeof(Type), null, serializer);
            }

            var type = GraphValues.BindType(name, serializer);
            var converter = serializer.ContractResolver.ResolveContract(type).Converter
                ?? throw new JsonSerializationException($"A stored value is marked as {type.FullName}, which Flowmetal does not convert: the stored flow is damaged.");
            return converter.ReadJson(inner, type, null, serializer);
        }

        return serializer.Deserialize(inner, typeof(object));
    }
}
