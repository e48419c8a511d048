using System.Collections;
using System.Collections.Concurrent;
using System.Reflection;
using Newtonsoft.Json;

namespace Flowmetal.Serialization;

/// <summary>
/// <see cref="Dictionary{TKey,TValue}"/> and <see cref="HashSet{T}"/> rebuilt from their items.
/// Their fields cannot be copied: bucket positions come from hash codes, and string hash codes
/// are randomized per process, so a dictionary copied field by field would not find its keys on
/// another node. Items are written in enumeration order, so the rebuilt collection enumerates in
/// the same order (which <see cref="HashEnumeratorConverter"/> relies on). Written as
/// <c>{"$t":...,"$id":"3","cmp":"Ordinal","items":[k1,v1,k2,v2]}</c>.
/// </summary>
internal sealed class HashCollectionConverter : JsonConverter
{
    public static readonly HashCollectionConverter Instance = new();

    private static readonly (string Name, object Comparer)[] KnownComparers =
    {
        ("Ordinal", StringComparer.Ordinal),
        ("OrdinalIgnoreCase", StringComparer.OrdinalIgnoreCase),
        ("InvariantCulture", StringComparer.InvariantCulture),
        ("InvariantCultureIgnoreCase", StringComparer.InvariantCultureIgnoreCase),
    };

    private static readonly ConcurrentDictionary<Type, Shape> Shapes = new();

    public static bool Handles(Type type) =>
        type.IsGenericType && (type.GetGenericTypeDefinition() == typeof(Dictionary<,>) || type.GetGenericTypeDefinition() == typeof(HashSet<>));

    public override bool CanConvert(Type objectType) => Handles(objectType);

    public override void WriteJson(JsonWriter writer, object? value, JsonSerializer serializer)
    {
        if (value is null)
        {
            writer.WriteNull();
            return;
        }

        var shape = ShapeOf(value.GetType());
        writer.WriteStartObject();
        writer.WritePropertyName("$t");
        writer.WriteValue(GraphValues.BindName(value.GetType(), serializer));
        writer.WritePropertyName("$id");
        writer.WriteValue(serializer.ReferenceResolver!.GetReference(serializer, value));
        var comparer = shape.ComparerProperty.GetValue(value);
        if (comparer is not null && !ReferenceEquals(comparer, shape.DefaultComparer))
        {
            writer.WritePropertyName("cmp");
            var known = KnownComparers.FirstOrDefault(k => ReferenceEquals(k.Comparer, comparer)).Name;
            if (known is not null)
            {
                writer.WriteValue(known);
            }
            else
            {
                GraphValues.Write(writer, comparer, typeof(object), serializer);
            }
        }

        writer.WritePropertyName("items");
        writer.WriteStartArray();
        if (shape.ValueType is null)
        {
            foreach (var item in (IEnumerable)value)
            {
                GraphValues.Write(writer, item, shape.KeyType, serializer);
            }
        }
        else
        {
            var entries = ((IDictionary)value).GetEnumerator();
            while (entries.MoveNext())
            {
                GraphValues.Write(writer, entries.Key, shape.KeyType, serializer);
                GraphValues.Write(writer, entries.Value, shape.ValueType, serializer);
            }
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

        Type type = objectType;
        string? id = null;
        object? comparer = null;
        object? collection = null;
        while (GraphValues.NextProperty(reader) is { } property)
        {
            GraphValues.Next(reader);
            switch (property)
            {
                case "$ref":
                    return GraphValues.ResolveReference(reader, serializer);
                case "$t":
                    type = GraphValues.BindType((string)reader.Value!, serializer);
                    if (!Handles(type))
                    {
                        throw new JsonSerializationException($"A stored dictionary or set names {type.FullName}: the stored flow is damaged.");
                    }

                    break;
                case "$id":
                    id = (string?)reader.Value;
                    break;
                case "cmp":
                    comparer = reader.TokenType == JsonToken.String
                        ? KnownComparers.FirstOrDefault(k => k.Name == (string)reader.Value!).Comparer
                            ?? throw new JsonSerializationException($"Unknown comparer '{reader.Value}' in a stored dictionary.")
                        : GraphValues.Read(reader, typeof(object), serializer);
                    break;
                case "items":
                    collection = ReadItems(reader, ShapeOf(type), id, comparer, serializer);
                    break;
            }
        }

        return collection ?? Create(ShapeOf(type), id, comparer, serializer);
    }

    private static object Create(Shape shape, string? id, object? comparer, JsonSerializer serializer)
    {
        var collection = shape.Create(comparer);
        if (id is not null)
        {
            // Before the items: an item may refer back to the collection holding it.
            serializer.ReferenceResolver!.AddReference(serializer, id, collection);
        }

        return collection;
    }

    private static object ReadItems(JsonReader reader, Shape shape, string? id, object? comparer, JsonSerializer serializer)
    {
        var collection = Create(shape, id, comparer, serializer);
        if (reader.TokenType != JsonToken.StartArray)
        {
            throw new JsonSerializationException($"Expected the items of a stored dictionary or set at {reader.Path}: the stored flow is damaged.");
        }

        var dictionary = collection as IDictionary;
        while (true)
        {
            GraphValues.Next(reader);
            if (reader.TokenType == JsonToken.EndArray)
            {
                return collection;
            }

            var key = GraphValues.Read(reader, shape.KeyType, serializer);
            if (dictionary is null)
            {
                shape.AddToSet!(collection, key);
                continue;
            }

            GraphValues.Next(reader);
            dictionary.Add(key!, GraphValues.Read(reader, shape.ValueType!, serializer));
        }
    }

    private static Shape ShapeOf(Type type) => Shapes.GetOrAdd(type, t => new Shape(t));

    private sealed class Shape
    {
        private readonly ConstructorInfo _withComparer;

        public Shape(Type type)
        {
            var arguments = type.GetGenericArguments();
            KeyType = arguments[0];
            ValueType = arguments.Length > 1 ? arguments[1] : null;
            var comparerType = typeof(IEqualityComparer<>).MakeGenericType(KeyType);
            _withComparer = type.GetConstructor(new[] { comparerType })!;
            ComparerProperty = type.GetProperty("Comparer")!;
            DefaultComparer = typeof(EqualityComparer<>).MakeGenericType(KeyType).GetProperty("Default")!.GetValue(null)!;
            if (ValueType is null)
            {
                var add = type.GetMethod("Add")!;
                AddToSet = (set, item) => add.Invoke(set, new[] { item });
            }
        }

        public Type KeyType { get; }

        public Type? ValueType { get; }

        public PropertyInfo ComparerProperty { get; }

        public object DefaultComparer { get; }

        public Action<object, object?>? AddToSet { get; }

        public object Create(object? comparer) => _withComparer.Invoke(new[] { comparer });
    }
}
