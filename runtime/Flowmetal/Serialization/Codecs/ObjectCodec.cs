using System.Text.Json;
using Flowmetal.Serialization.Graph;

namespace Flowmetal.Serialization.Codecs;

/// <summary>
/// An object stored by its fields (<see cref="FieldLayout"/>) and made again without running a
/// constructor, so it comes back exactly as it was, whatever its public surface looks like: frames,
/// closures, business objects, records, <c>List</c>, <c>Queue</c>, <c>Stack</c>, <c>LinkedList</c>,
/// sorted collections (a tree's shape does not depend on the process) and their enumerators, whose
/// version counters and positions survive with them.
/// </summary>
internal sealed class ObjectCodec : TypeCodec
{
    private readonly FieldLayout _layout;
    private readonly ObjectFieldsWriter _writer;
    private readonly ObjectFieldReader?[] _readers;

    public ObjectCodec(Type type)
        : base(type)
    {
        _layout = FieldLayout.Of(type);
        _writer = AccessorCompiler.ObjectWriter(type, _layout);
        _readers = AccessorCompiler.ObjectReaders(type, _layout);
    }

    public FieldLayout Layout => _layout;

    public override void Write(object value, GraphWriter writer) => _writer(value, writer, _layout.EncodedNames);

    public override void Read(object target, GraphReader reader, ref Utf8JsonReader json) => ReadFields(target, reader, ref json, _layout, _readers);

    public override void Verify(object original, object loaded, GraphVerifier verifier) => verifier.CompareFields(original, loaded, _layout);

    /// <summary>Reads properties up to the end of the current object into the fields they name.</summary>
    internal static void ReadFields(object target, GraphReader reader, ref Utf8JsonReader json, FieldLayout layout, ObjectFieldReader?[] readers)
    {
        int next = 0;
        while (true)
        {
            GraphReader.Next(ref json);
            if (json.TokenType == JsonTokenType.EndObject)
            {
                return;
            }

            int index = layout.Find(ref json, next);
            if (index < 0 || readers[index] is not { } read)
            {
                throw GraphReader.UnknownField(target.GetType(), ref json);
            }

            GraphReader.Next(ref json);
            read(target, reader, ref json);
            next = index + 1;
        }
    }
}
