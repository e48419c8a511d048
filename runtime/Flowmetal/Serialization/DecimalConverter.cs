using System.Globalization;
using Newtonsoft.Json;

namespace Flowmetal.Serialization;

/// <summary>
/// Decimals as strings (<c>"12.50"</c>): a JSON number is parsed as a double wherever the graph is
/// read through a token (polymorphic slots, arrays), which loses both the scale (12.50 becomes
/// 12.5) and the range (<see cref="decimal.MaxValue"/> overflows on the way back).
/// </summary>
internal sealed class DecimalConverter : JsonConverter
{
    public static readonly DecimalConverter Instance = new();

    public override bool CanConvert(Type objectType) => objectType == typeof(decimal) || objectType == typeof(decimal?);

    public override void WriteJson(JsonWriter writer, object? value, JsonSerializer serializer)
    {
        if (value is decimal number)
        {
            writer.WriteValue(number.ToString(CultureInfo.InvariantCulture));
        }
        else
        {
            writer.WriteNull();
        }
    }

    public override object? ReadJson(JsonReader reader, Type objectType, object? existingValue, JsonSerializer serializer) =>
        reader.TokenType switch
        {
            JsonToken.Null => null,
            JsonToken.String => decimal.Parse((string)reader.Value!, NumberStyles.Number | NumberStyles.AllowExponent, CultureInfo.InvariantCulture),
            _ => Convert.ToDecimal(reader.Value, CultureInfo.InvariantCulture),
        };
}
