using System.Collections;
using System.Reflection;
using System.Text.Json;
using Flowmetal.Serialization.Graph;

namespace Flowmetal.Serialization.Codecs;

/// <summary>
/// Enumerators of <see cref="Dictionary{TKey,TValue}"/> (its own, its keys' and its values') and of
/// <see cref="HashSet{T}"/>, live across a suspension in a <c>foreach</c>. Their position is an index
/// into the collection's private entry array, which is laid out anew when the collection is rebuilt
/// on load (see <see cref="DictionaryCodec{TKey,TValue}"/>); so the position is stored as the number
/// of <c>MoveNext</c> calls that reach it, <c>{"c":3,"n":2}</c>, and replayed on a fresh enumerator
/// once the collection is complete. That can only be done where the enumerator can be put back
/// afterwards: a field of an object, an array element or a box; an enumerator inside another struct
/// is refused when the flow suspends.
/// </summary>
internal static class HashEnumeratorValues
{
    public static bool Handles(Type type)
    {
        if (!type.IsGenericType || !type.IsValueType)
        {
            return false;
        }

        var definition = type.GetGenericTypeDefinition();
        return definition == typeof(Dictionary<,>.Enumerator) || definition == typeof(Dictionary<,>.KeyCollection.Enumerator) ||
            definition == typeof(Dictionary<,>.ValueCollection.Enumerator) || definition == typeof(HashSet<>.Enumerator);
    }
}

