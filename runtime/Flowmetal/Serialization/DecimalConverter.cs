using System.Globalization;
using Newtonsoft.Json;

namespace Flowmetal.Serialization;

/// <summary>
/// Decimals as strings (<c>"12.50"</c>): a JSON number is parsed as a double wherever the graph is
/// read through a token (polymorphic slots, arrays), which loses both the scale (12.50 becomes
/// 12.5) and the range (<see cref="decimal.MaxValue"/> overflows on the way back). A negative zero
/// keeps its sign.
/// </summary>
internal sealed class DecimalConverter : JsonConverter
{
    public static readonly DecimalConverter Instance = new();

    public override bool CanConvert(Type objectType) => objectType == typeof(decimal) || objectType == typeof(decimal?);

    public override void WriteJson(JsonWriter writer, object? value, JsonSerializer serializer)
    {
        if (value is decimal number)
        {
            // A negative zero (-0.000m, from rounding a small negative amount) prints without its
            // sign, but decimal.Parse keeps a written one: restore it so GetBits round-trips too.
            var text = number.ToString(CultureInfo.InvariantCulture);
            writer.WriteValue(number == 0m && decimal.IsNegative(number) && text[0] != '-' ? "-" + text : text);
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
