using Flowmetal.Fixtures.Support;

namespace Flowmetal.Fixtures.Cases;

public interface ICreate<TSelf>
    where TSelf : ICreate<TSelf>
{
    static abstract TSelf Create(int seed);

    int Seed { get; }
}

public readonly struct SlowToken : ICreate<SlowToken>
{
    private SlowToken(int seed) => Seed = seed;

    public int Seed { get; }

    public static SlowToken Create(int seed)
    {
        Flow.Checkpoint();
        return new SlowToken(seed * 2);
    }
}

public sealed class SlowWidget : ICreate<SlowWidget>
{
    private SlowWidget(int seed) => Seed = seed;

    public int Seed { get; }

    public static SlowWidget Create(int seed) => new(seed + Flow.WaitForSignal<int>("widget"));
}

public interface IMapper
{
    TOut Map<TIn, TOut>(TIn value, Func<TIn, TOut> map);
}

public struct CountingMapper : IMapper
{
    public int Calls;

    public TOut Map<TIn, TOut>(TIn value, Func<TIn, TOut> map)
    {
        Calls++;
        Flow.Checkpoint();
        return map(value);
    }
}

public sealed class Outer<T>
{
    public sealed class Inner<TU>
    {
        public static string Combine<TV>(T t, TU u, TV v)
        {
            Flow.Checkpoint();
            return typeof(T).Name + typeof(TU).Name + typeof(TV).Name + ":" + t + u + v;
        }
    }
}

/// <summary>Static abstract members, generic virtual methods on structs, nested generic types, generic structs of generics.</summary>
public static class AdvancedGenericCases
{
    [Case]
    public static string GenericVirtualMethodsOnAStructThroughAConstraint()
    {
        var mapper = new CountingMapper();
        var a = MapTwice(ref mapper, 4, x => x * 3);
        var b = MapTwice(ref mapper, "ab", s => s + s);
        IMapper boxed = mapper;
        var c = boxed.Map(2.5, d => (int)(d * 2));
        return a + "," + b + "," + c + "," + mapper.Calls + "," + ((CountingMapper)boxed).Calls;
    }

    private static T MapTwice<TMapper, T>(ref TMapper mapper, T value, Func<T, T> f)
        where TMapper : IMapper
    {
        var once = mapper.Map(value, f);
        return mapper.Map(once, f);
    }

    [Case]
    public static string NestedGenericTypesWithGenericMethods()
    {
        var a = Outer<int>.Inner<string>.Combine(1, "s", 2.5);
        var b = Outer<Vec>.Inner<Color>.Combine(new Vec(1, 1), Color.Red, new List<int>().Count);
        var c = Outer<string>.Inner<int?>.Combine<object?>("x", null, null);
        return a + "|" + b + "|" + c;
    }

    [Case]
    public static string GenericStructsOfGenericsAcrossSuspensions()
    {
        var pair = new GPair<List<GBox<int>>, GPair<string, Vec>>
        {
            First = new List<GBox<int>> { new(1), new(2) },
            Second = new GPair<string, Vec> { First = "s", Second = new Vec(3, 3) },
        };
        Flow.Checkpoint();
        pair.First.Add(new GBox<int>(Flow.WaitForSignal<int>("b")));
        pair.Second.Second.X += 1;
        var swapped = default(GPair<GPair<string, Vec>, List<GBox<int>>>);
        pair.SwapInto(ref swapped);
        return string.Join(",", swapped.Second.Select(b => b.Value)) + "|" + swapped.First;
    }
}