/// <summary>The enumerators of one type.</summary>
/// <typeparam name="TEnumerator">The enumerator struct.</typeparam>
internal static class HashEnumeratorValues<TEnumerator>
    where TEnumerator : struct
{
    private const BindingFlags Instance = BindingFlags.Instance | BindingFlags.NonPublic | BindingFlags.Public;
    private static readonly FieldInfo CollectionField = typeof(TEnumerator).GetField("_dictionary", Instance) ?? typeof(TEnumerator).GetField("_hashSet", Instance)
        ?? throw new NotSupportedException($"This .NET version's {typeof(TEnumerator).Name} has no collection field Flowmetal knows.");

    private static readonly FieldInfo IndexField = typeof(TEnumerator).GetField("_index", Instance)
        ?? throw new NotSupportedException($"This .NET version's {typeof(TEnumerator).Name} has no index field Flowmetal knows.");

    private static readonly FieldInfo? ReturnTypeField = typeof(TEnumerator).GetField("_getEnumeratorRetType", Instance);
    private static readonly PropertyInfo? View = ViewOf();
    private static readonly MethodInfo GetEnumerator = (View?.PropertyType ?? CollectionField.FieldType).GetMethod("GetEnumerator", Type.EmptyTypes)!;
    private static readonly PropertyInfo Count = CollectionField.FieldType.GetProperty("Count")!;
    private static readonly JsonEncodedText Collection = JsonEncodedText.Encode("c");
    private static readonly JsonEncodedText Moves = JsonEncodedText.Encode("n");
    private static readonly JsonEncodedText ReturnType = JsonEncodedText.Encode("r");

    public static readonly ValueWriter<TEnumerator> Writer = static (writer, enumerator) =>
    {
        if (!writer.TakeDeferredPermission())
        {
            writer.Refuse(typeof(TEnumerator),
                "an enumerator of a Dictionary or HashSet inside another struct (a tuple or a struct of your own), whose position Flowmetal can only " +
                "restore where it can put the enumerator back: keep the enumerator in a local of its own, or iterate over a copy (.ToList())");
        }

        object boxed = enumerator;
        var collection = CollectionField.GetValue(boxed);
        writer.Json.WriteStartObject();
        writer.Json.WritePropertyName(Collection);
        writer.WriteReference(collection);
        if (collection is not null)
        {
            writer.Json.WriteNumber(Moves, MoveNextCalls(collection, (int)IndexField.GetValue(boxed)!));
            if (ReturnTypeField is not null)
            {
                writer.Json.WriteNumber(ReturnType, (int)ReturnTypeField.GetValue(boxed)!);
            }
        }

        writer.Json.WriteEndObject();
    };

    public static readonly ValueReader<TEnumerator> Reader = static (GraphReader reader, ref Utf8JsonReader json) =>
    {
        var assign = reader.TakeDeferredTarget() ?? throw new GraphFormatException(
            $"A stored {TypeNames.Display(typeof(TEnumerator))} is inside a struct, where Flowmetal never stores one: the stored flow is damaged.");
        if (json.TokenType != JsonTokenType.StartObject)
        {
            throw new GraphFormatException($"Expected a stored {TypeNames.Display(typeof(TEnumerator))}, found {json.TokenType}.");
        }

        object? collection = null;
        int moves = 0;
        int? returnType = null;
        while (true)
        {
            GraphReader.Next(ref json);
            if (json.TokenType == JsonTokenType.EndObject)
            {
                break;
            }

            var name = json.GetString();
            GraphReader.Next(ref json);
            switch (name)
            {
                case "c":
                    collection = reader.ReadReference(ref json);
                    break;
                case "n":
                    moves = json.GetInt32();
                    break;
                case "r":
                    returnType = json.GetInt32();
                    break;
                default:
                    throw GraphReader.UnknownProperty(typeof(TEnumerator), name);
            }
        }

        if (collection is not null)
        {
            if (!CollectionField.FieldType.IsInstanceOfType(collection) || moves < 0)
            {
                throw new GraphFormatException($"A stored {TypeNames.Display(typeof(TEnumerator))} refers to a {collection.GetType().Name}: the stored flow is damaged.");
            }

            // Replayed once the collection is rebuilt, which happens after every entry is read.
            reader.AddFixup(() => assign(Replay(collection, moves, returnType)));
        }

        return default;
    };

    private static object Replay(object collection, int moves, int? returnType)
    {
        if (moves > (int)Count.GetValue(collection)! + 1)
        {
            throw new GraphFormatException($"A stored {TypeNames.Display(typeof(TEnumerator))} is past the end of its collection: the stored flow is damaged.");
        }

        var enumerator = Start(collection);
        if (returnType is { } kind && ReturnTypeField is not null)
        {
            ReturnTypeField.SetValue(enumerator, kind);
        }

        var cursor = (IEnumerator)enumerator;
        for (int i = 0; i < moves; i++)
        {
            cursor.MoveNext();
        }

        return enumerator;
    }

    /// <summary>How many MoveNext calls on a fresh enumerator of the same collection reach <paramref name="index"/>.</summary>
    private static int MoveNextCalls(object collection, int index)
    {
        var probe = Start(collection);
        var cursor = (IEnumerator)probe;
        int limit = (int)Count.GetValue(collection)! + 2;
        for (int moves = 0; moves <= limit; moves++)
        {
            if ((int)IndexField.GetValue(probe)! == index)
            {
                return moves;
            }

            cursor.MoveNext();
        }

        throw new FlowSerializationException(
            $"An enumerator of a {collection.GetType().Name} is at a position its collection does not have: the collection was changed during the foreach.");
    }

    /// <summary>A fresh enumerator, boxed, so MoveNext and field writes change this one copy.</summary>
    private static object Start(object collection) => GetEnumerator.Invoke(View is null ? collection : View.GetValue(collection), null)!;

    private static PropertyInfo? ViewOf()
    {
        var definition = typeof(TEnumerator).GetGenericTypeDefinition();
        var collectionType = CollectionField.FieldType;
        if (definition == typeof(Dictionary<,>.KeyCollection.Enumerator))
        {
            return collectionType.GetProperty("Keys");
        }

        return definition == typeof(Dictionary<,>.ValueCollection.Enumerator) ? collectionType.GetProperty("Values") : null;
    }
}
