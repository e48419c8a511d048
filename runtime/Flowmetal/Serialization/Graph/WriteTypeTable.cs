using System.Text.Json;
using Flowmetal.Serialization.Codecs;

namespace Flowmetal.Serialization.Graph;

/// <summary>The <c>types</c> of a document being written: each type once, in the order first used.</summary>
internal sealed class WriteTypeTable
{
    private readonly Dictionary<Type, int> _indexes = new();
    private readonly List<(Type Type, string? Hash)> _types = new();

    // Types whose entries or frames the document holds: their shapes are written with them.
    private readonly HashSet<int> _shaped = new();

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

    /// <summary>The index of the type of an entry (or a struct in place): its <see cref="StoredShape"/> is written too.</summary>
    public int IndexOfEntry(Type type)
    {
        int index = IndexOf(type);
        _shaped.Add(index);
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

        _shaped.Add(index);
        return index;
    }

    /// <summary>Adds the description of every frame type the document holds (which the store must keep) to <paramref name="descriptions"/>.</summary>
    public void CollectFrameTypes(ICollection<Storage.FrameTypeDescription> descriptions)
    {
        foreach (var (type, hash) in _types)
        {
            if (hash is not null && FrameVersionInfo.DescriptionOf(type) is { } description)
            {
                descriptions.Add(description);
            }
        }
    }

    public void Clear()
    {
        _indexes.Clear();
        _types.Clear();
        _shaped.Clear();
    }

    public void Write(Utf8JsonWriter json)
    {
        // Shapes name the struct types written in place, which get shapes of their own: to a fixed point.
        var shapes = new Dictionary<int, StoredShape>();
        var pending = new Queue<int>(_shaped);
        while (pending.Count > 0)
        {
            int index = pending.Dequeue();
            if (shapes.ContainsKey(index) || StoredShape.Of(_types[index].Type) is not { } shape)
            {
                continue;
            }

            shapes[index] = shape;
            foreach (var declared in shape.Fields.Select(f => f.Declared).Append(shape.Elements).Append(shape.Keys))
            {
                if (declared is not null && StoredShape.StructOf(declared) is { } inPlace && _shaped.Add(IndexOf(inPlace)))
                {
                    pending.Enqueue(IndexOf(inPlace));
                }
            }
        }

        json.WriteStartArray();
        for (int index = 0; index < _types.Count; index++)
        {
            var (type, hash) = _types[index];
            shapes.TryGetValue(index, out var shape);
            if (hash is null && shape is null)
            {
                json.WriteStringValue(TypeNames.Stored(type));
                continue;
            }

            json.WriteStartObject();
            json.WriteString(GraphDocument.TypeName, TypeNames.Stored(type));
            if (hash is not null)
            {
                json.WriteString(GraphDocument.TypeHash, hash);
                FrameVersionInfo.Write(json, type);
            }

            if (shape is not null)
            {
                WriteShape(json, shape);
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    /// <summary><c>"f":{"Customer":"r","Where":7}</c>, <c>"e":"r"</c>, <c>"k":7</c>: a reference, or the index of a struct type.</summary>
    private void WriteShape(Utf8JsonWriter json, StoredShape shape)
    {
        if (shape.Fields.Count > 0)
        {
            json.WritePropertyName(GraphDocument.ShapeFields);
            json.WriteStartObject();
            foreach (var (name, declared) in shape.Fields)
            {
                json.WritePropertyName(name);
                WriteKind(json, declared);
            }

            json.WriteEndObject();
        }

        if (shape.Elements is { } elements)
        {
            json.WritePropertyName(GraphDocument.ShapeElements);
            WriteKind(json, elements);
        }

        if (shape.Keys is { } keys)
        {
            json.WritePropertyName(GraphDocument.ShapeKeys);
            WriteKind(json, keys);
        }
    }

    private void WriteKind(Utf8JsonWriter json, Type declared)
    {
        if (StoredShape.StructOf(declared) is { } inPlace)
        {
            json.WriteNumberValue(IndexOf(inPlace));
        }
        else
        {
            json.WriteStringValue("r");
        }
    }
}
