using Newtonsoft.Json;

namespace Flowmetal.Serialization;

/// <summary>
/// A <see cref="Type"/> held by a flow (a signal's payload type, a <c>typeof</c> in a local):
/// stored by name and resolved through the allow list, like every other type name.
/// </summary>
internal sealed class TypeReferenceConverter : JsonConverter
{
    public static readonly TypeReferenceConverter Instance = new();

    public override bool CanConvert(Type objectType) => typeof(Type).IsAssignableFrom(objectType);

    public override void WriteJson(JsonWriter writer, object? value, JsonSerializer serializer)
    {
        if (value is not Type type)
        {
            writer.WriteNull();
            return;
        }

        writer.WriteStartObject();
        writer.WritePropertyName("$t");
        writer.WriteValue("System.Type");
        writer.WritePropertyName("v");
        writer.WriteValue(GraphValues.BindName(type, serializer));
        writer.WriteEndObject();
    }

    public override object? ReadJson(JsonReader reader, Type objectType, object? existingValue, JsonSerializer serializer)
    {
        if (reader.TokenType == JsonToken.Null)
        {
            return null;
        }

        Type? type = null;
        while (GraphValues.NextProperty(reader) is { } property)
        {
            GraphValues.Next(reader);
            if (property == "v")
            {
                type = GraphValues.BindType((string)reader.Value!, serializer);
            }
        }

        return type;
    }
}
