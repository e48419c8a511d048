using System.Text;
using Newtonsoft.Json;

namespace Flowmetal.Serialization;

/// <summary>
/// <see cref="StringBuilder"/> as its text (its fields are a chain of chunks): written as
/// <c>{"$t":"System.Text.StringBuilder, ...","$id":"4","v":"text"}</c>, with reference identity.
/// </summary>
internal sealed class StringBuilderConverter : JsonConverter
{
    public static readonly StringBuilderConverter Instance = new();

    public override bool CanConvert(Type objectType) => objectType == typeof(StringBuilder);

    public override void WriteJson(JsonWriter writer, object? value, JsonSerializer serializer)
    {
        if (value is not StringBuilder builder)
        {
            writer.WriteNull();
            return;
        }

        writer.WriteStartObject();
        writer.WritePropertyName("$t");
        writer.WriteValue(GraphValues.BindName(typeof(StringBuilder), serializer));
        writer.WritePropertyName("$id");
        writer.WriteValue(serializer.ReferenceResolver!.GetReference(serializer, builder));
        writer.WritePropertyName("v");
        writer.WriteValue(builder.ToString());
        writer.WriteEndObject();
    }

    public override object? ReadJson(JsonReader reader, Type objectType, object? existingValue, JsonSerializer serializer)
    {
        if (reader.TokenType == JsonToken.Null)
        {
            return null;
        }

        string? id = null;
        string? text = null;
        while (GraphValues.NextProperty(reader) is { } property)
        {
            GraphValues.Next(reader);
            switch (property)
            {
                case "$ref":
                    return GraphValues.ResolveReference(reader, serializer);
                case "$id":
                    id = (string?)reader.Value;
                    break;
                case "v":
                    text = (string?)reader.Value;
                    break;
            }
        }

        var builder = new StringBuilder(text);
        if (id is not null)
        {
            serializer.ReferenceResolver!.AddReference(serializer, id, builder);
        }

        return builder;
    }
}
