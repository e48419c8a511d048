using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Reflection;

namespace Flowmetal.Serialization.Codecs;

/// <summary>
/// The collections stored as their items and built again on load: hash-based ones (their buckets
/// follow this process's hash codes, and string hash codes differ in every process), concurrent
/// ones (their layout follows threads and locks) and immutable ones (shared trees and cached
/// empties). Dictionaries and sets keep their comparer and their enumeration order.
/// </summary>
internal static class RebuiltCollections
{
    public static bool Handles(Type type) => type.IsGenericType && CodecOf(type.GetGenericTypeDefinition()) is not null;

    public static TypeCodec? For(Type type)
    {
        var definition = type.GetGenericTypeDefinition();
        var codec = CodecOf(definition);
        try
        {
            return codec is null ? null : (TypeCodec)Activator.CreateInstance(codec.MakeGenericType(type.GetGenericArguments()))!;
        }
        catch (TargetInvocationException error) when (error.InnerException is not null)
        {
            throw error.InnerException;
        }
    }

    private static Type? CodecOf(Type definition)
    {
        return definition switch
        {
            _ when definition == typeof(Dictionary<,>) => typeof(DictionaryCodec<,>),
            _ when definition == typeof(HashSet<>) => typeof(HashSetCodec<>),
            _ when definition == typeof(ConcurrentDictionary<,>) => typeof(ConcurrentDictionaryCodec<,>),
            _ when definition == typeof(ImmutableDictionary<,>) => typeof(ImmutableDictionaryCodec<,>),
            _ when definition == typeof(ImmutableSortedDictionary<,>) => typeof(ImmutableSortedDictionaryCodec<,>),
            _ when definition == typeof(ImmutableHashSet<>) => typeof(ImmutableHashSetCodec<>),
            _ when definition == typeof(ImmutableSortedSet<>) => typeof(ImmutableSortedSetCodec<>),
            _ when definition == typeof(ImmutableList<>) => typeof(ImmutableListCodec<>),
            _ when definition == typeof(ImmutableQueue<>) => typeof(ImmutableQueueCodec<>),
            _ when definition == typeof(ImmutableStack<>) => typeof(ImmutableStackCodec<>),
            _ when definition == typeof(ConcurrentQueue<>) => typeof(ConcurrentQueueCodec<>),
            _ when definition == typeof(ConcurrentStack<>) => typeof(ConcurrentStackCodec<>),
            _ when definition == typeof(ConcurrentBag<>) => typeof(ConcurrentBagCodec<>),
            _ => null,
        };
    }
}

/// <summary><see cref="Dictionary{TKey,TValue}"/>: <c>{"$t":3,"cmp":7,"items":[k1,v1,k2,v2]}</c>, in enumeration order, which the rebuilt one keeps.</summary>
internal sealed class DictionaryCodec<TKey, TValue> : KeyedCollectionCodec<Dictionary<TKey, TValue>, TKey, TValue, IEqualityComparer<TKey>>
    where TKey : notnull
{
    protected override bool Ordered => true;

    protected override IEqualityComparer<TKey>? ComparerOf(Dictionary<TKey, TValue> collection) =>
        ReferenceEquals(collection.Comparer, EqualityComparer<TKey>.Default) ? null : collection.Comparer;

    protected override Dictionary<TKey, TValue> Build(IEqualityComparer<TKey>? comparer, List<KeyValuePair<TKey, TValue>> items)
    {
        var built = new Dictionary<TKey, TValue>(items.Count, comparer);
        foreach (var (key, value) in items)
        {
            built.Add(key, value);
        }

        return built;
    }
}

/// <summary><see cref="HashSet{T}"/>: <c>{"$t":3,"cmp":7,"items":[a,b]}</c>, in enumeration order.</summary>
internal sealed class HashSetCodec<T> : ItemCollectionCodec<HashSet<T>, T, IEqualityComparer<T>>
{
    protected override bool Ordered => true;

    protected override IEqualityComparer<T>? ComparerOf(HashSet<T> collection) =>
        ReferenceEquals(collection.Comparer, EqualityComparer<T>.Default) ? null : collection.Comparer;

    protected override HashSet<T> Build(IEqualityComparer<T>? comparer, List<T> items)
    {
        var built = new HashSet<T>(items.Count, comparer);
        foreach (var item in items)
        {
            if (!built.Add(item))
            {
                throw new Graph.GraphFormatException("A stored HashSet holds the same item twice: the stored flow is damaged.");
            }
        }

        return built;
    }
}

internal sealed class ConcurrentDictionaryCodec<TKey, TValue> : KeyedCollectionCodec<ConcurrentDictionary<TKey, TValue>, TKey, TValue, IEqualityComparer<TKey>>
    where TKey : notnull
{
    protected override IEqualityComparer<TKey>? ComparerOf(ConcurrentDictionary<TKey, TValue> collection) =>
        ReferenceEquals(collection.Comparer, EqualityComparer<TKey>.Default) ? null : collection.Comparer;

    protected override ConcurrentDictionary<TKey, TValue> Build(IEqualityComparer<TKey>? comparer, List<KeyValuePair<TKey, TValue>> items)
    {
        var built = new ConcurrentDictionary<TKey, TValue>(comparer);
        foreach (var (key, value) in items)
        {
            if (!built.TryAdd(key, value))
            {
                throw new Graph.GraphFormatException("A stored ConcurrentDictionary holds the same key twice: the stored flow is damaged.");
            }
        }

        return built;
    }
}

