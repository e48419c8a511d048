using System.Collections;
using System.Collections.Concurrent;
using System.Reflection;
using Newtonsoft.Json;

namespace Flowmetal.Serialization;

/// <summary>
/// Enumerators of <see cref="Dictionary{TKey,TValue}"/> (its own, its keys' and its values') and of
/// <see cref="HashSet{T}"/>, live across a suspension in a <c>foreach</c>. Their position is an index
/// into the collection's private entry array, which is laid out differently once
/// <see cref="HashCollectionConverter"/> rebuilds the collection; so the position is stored as the
/// number of <c>MoveNext</c> calls that reach it, and replayed on a fresh enumerator of the rebuilt
/// collection (whose version then matches too). Written as <c>{"$t":...,"c":collection,"n":3}</c>.
/// </summary>
internal sealed class HashEnumeratorConverter : JsonConverter
{
    public static readonly HashEnumeratorConverter Instance = new();

    private static readonly ConcurrentDictionary<Type, Shape> Shapes = new();

    public static bool Handles(Type type)
    {
        if (!type.IsGenericType)
        {
            return false;
        }

        var definition = type.GetGenericTypeDefinition();
        return definition == typeof(Dictionary<,>.Enumerator) || definition == typeof(Dictionary<,>.KeyCollection.Enumerator) ||
            definition == typeof(Dictionary<,>.ValueCollection.Enumerator) || definition == typeof(HashSet<>.Enumerator);
    }

    public override bool CanConvert(Type objectType) => Handles(objectType);

    public override void WriteJson(JsonWriter writer, object? value, JsonSerializer serializer)
    {
        if (value is null)
        {
            writer.WriteNull();
            return;
        }

        var shape = ShapeOf(value.GetType());
        var collection = shape.CollectionField.GetValue(value);
        writer.WriteStartObject();
        writer.WritePropertyName("$t");
        writer.WriteValue(GraphValues.BindName(value.GetType(), serializer));
        writer.WritePropertyName("c");
        GraphValues.Write(writer, collection, shape.CollectionType, serializer);
        if (collection is not null)
        {
            writer.WritePropertyName("n");
            writer.WriteValue(MoveNextCalls(shape, collection, (int)shape.IndexField.GetValue(value)!));
            if (shape.ReturnTypeField is not null)
            {
                writer.WritePropertyName("r");
                writer.WriteValue((int)shape.ReturnTypeField.GetValue(value)!);
            }
        }

        writer.WriteEndObject();
    }

    public override object? ReadJson(JsonReader reader, Type objectType, object? existingValue, JsonSerializer serializer)
    {
        if (reader.TokenType == JsonToken.Null)
        {
            return null;
        }

        var type = objectType;
        object? collection = null;
        int moves = 0;
        int? returnType = null;
        while (GraphValues.NextProperty(reader) is { } property)
        {
            GraphValues.Next(reader);
            switch (property)
            {
                case "$t":
                    type = GraphValues.BindType((string)reader.Value!, serializer);
                    if (!Handles(type))
                    {
                        throw new JsonSerializationException($"A stored enumerator names {type.FullName}: the stored flow is damaged.");
                    }

                    break;
                case "c":
                    collection = GraphValues.Read(reader, ShapeOf(type).CollectionType, serializer);
                    break;
                case "n":
                    moves = Convert.ToInt32(reader.Value, System.Globalization.CultureInfo.InvariantCulture);
                    break;
                case "r":
                    returnType = Convert.ToInt32(reader.Value, System.Globalization.CultureInfo.InvariantCulture);
                    break;
            }
        }

        var shape = ShapeOf(type);
        if (collection is null)
        {
            return Activator.CreateInstance(type);
        }

        var enumerator = shape.Start(collection);
        if (returnType is { } kind && shape.ReturnTypeField is not null)
        {
            shape.ReturnTypeField.SetValue(enumerator, kind);
        }

        var cursor = (IEnumerator)enumerator;
        for (int i = 0; i < moves; i++)
        {
            cursor.MoveNext();
        }

        return enumerator;
    }

    /// <summary>How many MoveNext calls on a fresh enumerator of the same collection reach <paramref name="index"/>.</summary>
    private static int MoveNextCalls(Shape shape, object collection, int index)
    {
        var probe = shape.Start(collection);
        var cursor = (IEnumerator)probe;
        int limit = shape.Count(collection) + 2;
        for (int moves = 0; moves <= limit; moves++)
        {
            if ((int)shape.IndexField.GetValue(probe)! == index)
            {
                return moves;
            }

            cursor.MoveNext();
        }

        throw new FlowSerializationException(
            $"An enumerator of a {collection.GetType().Name} is at a position its collection does not have: the collection was changed during the foreach.");
    }

    private static Shape ShapeOf(Type type) => Shapes.GetOrAdd(type, t => new Shape(t));

    private sealed class Shape
    {
        private const BindingFlags Instance = BindingFlags.Instance | BindingFlags.NonPublic | BindingFlags.Public;
        private readonly MethodInfo _getEnumerator;
        private readonly PropertyInfo? _view;
        private readonly PropertyInfo _count;

        public Shape(Type type)
        {
            var definition = type.GetGenericTypeDefinition();
            CollectionField = type.GetField("_dictionary", Instance) ?? type.GetField("_hashSet", Instance)
                ?? throw new NotSupportedException($"This .NET version's {type.Name} has no collection field Flowmetal knows.");
            IndexField = type.GetField("_index", Instance)
                ?? throw new NotSupportedException($"This .NET version's {type.Name} has no index field Flowmetal knows.");
            ReturnTypeField = type.GetField("_getEnumeratorRetType", Instance);
            CollectionType = CollectionField.FieldType;
            _count = CollectionType.GetProperty("Count")!;
            if (definition == typeof(Dictionary<,>.KeyCollection.Enumerator))
            {
                _view = CollectionType.GetProperty("Keys");
            }
            else if (definition == typeof(Dictionary<,>.ValueCollection.Enumerator))
            {
                _view = CollectionType.GetProperty("Values");
            }

            var enumerable = _view?.PropertyType ?? CollectionType;
            _getEnumerator = enumerable.GetMethod("GetEnumerator", Type.EmptyTypes)!;
        }

        public FieldInfo CollectionField { get; }

        public int Count(object collection) => (int)_count.GetValue(collection)!;

        public FieldInfo IndexField { get; }

        public FieldInfo? ReturnTypeField { get; }

        public Type CollectionType { get; }

        /// <summary>A fresh enumerator, boxed, so MoveNext and field writes change this one copy.</summary>
        public object Start(object collection) => _getEnumerator.Invoke(_view is null ? collection : _view.GetValue(collection), null)!;
    }
}
