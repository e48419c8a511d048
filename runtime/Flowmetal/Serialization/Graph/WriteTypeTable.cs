using System.Text.Json;

namespace Flowmetal.Serialization.Graph;

/// <summary>The <c>types</c> of a document being written: each type once, in the order first used.</summary>
internal sealed class WriteTypeTable
{
    private readonly Dictionary<Type, int> _indexes = new();
    private readonly List<(Type Type, string? Hash)> _types = new();

    public int IndexOf(Type type)
    {
        if (!_indexes.TryGetValue(type, out var index))
        {
            index = _types.Count;
            _types.Add((type, null));
            _indexes.Add(type, index);
        }

        return index;
    }

    /// <summary>A frame type, written with the body hash of its method: <c>{"n":name,"h":hash}</c>.</summary>
    public int IndexOfFrame(Type type, string hash)
    {
        if (!_indexes.TryGetValue(type, out var index))
        {
            index = _types.Count;
            _types.Add((type, hash));
            _indexes.Add(type, index);
        }

        return index;
    }

    public void Clear()
    {
        _indexes.Clear();
        _types.Clear();
    }

    public void Write(Utf8JsonWriter json)
    {
        json.WriteStartArray();
        foreach (var (type, hash) in _types)
        {
            if (hash is null)
            {
                json.WriteStringValue(TypeNames.Stored(type));
            }
            else
            {
                json.WriteStartObject();
                json.WriteString(GraphDocument.TypeName, TypeNames.Stored(type));
                json.WriteString(GraphDocument.TypeHash, hash);
                json.WriteEndObject();
            }
        }

        json.WriteEndArray();
    }
}
