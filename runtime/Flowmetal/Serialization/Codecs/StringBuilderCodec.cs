using System.Text;
using System.Text.Json;
using Flowmetal.Serialization.Graph;

namespace Flowmetal.Serialization.Codecs;

/// <summary>
/// A <see cref="StringBuilder"/> as its text (its fields are a chain of chunks) and its maximum
/// capacity when one was set: <c>{"$t":4,"$v":"text"}</c>.
/// </summary>
internal sealed class StringBuilderCodec : TypeCodec
{
    private static readonly JsonEncodedText MaxCapacity = JsonEncodedText.Encode("max");

    public StringBuilderCodec()
        : base(typeof(StringBuilder))
    {
    }

    public override void Write(object value, GraphWriter writer)
    {
        var builder = (StringBuilder)value;
        if (builder.MaxCapacity != int.MaxValue)
        {
            writer.Json.WriteNumber(MaxCapacity, builder.MaxCapacity);
        }

        writer.Json.WritePropertyName(GraphDocument.Values);
        JsonStrings.Write(writer.Json, builder.ToString());
    }

    public override object? Scan(GraphReader reader, ref Utf8JsonReader json, int id)
    {
        int max = int.MaxValue;
        string text = string.Empty;
        while (true)
        {
            GraphReader.Next(ref json);
            if (json.TokenType == JsonTokenType.EndObject)
            {
                reader.MarkScannedWhole();
                if (text.Length > max)
                {
                    throw new GraphFormatException("A stored StringBuilder holds more than its maximum capacity.");
                }

                return max == int.MaxValue ? new StringBuilder(text) : new StringBuilder(0, max).Append(text);
            }

            bool isMax = json.ValueTextEquals(MaxCapacity.EncodedUtf8Bytes);
            bool isText = json.ValueTextEquals(GraphDocument.Values.EncodedUtf8Bytes);
            GraphReader.Next(ref json);
            if (isMax)
            {
                max = json.GetInt32();
                if (max < 1)
                {
                    throw new GraphFormatException("A stored StringBuilder has a maximum capacity below 1.");
                }
            }
            else if (isText)
            {
                text = JsonStrings.Read(ref json);
            }
            else
            {
                json.Skip();
            }
        }
    }

    public override void Verify(object original, object loaded, GraphVerifier verifier)
    {
        var before = (StringBuilder)original;
        var after = (StringBuilder)loaded;
        if (before.ToString() != after.ToString() || before.MaxCapacity != after.MaxCapacity)
        {
            verifier.Mismatch("text", before.ToString(), after.ToString());
        }
    }
}
