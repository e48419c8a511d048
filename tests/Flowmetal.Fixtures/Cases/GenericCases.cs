using Flowmetal.Fixtures.Support;

namespace Flowmetal.Fixtures.Cases;

public interface IStep
{
    int Run(int input);
}

public struct DoubleStep : IStep
{
    public int Calls;

    public int Run(int input)
    {
        Calls++;
        Flow.Checkpoint();
        return input * 2;
    }
}

public sealed class AddStep : IStep
{
    private readonly int _amount;

    public AddStep(int amount) => _amount = amount;

    public int Calls { get; private set; }

    public int Run(int input)
    {
        Calls++;
        return input + _amount + Flow.WaitForSignal<int>("add");
    }
}

/// <summary>A small list-like container whose members suspend.</summary>
public sealed class SlowList<T>
{
    private T[] _items = new T[2];
    private int _count;

    public int Count => _count;

    public void Add(T item)
    {
        if (_count == _items.Length)
        {
            Flow.Checkpoint();
            Array.Resize(ref _items, _items.Length * 2);
        }

        _items[_count++] = item;
    }

    public T this[int index]
    {
        get
        {
            Flow.Checkpoint();
            return _items[index];
        }
    }

    public TResult Fold<TResult>(TResult seed, Func<TResult, T, TResult> step)
    {
        var acc = seed;
        for (int i = 0; i < _count; i++)
        {
            Flow.Checkpoint();
            acc = step(acc, _items[i]);
        }

        return acc;
    }
}

public sealed class GBox<T>
{
    public static int Created;

    public GBox(T value)
    {
        Value = value;
        Created++;
    }

    public T Value;

    public GBox<TOther> Map<TOther>(Func<T, TOther> map)
    {
        Flow.Checkpoint();
        return new GBox<TOther>(map(Value));
    }

    public override string ToString() => "GBox(" + Value + ")";
}

public struct GPair<TA, TB>
{
    public TA First;
    public TB Second;

    public void SwapInto(ref GPair<TB, TA> target)
    {
        Flow.Checkpoint();
        target.First = Second;
        target.Second = First;
    }

    public override readonly string ToString() => "<" + First + "," + Second + ">";
}

public abstract class Maker
{
    public abstract T Make<T>(T seed);
}

public sealed class EchoMaker : Maker
{
    public override T Make<T>(T seed)
    {
        Flow.Checkpoint();
        return seed;
    }
}

/// <summary>Generic methods and generic types instantiated with value and reference types, and constrained calls.</summary>
public static class GenericCases
{
    private static T Echo<T>(T value)
    {
        Flow.Checkpoint();
        Trace.Log("echo " + typeof(T).Name);
        return value;
    }

    private static (T, TU) Both<T, TU>(T a, TU b)
    {
        var x = Echo(a);
        var y = Echo(b);
        return (x, y);
    }

    [Case]
    public static string GenericMethodsWithValueAndReferenceTypes()
    {
        int i = Echo(5);
        string s = Echo("five");
        var v = Echo(new Vec(5, 5));
        Color c = Echo(Color.Blue);
        int? n = Echo<int?>(null);
        var list = Echo(new List<int> { 1 });
        var pair = Both(1.5, "x");
        var nested = Both(Both(1, 'c'), Both("a", 2L));
        return string.Join("|", i, s, v, c, n.HasValue, list.Count, pair, nested);
    }

    [Case]
    public static string UserContainerOfValuesAndReferences()
    {
        var ints = new SlowList<int>();
        var strs = new SlowList<string>();
        var vecs = new SlowList<Vec>();
        for (int k = 0; k < 5; k++)
        {
            ints.Add(k * k);
            strs.Add("s" + k);
            vecs.Add(new Vec(k, -k));
        }

        int sum = ints.Fold(0, (acc, x) => acc + x);
        string joined = strs.Fold("", (acc, x) => acc + x);
        long xs = vecs.Fold(0L, (acc, v) => acc + v.X);
        return sum + "|" + joined + "|" + xs + "|" + ints[3] + strs[4] + vecs[2];
    }

