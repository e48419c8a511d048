using System.Text.Json;
using Flowmetal.Serialization.Graph;

namespace Flowmetal.Serialization.Codecs;

/// <summary>
/// A collection of items rebuilt on load (<see cref="RebuiltCollections"/>):
/// <c>{"$t":3,"cmp":7,"items":[a,b,c]}</c>, the comparer present only when it is not the default.
/// </summary>
/// <typeparam name="TCollection">The collection type.</typeparam>
/// <typeparam name="T">The item type.</typeparam>
/// <typeparam name="TComparer">The comparer type it is built with (<c>object</c> when none).</typeparam>
internal abstract class ItemCollectionCodec<TCollection, T, TComparer> : RebuiltObjectCodec<ItemCollectionCodec<TCollection, T, TComparer>.State>
    where TCollection : class, IEnumerable<T>
    where TComparer : class
{
    internal static readonly JsonEncodedText Comparer = JsonEncodedText.Encode("cmp");
    internal static readonly JsonEncodedText Items = JsonEncodedText.Encode("items");

    protected ItemCollectionCodec()
        : base(typeof(TCollection))
    {
    }

    /// <summary>Whether the rebuilt collection enumerates in the stored order (else it is compared as a multiset).</summary>
    protected virtual bool Ordered => false;

    public override void Write(object value, GraphWriter writer)
    {
        var collection = (TCollection)value;
        if (ComparerOf(collection) is { } comparer)
        {
            writer.Property(Comparer);
            writer.WriteReference(comparer);
        }

        writer.Property(Items);
        writer.Json.WriteStartArray();
        int i = 0;
        foreach (var item in collection)
        {
            writer.Element(i++);
            ValueCodec<T>.Write(writer, item);
        }

        writer.Json.WriteEndArray();
    }

    public override void Verify(object original, object loaded, GraphVerifier verifier)
    {
        if (Ordered)
        {
            verifier.CompareSequences((TCollection)original, (TCollection)loaded);
        }
        else
        {
            verifier.CompareMultisets((TCollection)original, (TCollection)loaded);
        }
    }

    protected virtual TComparer? ComparerOf(TCollection collection) => null;

    protected abstract TCollection Build(TComparer? comparer, List<T> items);

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

                    state.Items.Add(ValueCodec<T>.Read(reader, ref json));
                }
            }
            else
            {
                throw GraphReader.UnknownProperty(Type, json.GetString());
            }
        }
    }

    protected override object Build(State state) => Build(state.Comparer, state.Items);

    protected override IEnumerable<object?>? DependsOn(State state) =>
        typeof(T).IsValueType ? null : state.Items.Cast<object?>().Append(state.Comparer);

    internal sealed class State
    {
        public TComparer? Comparer;
        public readonly List<T> Items = new();
    }
}
