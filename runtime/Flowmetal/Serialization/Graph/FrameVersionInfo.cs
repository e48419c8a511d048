using System.Text.Json;
using Flowmetal.Execution;

namespace Flowmetal.Serialization.Graph;

/// <summary>
/// What a stored frame type's entry in <c>types</c> says beyond its name and body hash, so that a
/// build whose method changed can still resume it without the old assembly: the build it was
/// stored by, the key of each resume point, the fields saved at each point and what each is in the
/// source, the method's named locals, and every field's declared type (an index into <c>types</c>):
/// <code>{"n":"Shop.Checkout+&lt;Run&gt;FlowFrame, Shop","h":"9f2c...","b":"Shop 1.0.0.0 (4d1c2a9e)",
///  "pk":["Flowmetal.Flow::Checkpoint()"],"ps":["&lt;&gt;l0_total=local:total"],"ln":["total"],"ft":{"&lt;&gt;l0_total":3}}</code>
/// </summary>
internal sealed class FrameVersionInfo
{
    public string? Build { get; private set; }

    public string[] PointKeys { get; private set; } = Array.Empty<string>();

    public string[] PointSlots { get; private set; } = Array.Empty<string>();

    public string[] LocalNames { get; private set; } = Array.Empty<string>();

    /// <summary>Each stored field's declared type, as an index into <c>types</c>.</summary>
    public Dictionary<string, int> FieldTypes { get; } = new(StringComparer.Ordinal);

    /// <summary>Whether the entry has what a resume into changed code needs (frames stored before it was written do not).</summary>
    public bool Usable => PointKeys.Length > 0 && PointSlots.Length == PointKeys.Length;

    public static void Write(Utf8JsonWriter json, Type frameType, WriteTypeTable types)
    {
        var info = FrameTypeInfo.Of(frameType);
        if (info is null)
        {
            return;
        }

        json.WriteString(GraphDocument.FrameBuild, FlowBuild.Of(frameType.Assembly));
        if (info.PointKeys.Length == 0)
        {
            return;
        }

        WriteStrings(json, GraphDocument.FramePointKeys, info.PointKeys);
        WriteStrings(json, GraphDocument.FramePointSlots, info.PointSlots);
        WriteStrings(json, GraphDocument.FrameLocalNames, info.LocalNames);
        json.WritePropertyName(GraphDocument.FrameFieldTypes);
        json.WriteStartObject();
        var layout = Codecs.FieldLayout.Of(frameType);
        for (int i = 0; i < layout.Count; i++)
        {
            if (layout.Fields[i].DeclaringType == typeof(Frame))
            {
                continue;
            }

            json.WriteNumber(layout.Names[i], types.IndexOf(layout.Fields[i].FieldType));
        }

        json.WriteEndObject();
    }

    /// <summary>Reads one property of a frame type's entry, the reader on its name; false when it is not one of these.</summary>
    public bool TryRead(ref Utf8JsonReader json)
    {
        if (json.ValueTextEquals(GraphDocument.FrameBuild.EncodedUtf8Bytes))
        {
            GraphReader.Next(ref json);
            Build = json.GetString();
            return true;
        }

        if (json.ValueTextEquals(GraphDocument.FramePointKeys.EncodedUtf8Bytes))
        {
            PointKeys = ReadStrings(ref json);
            return true;
        }

        if (json.ValueTextEquals(GraphDocument.FramePointSlots.EncodedUtf8Bytes))
        {
            PointSlots = ReadStrings(ref json);
            return true;
        }

        if (json.ValueTextEquals(GraphDocument.FrameLocalNames.EncodedUtf8Bytes))
        {
            LocalNames = ReadStrings(ref json);
            return true;
        }

        if (json.ValueTextEquals(GraphDocument.FrameFieldTypes.EncodedUtf8Bytes))
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
                    return true;
                }

                var name = json.GetString()!;
                GraphReader.Next(ref json);
                FieldTypes[name] = json.GetInt32();
            }
        }

        return false;
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
}
