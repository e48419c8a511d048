using System.Text.Json;
using Flowmetal.Serialization.Graph;

namespace Flowmetal.Serialization.Codecs;

/// <summary>
/// A <see cref="Type"/> held by a flow (a signal's payload type, a <c>typeof</c> in a local): stored
/// as the index of the type it names, <c>{"$t":3,"$v":7}</c>, and resolved by name on load. A type
/// object is never made field by field: that is how a crafted record would crash a worker.
/// </summary>
internal sealed class TypeObjectCodec : TypeCodec
{
    public TypeObjectCodec(Type type)
        : base(type)
    {
    }

    public override void Write(object value, GraphWriter writer)
    {
        writer.Json.WritePropertyName(GraphDocument.Values);
        writer.Json.WriteNumberValue(writer.TypeIndex((Type)value));
    }

    public override object? Scan(GraphReader reader, ref Utf8JsonReader json, int id)
    {
        GraphReader.Next(ref json);
        if (json.TokenType != JsonTokenType.PropertyName || !json.ValueTextEquals(GraphDocument.Values.EncodedUtf8Bytes))
        {
            throw new GraphFormatException("A stored Type object does not name its type in \"$v\".");
        }

        GraphReader.Next(ref json);
        var named = reader.TypeAt(json.GetInt32());
        GraphReader.SkipToEndOfObject(ref json);
        reader.MarkScannedWhole();
        return named;
    }

    public override void Read(object target, GraphReader reader, ref Utf8JsonReader json) => GraphReader.SkipToEndOfObject(ref json);

    public override void Verify(object original, object loaded, GraphVerifier verifier)
    {
        if (!ReferenceEquals(original, loaded))
        {
            verifier.Mismatch("type", original, loaded);
        }
    }
}
