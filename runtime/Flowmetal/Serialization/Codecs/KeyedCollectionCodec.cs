using System.Text.Json;
using Flowmetal.Serialization.Graph;

namespace Flowmetal.Serialization.Codecs;

/// <summary>
/// A dictionary rebuilt on load (<see cref="RebuiltCollections"/>):
/// <c>{"$t":3,"cmp":7,"vcmp":8,"items":[k1,v1,k2,v2]}</c>, comparers present only when not the default.
/// </summary>
/// <typeparam name="TCollection">The dictionary type.</typeparam>
/// <typeparam name="TKey">The key type.</typeparam>
/// <typeparam name="TValue">The value type.</typeparam>
/// <typeparam name="TComparer">The key comparer type it is built with.</typeparam>
internal abstract class KeyedCollectionCodec<TCollection, TKey, TValue, TComparer> : RebuiltObjectCodec<KeyedCollectionCodec<TCollection, TKey, TValue, TComparer>.State>
    where TCollection : class, IReadOnlyDictionary<TKey, TValue>
    where TComparer : class
{
    private static readonly JsonEncodedText Comparer = JsonEncodedText.Encode("cmp");
    private static readonly JsonEncodedText ValueComparer = JsonEncodedText.Encode("vcmp");
    private static readonly JsonEncodedText Items = JsonEncodedText.Encode("items");

    protected KeyedCollectionCodec()
        : base(typeof(TCollection))
    {
    }

    /// <summary>Whether the rebuilt dictionary enumerates in the stored order.</summary>
    protected virtual bool Ordered => false;

    public override void Write(object value, GraphWriter writer)
    {
        var collection = (TCollection)value;
        if (ComparerOf(collection) is { } comparer)
        {
            writer.Property(Comparer);
            writer.WriteReference(comparer);
        }

        if (ValueComparerOf(collection) is { } valueComparer)
        {
            writer.Property(ValueComparer);
            writer.WriteReference(valueComparer);
        }

        writer.Property(Items);
        writer.Json.WriteStartArray();
        int i = 0;
        foreach (var (key, item) in collection)
        {
            writer.Element(i++);
            ValueCodec<TKey>.Write(writer, key);
            writer.Element(i++);
            ValueCodec<TValue>.Write(writer, item);
        }

        writer.Json.WriteEndArray();
    }

    public override void Verify(object original, object loaded, GraphVerifier verifier)
    {
        var before = (TCollection)original;
        var after = (TCollection)loaded;
        if (Ordered)
        {
            verifier.CompareSequences(before, after);
        }
        else
        {
            verifier.CompareDictionaries(before, after);
        }
    }

    protected abstract TComparer? ComparerOf(TCollection collection);

    protected virtual object? ValueComparerOf(TCollection collection) => null;

    protected abstract TCollection Build(TComparer? comparer, List<KeyValuePair<TKey, TValue>> items);

    protected virtual TCollection Build(TComparer? comparer, List<KeyValuePair<TKey, TValue>> items, object? valueComparer) => Build(comparer, items);

    protected override State ReadState(GraphReader reader, ref Utf8JsonReader json)
    {
        var state = new State();
        while (true)
        {
            GraphReader.Next(ref json);
            if (json.TokenType == JsonTokenType.EndObject)
            {
                return state;
            }

            if (json.ValueTextEquals(Comparer.EncodedUtf8Bytes))
            {
                GraphReader.Next(ref json);
                state.Comparer = reader.ReadReference(ref json) as TComparer
                    ?? throw new GraphFormatException($"A stored {TypeNames.Display(Type)} has a comparer that is not an {TypeNames.Display(typeof(TComparer))}.");
            }
            else if (json.ValueTextEquals(ValueComparer.EncodedUtf8Bytes))
            {
                GraphReader.Next(ref json);
                state.ValueComparer = reader.ReadReference(ref json) as IEqualityComparer<TValue>
                    ?? throw new GraphFormatException($"A stored {TypeNames.Display(Type)} has a value comparer that is not an equality comparer.");
            }
            else if (json.ValueTextEquals(Items.EncodedUtf8Bytes))
            {
                GraphReader.Next(ref json);
                if (json.TokenType != JsonTokenType.StartArray)
                {
                    throw new GraphFormatException($"A stored {TypeNames.Display(Type)}'s items are not a list.");
                }

                while (true)
                {
                    GraphReader.Next(ref json);
                    if (json.TokenType == JsonTokenType.EndArray)
                    {
                        break;
                    }

                    var key = ValueCodec<TKey>.Read(reader, ref json);
                    GraphReader.Next(ref json);
                    state.Items.Add(new KeyValuePair<TKey, TValue>(key, ValueCodec<TValue>.Read(reader, ref json)));
                }
            }
            else
            {
                throw GraphReader.UnknownProperty(Type, json.GetString());
            }
        }
    }

    protected override object Build(State state) => Build(state.Comparer, state.Items, state.ValueComparer);

    protected override IEnumerable<object?>? DependsOn(State state) =>
        typeof(TKey).IsValueType ? null : state.Items.Select(item => (object?)item.Key).Append(state.Comparer);

    internal sealed class State
    {
        public TComparer? Comparer;
        public object? ValueComparer;
        public readonly List<KeyValuePair<TKey, TValue>> Items = new();
    }
}