    [Case]
    public static string GenericBoxesAndMaps()
    {
        var a = new GBox<int>(21);
        var b = a.Map(x => x * 2);
        var c = b.Map(x => "v" + x);
        var d = c.Map(s => new GBox<string>(s));
        var e = d.Map(inner => inner.Value.Length);
        return string.Join("|", a, b, c, d.Value, e);
    }

    [Case]
    public static string GenericStructsMutatedThroughRefs()
    {
        var p = new GPair<int, string> { First = 1, Second = "one" };
        var q = default(GPair<string, int>);
        p.SwapInto(ref q);
        var r = new GPair<Vec, long> { First = new Vec(1, 2), Second = 9 };
        var t = default(GPair<long, Vec>);
        r.SwapInto(ref t);
        return q + "|" + t;
    }

    [Case]
    public static string ConstrainedCallsOnValueAndReferenceTypeParameters()
    {
        var d = new DoubleStep();
        int x = RunTwice(ref d, 3);
        var a = new AddStep(100);
        int y = RunTwice(ref a, 3);
        int z = RunAll(new IStep[] { new DoubleStep(), new AddStep(1) }, 1);
        int w = RunByValue(new DoubleStep(), 7);
        return x + "," + d.Calls + "," + y + "," + a.Calls + "," + z + "," + w;
    }

    private static int RunTwice<T>(ref T step, int input)
        where T : IStep
    {
        int once = step.Run(input);
        return step.Run(once);
    }

    private static int RunByValue<T>(T step, int input)
        where T : IStep
    {
        int r = step.Run(input);
        return r + step.Run(r);
    }

    private static int RunAll<T>(T[] steps, int input)
        where T : IStep
    {
        foreach (var s in steps)
        {
            input = s.Run(input);
        }

        return input;
    }

    [Case]
    public static string GenericRecursion()
    {
        int depth = CountDown<string>(5, "x");
        string nesting = Nest<int>(3, 7);
        return depth + "|" + nesting;
    }

    private static int CountDown<T>(int n, T token)
    {
        if (n == 0)
        {
            Flow.Checkpoint();
            return 0;
        }

        return 1 + CountDown(n - 1, token);
    }

    private static string Nest<T>(int n, T value)
    {
        Flow.Checkpoint();
        if (n == 0)
        {
            return typeof(T).Name + ":" + value;
        }

        return Nest(n - 1, new GBox<T>(value));
    }

    [Case]
    public static string GenericVirtualMethods()
    {
        Maker m = new EchoMaker();
        int i = m.Make(5);
        string s = m.Make("s");
        var v = m.Make(new Vec(2, 3));
        return i + s + v;
    }

    [Case]
    public static string NewConstraintAndDefaults()
    {
        var list = Fresh<List<int>>();
        list.Add(Echo(3));
        var vec = Fresh<Vec>();
        var d1 = Default<int>();
        var d2 = Default<string>();
        return list.Count + "," + vec + "," + d1 + "," + (d2 is null);
    }

    private static T Fresh<T>()
        where T : new()
    {
        var t = new T();
        Flow.Checkpoint();
        return t;
    }

    private static T? Default<T>()
    {
        Flow.Checkpoint();
        return default;
    }

    [Case]
    public static string ComparableConstraintAcrossSuspension()
    {
        return Max(new[] { 3, 9, 2 }) + "," + Max(new[] { "pear", "apple", "zoo" }) + "," + Max(new[] { 1.5, -2.0 });
    }

    private static T Max<T>(T[] items)
        where T : IComparable<T>
    {
        var best = items[0];
        for (int i = 1; i < items.Length; i++)
        {
            Flow.Checkpoint();
            if (items[i].CompareTo(best) > 0)
            {
                best = items[i];
            }
        }

        return best;
    }

    [Case]
    public static string StaticFieldsOfGenericTypes()
    {
        int before = GBox<Guid>.Created;
        var g1 = new GBox<Guid>(Guid.Empty);
        var g2 = g1.Map(x => x);
        return (GBox<Guid>.Created - before) + "," + g2.Value;
    }
}
