using Newtonsoft.Json;

namespace Flowmetal.Serialization;

/// <summary>
/// Arrays with reference identity. Newtonsoft cannot preserve references to arrays (it creates an
/// array only after reading its elements), but a frame often holds the same array in a local and
/// in the weaver's temporary for <c>arr[i] += F()</c>: both must come back as one array. Written as
/// <c>{"$id":"3","$elem":"System.Int32, ...","$len":[3],"$values":[...]}</c>; multi-dimensional
/// arrays are flattened row-major. A <c>byte[]</c> has <c>"$b64"</c> (base64) instead of <c>$values</c>.
/// </summary>
internal sealed class ArrayReferenceConverter : JsonConverter
{
    public static readonly ArrayReferenceConverter Instance = new();

    public override bool CanConvert(Type objectType) => objectType.IsArray;

    public override void WriteJson(JsonWriter writer, object? value, JsonSerializer serializer)
    {
        if (value is not Array array)
        {
            writer.WriteNull();
            return;
        }

        var resolver = serializer.ReferenceResolver!;
        writer.WriteStartObject();
        if (resolver.IsReferenced(serializer, array))
        {
            writer.WritePropertyName("$ref");
            writer.WriteValue(resolver.GetReference(serializer, array));
            writer.WriteEndObject();
            return;
        }

        writer.WritePropertyName("$id");
        writer.WriteValue(resolver.GetReference(serializer, array));
        var elementType = array.GetType().GetElementType()!;
        writer.WritePropertyName("$elem");
        writer.WriteValue(TypeName(elementType, serializer));
        writer.WritePropertyName("$len");
        writer.WriteStartArray();
        for (int d = 0; d < array.Rank; d++)
        {
            writer.WriteValue(array.GetLength(d));
        }

        writer.WriteEndArray();
        if (array.GetType() == typeof(byte[]))
        {
            // Compact: one base64 string instead of a number per byte. (Not "is byte[]": the CLR
            // says an sbyte[] is one too.)
            var bytes = (byte[])array;
            writer.WritePropertyName("$b64");
            writer.WriteValue(Convert.ToBase64String(bytes));
            writer.WriteEndObject();
            return;
        }

        writer.WritePropertyName("$values");
        writer.WriteStartArray();
        foreach (var element in array)
        {
            WriteElement(writer, element, elementType, serializer);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    public override object? ReadJson(JsonReader reader, Type objectType, object? existingValue, JsonSerializer serializer)
    {
        if (reader.TokenType == JsonToken.Null)
        {
            return null;
        }

        if (reader.TokenType is JsonToken.String or JsonToken.Bytes)
        {
            // A byte[] stored before byte arrays carried reference ids: Newtonsoft's base64 string.
            return reader.Value is byte[] raw ? raw : Convert.FromBase64String((string)reader.Value!);
        }

        // Streamed, never loaded into a JObject first: the frames of a continuation are an array,
        // so a DOM here would copy the whole continuation before reading it.
        var resolver = serializer.ReferenceResolver!;
        string? id = null;
        Type? elementType = null;
        var lengths = new List<int>();
        Array? array = null;
        while (GraphValues.NextProperty(reader) is { } property)
        {
            switch (property)
            {
                case "$ref":
                    var reference = reader.ReadAsString()!;
                    GraphValues.Next(reader);
                    return resolver.ResolveReference(serializer, reference)
                        ?? throw new JsonSerializationException($"The continuation refers to array #{reference} before defining it.");
                case "$id":
                    id = reader.ReadAsString();
                    break;
                case "$elem":
                    elementType = ResolveType(reader.ReadAsString() ?? throw new JsonSerializationException("An array has no element type."), serializer);
                    break;
                case "$len":
                    GraphValues.Next(reader);
                    while (reader.Read() && reader.TokenType != JsonToken.EndArray)
                    {
                        lengths.Add(Convert.ToInt32(reader.Value, System.Globalization.CultureInfo.InvariantCulture));
                    }

                    break;
                case "$values":
                    if (elementType is null || lengths.Count == 0)
                    {
                        throw new JsonSerializationException("A stored array lists its values before its element type and length: the stored flow is damaged.");
                    }

                    array = lengths.Count == 1 && objectType.IsSZArray()
                        ? Array.CreateInstance(elementType, lengths[0])
                        : Array.CreateInstance(elementType, lengths.ToArray());
                    if (id is not null)
                    {
                        resolver.AddReference(serializer, id, array);
                    }

                    GraphValues.Next(reader);
                    var index = new int[array.Rank];
                    while (reader.Read() && reader.TokenType != JsonToken.EndArray)
                    {
                        array.SetValue(GraphValues.Read(reader, elementType, serializer), index);
                        for (int d = array.Rank - 1; d >= 0; d--)
                        {
                            if (++index[d] < array.GetLength(d))
                            {
                                break;
                            }

                            index[d] = 0;
                        }
                    }

                    break;
                case "$b64":
                    var decoded = Convert.FromBase64String(reader.ReadAsString() ?? throw new JsonSerializationException("A stored byte array has no content: the stored flow is damaged."));
                    if (elementType != typeof(byte) || lengths.Count != 1 || lengths[0] != decoded.Length)
                    {
                        throw new JsonSerializationException("A stored byte array does not match its length or element type: the stored flow is damaged.");
                    }

                    array = decoded;
                    if (id is not null)
                    {
                        resolver.AddReference(serializer, id, array);
                    }

                    break;
                default:
                    reader.Skip();
                    break;
            }
        }

        return array ?? throw new JsonSerializationException("A stored array has no values: the stored flow is damaged.");
    }

    private static void WriteElement(JsonWriter writer, object? element, Type elementType, JsonSerializer serializer) =>
        GraphValues.Write(writer, element, elementType, serializer);

    private static string TypeName(Type type, JsonSerializer serializer) => GraphValues.BindName(type, serializer);

    private static Type ResolveType(string qualified, JsonSerializer serializer) => GraphValues.BindType(qualified, serializer);
}

internal static class TypeExtensions
{
    public static bool IsSZArray(this Type type) => type.IsArray && type == type.GetElementType()!.MakeArrayType();
}
