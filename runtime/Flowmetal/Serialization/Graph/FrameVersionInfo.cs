using System.Buffers;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Flowmetal.Execution;

namespace Flowmetal.Serialization.Graph;

/// <summary>
/// What a stored frame type's entry in <c>types</c> carries beyond its name and body hash, under <c>"v"</c>, so that a
/// build whose method changed can still resume it without the old assembly: the build it was stored by, the key of each
/// resume point, the fields saved at each point and what each is in the source, the method's named locals, and every
/// field's declared type:
/// <code>{"n":"Shop.Checkout+&lt;Run&gt;FlowFrame, Shop","h":"9f2c...","v":{"b":"Shop 1.0.0.0 (4d1c2a9e)",
///  "pk":["Flowmetal.Flow::Checkpoint()"],"ps":["&lt;&gt;l0_total=local:total"],"ln":["total"],"ft":{"&lt;&gt;l0_total":"System.Int32"}}}</code>
/// It is the same for every continuation holding the frame type: written as one cached piece of JSON, and read only
/// when the body hash differs (a continuation resumed in the build that stored it never parses it).
/// </summary>
internal sealed class FrameVersionInfo
{
    private static readonly ConditionalWeakTable<Type, byte[]> Written = new();

    private static readonly JsonEncodedText Build = JsonEncodedText.Encode("b");
    private static readonly JsonEncodedText PointKeysName = JsonEncodedText.Encode("pk");
    private static readonly JsonEncodedText PointSlotsName = JsonEncodedText.Encode("ps");
    private static readonly JsonEncodedText LocalNamesName = JsonEncodedText.Encode("ln");
    private static readonly JsonEncodedText FieldTypesName = JsonEncodedText.Encode("ft");

    public string? StoredBuild { get; private set; }

    public string[] PointKeys { get; private set; } = Array.Empty<string>();

    public string[] PointSlots { get; private set; } = Array.Empty<string>();

    public string[] LocalNames { get; private set; } = Array.Empty<string>();

    /// <summary>Each stored field's declared type, by stored type name.</summary>
    public Dictionary<string, string> FieldTypes { get; } = new(StringComparer.Ordinal);

    /// <summary>Whether the entry has what a resume into changed code needs (frames stored before it was written do not).</summary>
    public bool Usable => PointKeys.Length > 0 && PointSlots.Length == PointKeys.Length;

    /// <summary>Writes <c>"v":{...}</c> for a frame type (built once per type).</summary>
    public static void Write(Utf8JsonWriter json, Type frameType)
    {
        json.WritePropertyName(GraphDocument.FrameVersion);
        json.WriteRawValue(Written.GetValue(frameType, Describe), skipInputValidation: true);
    }

    /// <summary>Parses a <c>"v"</c> value cut from a document.</summary>
    public static FrameVersionInfo Parse(ReadOnlySpan<byte> value)
    {
        var json = new Utf8JsonReader(value, GraphDocument.ReaderOptions);
        var info = new FrameVersionInfo();
        GraphReader.Next(ref json);
        if (json.TokenType != JsonTokenType.StartObject)
        {
            throw new GraphFormatException("A frame type's \"v\" is not an object.");
        }

        while (true)
        {
            GraphReader.Next(ref json);
            if (json.TokenType == JsonTokenType.EndObject)
            {
                return info;
            }

            if (json.ValueTextEquals(Build.EncodedUtf8Bytes))
            {
                GraphReader.Next(ref json);
                info.StoredBuild = json.GetString();
            }
            else if (json.ValueTextEquals(PointKeysName.EncodedUtf8Bytes))
            {
                info.PointKeys = ReadStrings(ref json);
            }
            else if (json.ValueTextEquals(PointSlotsName.EncodedUtf8Bytes))
            {
                info.PointSlots = ReadStrings(ref json);
            }
            else if (json.ValueTextEquals(LocalNamesName.EncodedUtf8Bytes))
            {
                info.LocalNames = ReadStrings(ref json);
            }
            else if (json.ValueTextEquals(FieldTypesName.EncodedUtf8Bytes))
            {
                ReadFieldTypes(ref json, info.FieldTypes);
            }
            else
            {
                GraphReader.Next(ref json);
                json.Skip();
            }
        }
    }

    private static byte[] Describe(Type frameType)
    {
        var info = FrameTypeInfo.Of(frameType)!;
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer, GraphDocument.WriterOptions))
        {
            json.WriteStartObject();
            json.WriteString(Build, FlowBuild.Of(frameType.Assembly));
            if (info.PointKeys.Length > 0)
            {
                WriteStrings(json, PointKeysName, info.PointKeys);
                WriteStrings(json, PointSlotsName, info.PointSlots);
                WriteStrings(json, LocalNamesName, info.LocalNames);
                json.WritePropertyName(FieldTypesName);
                json.WriteStartObject();
                var layout = Codecs.FieldLayout.Of(frameType);
                for (int i = 0; i < layout.Count; i++)
                {
                    if (layout.Fields[i].DeclaringType != typeof(Frame))
                    {
                        json.WriteString(layout.Names[i], TypeNames.Stored(layout.Fields[i].FieldType));
                    }
                }

                json.WriteEndObject();
            }

            json.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }

    private static void WriteStrings(Utf8JsonWriter json, JsonEncodedText name, string[] values)
    {
        json.WritePropertyName(name);
        json.WriteStartArray();
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }

    private static string[] ReadStrings(ref Utf8JsonReader json)
    {
        GraphReader.Next(ref json);
        if (json.TokenType != JsonTokenType.StartArray)
        {
            throw new GraphFormatException("A frame type's list of keys, fields or names is not a list.");
        }

        var values = new List<string>();
        while (true)
        {
            GraphReader.Next(ref json);
            if (json.TokenType == JsonTokenType.EndArray)
            {
                return values.ToArray();
            }

            values.Add(json.GetString() ?? throw new GraphFormatException("A frame type's list of keys, fields or names holds a null."));
        }
    }

    private static void ReadFieldTypes(ref Utf8JsonReader json, Dictionary<string, string> fieldTypes)
    {
        GraphReader.Next(ref json);
        if (json.TokenType != JsonTokenType.StartObject)
        {
            throw new GraphFormatException("A frame type's \"ft\" is not an object.");
        }

        while (true)
        {
            GraphReader.Next(ref json);
            if (json.TokenType == JsonTokenType.EndObject)
            {
                return;
            }

            var name = json.GetString()!;
            GraphReader.Next(ref json);
            fieldTypes[name] = json.GetString() ?? throw new GraphFormatException($"A frame type's \"ft\" gives '{name}' no type.");
        }
    }
}
