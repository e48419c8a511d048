using Flowmetal.Fixtures.Support;

namespace Flowmetal.Fixtures.Cases.Closures;

public class Worker
{
    private readonly string _name;
    private int _done;

    public Worker(string name) => _name = name;

    public Func<int, string>? OnStep;

    public event Action<string>? Finished;

    public int Done => _done;

    public string Process(int n)
    {
        var parts = new List<string>();
        for (int i = 0; i < n; i++)
        {
            parts.Add(OnStep?.Invoke(i) ?? "none");
            _done++;
        }

        Finished?.Invoke(_name + _done);
        return string.Join(",", parts);
    }

    public string Describe(int x)
    {
        Flow.Checkpoint();
        return _name + x;
    }

    public virtual string Virt(int x)
    {
        Flow.Checkpoint();
        return "base" + x;
    }
}

public static class DelegateTargets
{
    public static string Static(int x)
    {
        Flow.Checkpoint();
        return "static" + x;
    }

    public static T Generic<T>(T value)
    {
        Flow.Checkpoint();
        return value;
    }
}

/// <summary>Delegates stored in fields and locals, events, method groups to static, instance and generic methods.</summary>
public static class DelegateCases
{
    [Case]
    public static string DelegateStoredInAFieldInvokedFromWovenCode()
    {
        var w = new Worker("w");
        int offset = 10;
        w.OnStep = i =>
        {
            Flow.Checkpoint();
            return "s" + (i + offset);
        };
        var first = w.Process(2);
        offset = 20;
        var second = w.Process(1);
        return first + "|" + second + "|" + w.Done;
    }

    [Case]
    public static string MethodGroupsOfStaticInstanceAndGenericMethods()
    {
        var w = new Worker("inst");
        Func<int, string> st = DelegateTargets.Static;
        Func<int, string> inst = w.Describe;
        Func<string, string> gen = DelegateTargets.Generic;
        Func<int, int> genValue = DelegateTargets.Generic;
        Flow.Checkpoint();
        return st(1) + inst(2) + gen("g") + genValue(4);
    }

    [Case]
    public static string DelegatePassedDownSeveralFrames()
    {
        int seen = 0;
        Func<int, int> work = x =>
        {
            seen++;
            return x + Flow.WaitForSignal<int>("w");
        };
        return Down(3, work) + "/" + seen;
    }

    private static int Down(int n, Func<int, int> work)
    {
        if (n == 0)
        {
            return work(0);
        }

        Flow.Checkpoint();
        return work(n) + Down(n - 1, work);
    }

    [Case]
    public static string DelegatesToVirtualMethods()
    {
        Worker w = new DerivedWorker();
        Func<int, string> v = w.Virt;
        Flow.Checkpoint();
        return v(1) + "," + w.Virt(2);
    }

    public sealed class DerivedWorker : Worker
    {
        public DerivedWorker()
            : base("d")
        {
        }

        public override string Virt(int x)
        {
            Flow.Checkpoint();
            return "derived" + base.Virt(x);
        }
    }

    [Case]
    public static string DelegatesInCollectionsAndDictionaries()
    {
        var handlers = new Dictionary<string, Func<int, int>>
        {
            ["double"] = x => x * 2,
            ["slow"] = x =>
            {
                Flow.Checkpoint();
                return x + 100;
            },
        };
        var pipeline = new List<Func<int, int>> { handlers["double"], handlers["slow"], handlers["double"] };
        int v = 1;
        foreach (var f in pipeline)
        {
            v = f(v);
            Flow.Checkpoint();
        }

        return v.ToString();
    }
}
