using Flowmetal.Fixtures.Support;

namespace Flowmetal.Fixtures.Cases.Closures;

/// <summary>Lambdas and closures: invoked from woven code, suspending inside, capturing state that must survive.</summary>
public static class LambdaCases
{
    [Case]
    public static string LambdaSuspendsAndMutatesCapturedLocals()
    {
        int counter = 0;
        string log = "";
        Func<int, int> step = x =>
        {
            counter++;
            Flow.Checkpoint();
            log += "s" + x;
            return x * 2 + Flow.WaitForSignal<int>("inc");
        };
        int a = step(1);
        int b = step(a);
        Flow.Checkpoint();
        counter += 100;
        return a + "," + b + "," + counter + "," + log;
    }

    [Case]
    public static string DelegateHeldInLocalAcrossSuspension()
    {
        int captured = 5;
        Func<int> read = () => captured;
        Action<int> write = v => captured = v;
        Flow.Checkpoint();
        write(read() + 1);
        Flow.WaitForSignal<int>("x");
        write(read() * 10);
        return captured + "," + read();
    }

    [Case]
    public static string StaticAndNonCapturingLambdas()
    {
        Func<int, int> square = static x => x * x;
        Func<string, string> shout = s =>
        {
            Flow.Checkpoint();
            return s.ToUpperInvariant();
        };
        Flow.Checkpoint();
        return square(7) + shout("hey") + square(shout("ab").Length);
    }

    [Case]
    public static string LambdasCapturingLoopVariablesPerIteration()
    {
        var actions = new List<Func<string>>();
        for (int i = 0; i < 3; i++)
        {
            int copy = i;
            actions.Add(() =>
            {
                Flow.Checkpoint();
                return "i" + copy;
            });
        }

        foreach (var name in new[] { "a", "b" })
        {
            actions.Add(() => name + Flow.WaitForSignal<int>("n"));
        }

        var parts = new List<string>();
        foreach (var f in actions)
        {
            parts.Add(f());
        }

        return string.Join(",", parts);
    }

    [Case]
    public static string NestedClosuresAcrossScopes()
    {
        int outer = 1;
        Func<Func<int, int>> makeAdder = () =>
        {
            int middle = outer * 10;
            Flow.Checkpoint();
            return x =>
            {
                Flow.Checkpoint();
                outer++;
                return x + middle + outer;
            };
        };
        var add = makeAdder();
        int r1 = add(1);
        outer = 50;
        int r2 = add(2);
        return r1 + "," + r2 + "," + outer;
    }

    [Case]
    public static string ClosureOverThisInInstanceMethods()
    {
        var c = new Collector("c");
        return c.Run(3);
    }

    public sealed class Collector
    {
        private readonly string _prefix;
        private readonly List<string> _items = new();

        public Collector(string prefix) => _prefix = prefix;

        public string Run(int n)
        {
            int local = 0;
            Action<int> add = i =>
            {
                Flow.Checkpoint();
                local += i;
                _items.Add(_prefix + i + ":" + local);
            };
            for (int i = 1; i <= n; i++)
            {
                add(i);
            }

            return string.Join(",", _items) + "|" + local;
        }
    }

    [Case]
    public static string FuncCompositionAcrossSuspensions()
    {
        Func<int, int> inc = x => x + 1;
        Func<int, int> slowDouble = x =>
        {
            Flow.Checkpoint();
            return x * 2;
        };
        var composed = Compose(inc, Compose(slowDouble, inc));
        Flow.Checkpoint();
        return composed(3) + "," + composed(10);
    }

    private static Func<int, int> Compose(Func<int, int> f, Func<int, int> g) => x => g(f(x));

    [Case]
    public static string LambdaThrowsAfterResumeCaughtByCaller()
    {
        Func<int, int> risky = x =>
        {
            Flow.Checkpoint();
            if (x > 1)
            {
                throw new InvalidOperationException("x=" + x);
            }

            return x;
        };
        var log = new List<string>();
        for (int i = 0; i < 3; i++)
        {
            try
            {
                log.Add("ok" + risky(i));
            }
            catch (InvalidOperationException e)
            {
                log.Add(e.Message);
            }
        }

        return string.Join(",", log);
    }
}
