using Newtonsoft.Json;

namespace Flowmetal.Serialization;

/// <summary>
/// The contract of a type that may not be stored: writing a value of it fails the suspension with
/// the path to the value, which <see cref="ContinuationSerializer"/> turns into the frame's method
/// and local; reading one (only possible from crafted data) fails the same way.
/// </summary>
internal sealed class RefusingConverter : JsonConverter
{
    private readonly Type _type;
    private readonly string _reason;

    public RefusingConverter(Type type, string reason)
    {
        _type = type;
        _reason = reason;
    }

    public override bool CanConvert(Type objectType) => objectType == _type;

    public override void WriteJson(JsonWriter writer, object? value, JsonSerializer serializer) =>
        throw new FlowSerializationException(
            $"A value of type {TypeNames.Display(_type)} cannot be stored in a flow: it is {_reason}.", _type, writer.Path, _reason);

    public override object? ReadJson(JsonReader reader, Type objectType, object? existingValue, JsonSerializer serializer) =>
        reader.TokenType == JsonToken.Null ? null : throw new FlowSerializationException(
            $"The stored flow holds a value of type {TypeNames.Display(_type)} at {reader.Path}, which is refused: {_reason}.", _type, reader.Path, _reason);
}