internal sealed class ImmutableDictionaryCodec<TKey, TValue> : KeyedCollectionCodec<ImmutableDictionary<TKey, TValue>, TKey, TValue, IEqualityComparer<TKey>>
    where TKey : notnull
{
    protected override IEqualityComparer<TKey>? ComparerOf(ImmutableDictionary<TKey, TValue> collection) =>
        ReferenceEquals(collection.KeyComparer, EqualityComparer<TKey>.Default) ? null : collection.KeyComparer;

    protected override object? ValueComparerOf(ImmutableDictionary<TKey, TValue> collection) =>
        ReferenceEquals(collection.ValueComparer, EqualityComparer<TValue>.Default) ? null : collection.ValueComparer;

    protected override ImmutableDictionary<TKey, TValue> Build(IEqualityComparer<TKey>? comparer, List<KeyValuePair<TKey, TValue>> items, object? valueComparer) =>
        ImmutableDictionary.Create(comparer, (IEqualityComparer<TValue>?)valueComparer).AddRange(items);

    protected override ImmutableDictionary<TKey, TValue> Build(IEqualityComparer<TKey>? comparer, List<KeyValuePair<TKey, TValue>> items) =>
        Build(comparer, items, null);
}

internal sealed class ImmutableSortedDictionaryCodec<TKey, TValue> : KeyedCollectionCodec<ImmutableSortedDictionary<TKey, TValue>, TKey, TValue, IComparer<TKey>>
    where TKey : notnull
{
    protected override bool Ordered => true;

    protected override IComparer<TKey>? ComparerOf(ImmutableSortedDictionary<TKey, TValue> collection) =>
        ReferenceEquals(collection.KeyComparer, Comparer<TKey>.Default) ? null : collection.KeyComparer;

    protected override object? ValueComparerOf(ImmutableSortedDictionary<TKey, TValue> collection) =>
        ReferenceEquals(collection.ValueComparer, EqualityComparer<TValue>.Default) ? null : collection.ValueComparer;

    protected override ImmutableSortedDictionary<TKey, TValue> Build(IComparer<TKey>? comparer, List<KeyValuePair<TKey, TValue>> items, object? valueComparer) =>
        ImmutableSortedDictionary.Create(comparer, (IEqualityComparer<TValue>?)valueComparer).AddRange(items);

    protected override ImmutableSortedDictionary<TKey, TValue> Build(IComparer<TKey>? comparer, List<KeyValuePair<TKey, TValue>> items) =>
        Build(comparer, items, null);
}

internal sealed class ImmutableHashSetCodec<T> : ItemCollectionCodec<ImmutableHashSet<T>, T, IEqualityComparer<T>>
{
    protected override IEqualityComparer<T>? ComparerOf(ImmutableHashSet<T> collection) =>
        ReferenceEquals(collection.KeyComparer, EqualityComparer<T>.Default) ? null : collection.KeyComparer;

    protected override ImmutableHashSet<T> Build(IEqualityComparer<T>? comparer, List<T> items) => ImmutableHashSet.CreateRange(comparer, items);
}

internal sealed class ImmutableSortedSetCodec<T> : ItemCollectionCodec<ImmutableSortedSet<T>, T, IComparer<T>>
{
    protected override bool Ordered => true;

    protected override IComparer<T>? ComparerOf(ImmutableSortedSet<T> collection) =>
        ReferenceEquals(collection.KeyComparer, Comparer<T>.Default) ? null : collection.KeyComparer;

    protected override ImmutableSortedSet<T> Build(IComparer<T>? comparer, List<T> items) => ImmutableSortedSet.CreateRange(comparer, items);
}

internal sealed class ImmutableListCodec<T> : ItemCollectionCodec<ImmutableList<T>, T, object>
{
    protected override bool Ordered => true;

    protected override ImmutableList<T> Build(object? comparer, List<T> items) => ImmutableList.CreateRange(items);
}

internal sealed class ImmutableQueueCodec<T> : ItemCollectionCodec<ImmutableQueue<T>, T, object>
{
    protected override bool Ordered => true;

    protected override ImmutableQueue<T> Build(object? comparer, List<T> items) => ImmutableQueue.CreateRange(items);
}

/// <summary>Items top first, as the stack enumerates them.</summary>
internal sealed class ImmutableStackCodec<T> : ItemCollectionCodec<ImmutableStack<T>, T, object>
{
    protected override bool Ordered => true;

    protected override ImmutableStack<T> Build(object? comparer, List<T> items) => ImmutableStack.CreateRange(Enumerable.Reverse(items));
}

internal sealed class ConcurrentQueueCodec<T> : ItemCollectionCodec<ConcurrentQueue<T>, T, object>
{
    protected override bool Ordered => true;

    protected override ConcurrentQueue<T> Build(object? comparer, List<T> items) => new(items);
}

/// <summary>Items top first, as the stack enumerates them.</summary>
internal sealed class ConcurrentStackCodec<T> : ItemCollectionCodec<ConcurrentStack<T>, T, object>
{
    protected override bool Ordered => true;

    protected override ConcurrentStack<T> Build(object? comparer, List<T> items) => new(Enumerable.Reverse(items));
}

/// <summary>A bag has no order to keep: its items come back, in the order the new bag chooses.</summary>
internal sealed class ConcurrentBagCodec<T> : ItemCollectionCodec<ConcurrentBag<T>, T, object>
{
    protected override ConcurrentBag<T> Build(object? comparer, List<T> items) => new(items);
}
