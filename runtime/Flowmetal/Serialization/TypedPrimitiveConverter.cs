using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Flowmetal.Serialization;

/// <summary>
/// Keeps the type of primitives stored where the declared type does not say it (an <c>object</c>
/// local holding a boxed <c>int</c> must not come back as a <c>long</c>). Newtonsoft's type names
/// cover objects only, so such values are written as <c>{"$p":"System.Int32","v":5}</c>.
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
            writer.WriteValue(type.IsEnum ? type.AssemblyQualifiedName : type.FullName);
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

            var enumType = serializer.SerializationBinder.BindToType(null, name);
            return Enum.ToObject(enumType, token["v"]!.Value<long>());
        }

        using var inner = token.CreateReader();
        if (token.ContainsKey("$elem"))
        {
            inner.Read();
            return ArrayReferenceConverter.Instance.ReadJson(inner, typeof(Array), null, serializer);
        }

        return serializer.Deserialize(inner);
    }
}
