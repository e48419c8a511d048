using System.Buffers;
using System.Buffers.Text;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text.Json;
using Flowmetal.Execution;
using Flowmetal.Storage;

namespace Flowmetal.Serialization.Graph;

/// <summary>
/// What a build's frame type was, so that a build whose method changed can still resume it without the old assembly:
/// the key of each resume point, the fields saved at each point and what each is in the source, the method's named
/// locals, and every field's declared type:
/// <code>{"pk":["Flowmetal.Flow::Checkpoint()"],"ps":["&lt;&gt;l0_total=local:total"],"ln":["total"],"ft":{"&lt;&gt;l0_total":"System.Int32"}}</code>
/// It is the same for every continuation holding the frame type, so a continuation does not carry it: the frame type's
/// entry in <c>types</c> names the build that stored it and the description's key (a hash of its content), and the
/// store keeps the description once (<see cref="FrameTypeDescription"/>):
/// <code>{"n":"Shop.Checkout+&lt;Run&gt;FlowFrame, Shop","h":"9f2c...","b":"Shop 1.0.0.0 (4d1c2a9e)","v":"kX3b..."}</code>
/// A continuation resumed in the build that stored it never reads the description; one whose method changed fetches it
/// by key and checks it against the key. Continuations written before descriptions moved to the store carry it inline
/// as <c>"v":{"b":...,"pk":...}</c>, which is still read.
/// </summary>
internal sealed class FrameVersionInfo
{
    private static readonly ConditionalWeakTable<Type, Described> Written = new();

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

    /// <summary>Writes a frame type's <c>"b":build</c> and, when it has one, <c>"v":key</c> (computed once per type).</summary>
    public static void Write(Utf8JsonWriter json, Type frameType)
    {
        var described = Written.GetValue(frameType, Describe);
        json.WriteString(GraphDocument.FrameBuild, described.Build);
        if (described.Key is { } key)
        {
            json.WriteString(GraphDocument.FrameVersion, key);
        }
    }

    /// <summary>The description a continuation holding <paramref name="frameType"/> names, which the store must keep.</summary>
    public static FrameTypeDescription? DescriptionOf(Type frameType) => Written.GetValue(frameType, Describe).Description;

    /// <summary>The key of a description: the first 128 bits of its SHA-256, base64url.</summary>
    public static string KeyOf(ReadOnlySpan<byte> content)
    {
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(content, hash);
        return Base64Url.EncodeToString(hash[..16]);
    }

    /// <summary>Parses a description a store returned for <paramref name="key"/>, or says why it cannot be used.</summary>
    public static FrameVersionInfo? FromStore(string key, ReadOnlyMemory<byte>? content, out string? problem)
    {
        if (content is not { } bytes)
        {
            problem = $"the description of its frame type (key {key}) is not in the store";
            return null;
        }

        if (KeyOf(bytes.Span) != key)
        {
            problem = $"the description of its frame type in the store (key {key}) does not match its key: it was altered";
            return null;
        }

        try
        {
            problem = null;
            return Parse(bytes.Span);
        }
        catch (Exception error) when (error is GraphFormatException or JsonException or InvalidOperationException)
        {
            problem = $"the description of its frame type in the store (key {key}) cannot be read ({error.Message})";
            return null;
        }
    }

    /// <summary>Parses a description: from the store, or a <c>"v"</c> object cut from an older document.</summary>
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

    /// <summary>Names the build that stored the frame (its entry's <c>"b"</c>) when the description does not (one from the store never does).</summary>
    public FrameVersionInfo WithBuild(string? build)
    {
        StoredBuild ??= build;
        return this;
    }

    private static Described Describe(Type frameType)
    {
        var info = FrameTypeInfo.Of(frameType)!;
        var build = FlowBuild.Of(frameType.Assembly);
        if (info.PointKeys.Length == 0)
        {
            // Woven before point keys were recorded: only its own build can resume it.
            return new Described(JsonEncodedText.Encode(build), null, null);
        }

        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer, GraphDocument.WriterOptions))
        {
            json.WriteStartObject();
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
            json.WriteEndObject();
        }

        var content = buffer.WrittenSpan.ToArray();
        var key = KeyOf(content);
        return new Described(JsonEncodedText.Encode(build), JsonEncodedText.Encode(key), new FrameTypeDescription(key, content));
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

    /// <summary>A frame type's build and description key, encoded once for every continuation that holds it.</summary>
    private sealed record Described(JsonEncodedText Build, JsonEncodedText? Key, FrameTypeDescription? Description);
}
