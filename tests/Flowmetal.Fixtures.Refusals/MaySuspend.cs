using System.Collections;

namespace Flowmetal.Fixtures.Refusals.MaySuspend;

/// <summary>Reads its text through a Func: it may suspend, but only if the Func does.</summary>
public sealed class Label
{
    private readonly Func<string> _text;

    public Label(Func<string> text) => _text = text;

    public override string ToString() => _text();
}

/// <summary>Calls ToString(): Label's override must not make Object::ToString a suspension point here.</summary>
public static class Describer
{
    public static string Describe(object value) => "[" + value + "]";
}

/// <summary>A constructor that invokes what it is given and calls ToString(): not refused.</summary>
public sealed class Named
{
    public Named(object value, Action created)
    {
        Name = value.ToString() ?? string.Empty;
        created();
    }

    public string Name { get; }
}

/// <summary>MoreLINQ's shape: an IList whose count comes from an abstract member an override computes through a Func.</summary>
public abstract class Buffer<T> : IList<T>
{
    private readonly List<T> _items = new();

    public abstract int Count { get; }

    public bool IsReadOnly => true;

    public T this[int index]
    {
        get => index < Count ? _items[index] : throw new ArgumentOutOfRangeException(nameof(index));
        set => throw new NotSupportedException();
    }

    public void Add(T item) => _items.Add(item);

    public void Clear() => _items.Clear();

    public bool Contains(T item) => _items.Contains(item);

    public void CopyTo(T[] array, int arrayIndex) => _items.CopyTo(array, arrayIndex);

    public IEnumerator<T> GetEnumerator() => _items.GetEnumerator();

    public int IndexOf(T item) => _items.IndexOf(item);

    public void Insert(int index, T item) => throw new NotSupportedException();

    public bool Remove(T item) => throw new NotSupportedException();

    public void RemoveAt(int index) => throw new NotSupportedException();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}

public sealed class CountedBuffer<T> : Buffer<T>
{
    private readonly Func<int> _count;

    public CountedBuffer(Func<int> count) => _count = count;

    public override int Count => _count();
}

/// <summary>Indexes an IList: the buffer's indexer must not make IList's a suspension point here.</summary>
public static class Indexing
{
    public static int First(IList<int> list) => list[0];

    public static IEnumerable<int> Firsts(IEnumerable<IList<int>> lists)
    {
        foreach (var list in lists)
        {
            yield return list[0];
        }
    }
}

/// <summary>Callbacks called from places that cannot suspend: none of them is refused.</summary>
public static class Callbacks
{
    public static int Apply(Func<int, int> f, int x) => f(x);

    public static IEnumerable<int> Mapped(IEnumerable<int> source, Func<int, int> f)
    {
        foreach (var x in source)
        {
            yield return Apply(f, x);
        }
    }

    public static async Task<int> MappedAsync(int x, Func<int, int> f)
    {
        await Task.Yield();
        return Apply(f, x);
    }

    public static int InCatch(Func<int, int> f)
    {
        try
        {
            return f(1);
        }
        catch (InvalidOperationException)
        {
            return Apply(f, 2);
        }
    }

    public static int InLock(object gate, Func<int, int> f)
    {
        lock (gate)
        {
            return Apply(f, 3);
        }
    }

    public static int SpanAcross(Func<int, int> f)
    {
        Span<int> values = stackalloc int[2];
        values[0] = f(4);
        values[1] = Apply(f, 5);
        return values[0] + values[1];
    }
}
