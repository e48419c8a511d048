using System.Text.Json;
using Flowmetal.Serialization.Graph;

namespace Flowmetal.Serialization.Codecs;

/// <summary>
/// A struct held by value (a local, a field, an array element, a dictionary's key): written where
/// it is held as a JSON object of its fields, <c>{"Amount":"12.50","Currency":"EUR"}</c>. A struct
/// has no identity, so it needs no entry of its own; it cannot contain itself, so the nesting is as
/// deep as its type, never as deep as the data.
/// </summary>
/// <typeparam name="T">The struct type.</typeparam>
internal static class StructCodec<T>
{
    private static readonly FieldLayout Layout = FieldLayout.Of(typeof(T));
    private static readonly StructFieldsWriter<T> Writer = AccessorCompiler.StructWriter<T>(Layout);
    private static readonly StructFieldReader<T>?[] Readers = AccessorCompiler.StructReaders<T>(Layout);

    public static FieldLayout Fields => Layout;

    public static void WriteInline(GraphWriter writer, T value)
    {
        writer.EnsureStructAllowed(typeof(T));
        writer.Json.WriteStartObject();
        writer.EnterStruct();
        Writer(ref value, writer, Layout.EncodedNames);
        writer.LeaveStruct();
        writer.Json.WriteEndObject();
    }

    public static T ReadInline(GraphReader reader, ref Utf8JsonReader json)
    {
        reader.EnsureStructAllowed(typeof(T));
        if (json.TokenType != JsonTokenType.StartObject)
        {
            throw new GraphFormatException($"Expected the fields of a {TypeNames.Display(typeof(T))}, found {json.TokenType}.");
        }

        T value = default!;
        int next = 0;
        while (true)
        {
            GraphReader.Next(ref json);
            if (json.TokenType == JsonTokenType.EndObject)
            {
                return value;
            }

            int index = Layout.Find(ref json, next);
            if (index < 0 || Readers[index] is not { } read)
            {
                throw GraphReader.UnknownField(typeof(T), ref json);
            }

            GraphReader.Next(ref json);
            read(ref value, reader, ref json);
            next = index + 1;
        }
    }
}
