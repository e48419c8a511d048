using System.Globalization;
using System.Numerics;
using Newtonsoft.Json;

namespace Flowmetal.Serialization;

/// <summary>
/// <see cref="nint"/> and <see cref="nuint"/> as plain JSON integers (<c>long</c> and <c>ulong</c>).
/// Newtonsoft would store them through their ISerializable constructor, which reads the value
/// back with ToInt64/ToUInt64 and fails on a big integer token (<c>nuint.MaxValue</c>). Reads the
/// older <c>{"value":n}</c> form too, so flows stored before keep loading.
/// </summary>
internal sealed class NativeIntegerConverter : JsonConverter
{
    public static readonly NativeIntegerConverter Instance = new();

    public static bool Handles(Type type) => (Nullable.GetUnderlyingType(type) ?? type) is var t && (t == typeof(nint) || t == typeof(nuint));

    public override bool CanConvert(Type objectType) => Handles(objectType);

    public override void WriteJson(JsonWriter writer, object? value, JsonSerializer serializer)
    {
        switch (value)
        {
            case nint signed:
                writer.WriteValue((long)signed);
                break;
            case nuint unsigned:
                writer.WriteValue((ulong)unsigned);
                break;
            default:
                writer.WriteNull();
                break;
        }
    }

    public override object? ReadJson(JsonReader reader, Type objectType, object? existingValue, JsonSerializer serializer)
    {
        if (reader.TokenType == JsonToken.Null)
        {
            return null;
        }

        object? raw = reader.Value;
        if (reader.TokenType == JsonToken.StartObject)
        {
            // {"value":n}: IntPtr's ISerializable form, written before this converter existed.
            raw = null;
            while (GraphValues.NextProperty(reader) is { } property)
            {
                GraphValues.Next(reader);
                if (property == "value")
                {
                    raw = reader.Value;
                }
                else
                {
                    reader.Skip();
                }
            }
        }

        bool unsigned = (Nullable.GetUnderlyingType(objectType) ?? objectType) == typeof(nuint);
        try
        {
            return checked(raw switch
            {
                BigInteger big when unsigned => (nuint)(ulong)big,
                BigInteger big => (nint)(long)big,
                _ when unsigned => (nuint)Convert.ToUInt64(raw, CultureInfo.InvariantCulture),
                _ => (nint)Convert.ToInt64(raw, CultureInfo.InvariantCulture),
            });
        }
        catch (OverflowException error)
        {
            throw new JsonSerializationException(
                $"A stored {(unsigned ? "nuint" : "nint")} ({raw}) does not fit this process's pointer size: a flow stored on a 64-bit node cannot resume on a 32-bit one.", error);
        }
    }
}
