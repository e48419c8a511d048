using System.Text;
using Flowmetal.Fixtures.Support;

namespace Flowmetal.Fixtures.Cases;

public interface IOrderStep
{
    string Name { get; }

    bool Run(Order order);
}

public sealed class Order
{
    private readonly List<string> _audit = new();

    public Order(int id) => Id = id;

    public int Id { get; }

    public decimal Total { get; set; }

    public Dictionary<string, int> Lines { get; } = new();

    public IReadOnlyList<string> Audit => _audit;

    public void Note(string what)
    {
        _audit.Add(what);
        Trace.Log("order " + Id + ": " + what);
    }
}

public sealed class PriceStep : IOrderStep
{
    private static readonly Dictionary<string, decimal> Prices = new() { ["apple"] = 0.5m, ["pear"] = 0.75m, ["fig"] = 2.25m };

    public string Name => "price";

    public bool Run(Order order)
    {
        foreach (var line in order.Lines)
        {
            Flow.Checkpoint();
            order.Total += Prices[line.Key] * line.Value;
        }

        order.Note("priced " + order.Total);
        return true;
    }
}

public sealed class ApprovalStep : IOrderStep
{
    private int _asked;

    public string Name => "approval";

    public bool Run(Order order)
    {
        while (true)
        {
            _asked++;
            bool approved = Flow.WaitForSignal<bool>("approve-" + order.Id);
            order.Note("asked " + _asked + " -> " + approved);
            if (approved || _asked >= 3)
            {
                return approved;
            }

            Flow.Sleep(TimeSpan.Zero);
        }
    }
}

public sealed class ShipStep : IOrderStep
{
    public string Name => "ship";

    public bool Run(Order order)
    {
        try
        {
            Flow.Checkpoint();
            if (order.Total > 100)
            {
                throw new InvalidOperationException("too heavy: " + order.Total);
            }

            order.Note("shipped");
            return true;
        }
        catch (InvalidOperationException e)
        {
            order.Note("ship failed " + e.Message);
            return false;
        }
        finally
        {
            order.Note("ship done");
        }
    }
}

/// <summary>Larger flows mixing classes, interfaces, collections, closures, regions and loops.</summary>
public static class MixedCases
{
    private static int s_staticInit = ComputeStatic();

    private static int ComputeStatic() => 41 + 1;

    [Case]
    public static string StringBuilderAndDictionaryOfListsAcrossSuspensions()
    {
        var sb = new StringBuilder("start");
        var groups = new Dictionary<string, List<int>>();
        for (int i = 0; i < 6; i++)
        {
            string key = i % 2 == 0 ? "even" : "odd";
            if (!groups.TryGetValue(key, out var list))
            {
                list = new List<int>();
                groups[key] = list;
            }

            list.Add(i * Flow.WaitForSignal<int>("k"));
            sb.Append(',').Append(i);
            Flow.Checkpoint();
        }

        return sb + "|" + string.Join(";", groups.Select(g => g.Key + "=" + string.Join(",", g.Value))) + "|" + s_staticInit;
    }

    [Case]
    public static string RetryLoopWithClosuresAndFilters()
    {
        int attempts = 0;
        var errors = new List<string>();
        Func<int, int> flaky = n =>
        {
            attempts++;
            Flow.Checkpoint();
            if (attempts < 3)
            {
                throw new TimeoutException("attempt " + attempts);
            }

            return n * 100;
        };

        int result = -1;
        for (int tries = 0; tries < 5 && result < 0; tries++)
        {
            try
            {
                result = flaky(tries);
            }
            catch (TimeoutException e) when (tries < 4)
            {
                errors.Add(e.Message);
                Trace.Log("retrying after " + e.Message);
            }

            Flow.Sleep(TimeSpan.Zero);
        }

        return result + ":" + attempts + ":" + string.Join(",", errors);
    }

    [Case]
    public static string RecursiveGenericTreeWithStructsAndLambdas()
    {
        var root = TreeNode<Vec>.Build(3, d => new Vec(d, d * d));
        long sum = root.Fold(0L, (acc, v) => acc + v.X + v.Y);
        int count = root.Fold(0, (acc, _) => acc + 1);
        return sum + "/" + count;
    }

    public sealed class TreeNode<T>
    {
        private readonly T _value;
        private readonly List<TreeNode<T>> _children = new();

        private TreeNode(T value) => _value = value;

        public static TreeNode<T> Build(int depth, Func<int, T> make)
        {
            var node = new TreeNode<T>(make(depth));
            for (int i = 0; i < depth; i++)
            {
                node._children.Add(Build(depth - 1, make));
            }

            return node;
        }

        public TAcc Fold<TAcc>(TAcc seed, Func<TAcc, T, TAcc> step)
        {
            var acc = step(seed, _value);
            foreach (var child in _children)
            {
                Flow.Checkpoint();
                acc = child.Fold(acc, step);
            }

            return acc;
        }
    }

    [Case]
    public static string AsyncHelpersAndIteratorsInAWovenTypeKeepWorking()
    {
        int a = AddAsync(2, 3).GetAwaiter().GetResult();
        Flow.Checkpoint();
        int b = AddAsync(a, Flow.WaitForSignal<int>("b")).GetAwaiter().GetResult();
        var squares = Squares(4).ToList();
        Flow.Checkpoint();
        return a + "," + b + "," + string.Join(" ", squares);
    }

    private static async Task<int> AddAsync(int x, int y)
    {
        await Task.CompletedTask;
        return x + y;
    }

    private static IEnumerable<int> Squares(int n)
    {
        for (int i = 1; i <= n; i++)
        {
            yield return i * i;
        }
    }

    [Case]
    public static string StateMachineDrivenBySignals()
    {
        var state = "idle";
        var history = new List<string> { state };
        int budget = 8;
        while (state != "done" && budget-- > 0)
        {
            state = (state, Flow.WaitForSignal<int>("tick") % 3) switch
            {
                ("idle", _) => "warming",
                ("warming", 0) => "idle",
                ("warming", _) => Step("running"),
                ("running", 2) => Step("done"),
                ("running", _) => "running",
                _ => "done",
            };
            history.Add(state);
        }

        return string.Join(">", history);
    }

    private static string Step(string next)
    {
        Flow.Checkpoint();
        Trace.Log("enter " + next);
        return next;
    }
}
