using Newtonsoft.Json.Serialization;

namespace Flowmetal.Serialization;

/// <summary>
/// Reference ids for one serialization or deserialization. Newtonsoft's default resolver keeps
/// its table in the internal reader or writer, which a converter's nested call does not share.
/// </summary>
internal sealed class GraphReferenceResolver : IReferenceResolver
{
    private readonly Dictionary<object, string> _ids = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<string, object> _objects = new(StringComparer.Ordinal);

    // Called only while reading, which never asks for ids by object: keep no reverse entry, since
    // hashing each new object by identity costs more than the rest of reading it.
    public void AddReference(object context, string reference, object value) => _objects[reference] = value;

    public string GetReference(object context, object value)
    {
        if (!_ids.TryGetValue(value, out var id))
        {
            id = (_ids.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
            _ids[value] = id;
            _objects[id] = value;
        }

        return id;
    }

    public bool IsReferenced(object context, object value) => _ids.ContainsKey(value);

    public object ResolveReference(object context, string reference) =>
        _objects.TryGetValue(reference, out var value) ? value : null!;
}
