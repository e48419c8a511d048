using Flowmetal.Fixtures.Support;

namespace Flowmetal.Fixtures.Cases;

/// <summary>Nested calls across types to any depth, and deep recursion with suspensions far down.</summary>
public static class NestingCases
{
    [Case]
    public static string ChainAcrossTypes()
    {
        var log = new List<string>();
        string s = LevelA.Enter(3, log);
        return s + "|" + string.Join(",", log);
    }

    public static class LevelA
    {
        public static string Enter(int x, List<string> log)
        {
            long local = x * 1000L;
            log.Add("a" + x);
            Flow.Checkpoint();
            var r = new LevelB("b").Work(x + 1, log);
            return local + ":" + r;
        }
    }

    public sealed class LevelB
    {
        private readonly string _name;

        public LevelB(string name) => _name = name;

        public string Work(int x, List<string> log)
        {
            var c = new LevelC { Factor = x };
            log.Add(_name + x);
            double d = c.Compute(log) / 2.0;
            Flow.Checkpoint();
            return _name + d;
        }
    }

    public sealed class LevelC
    {
        public int Factor;

        public int Compute(List<string> log)
        {
            int acc = 0;
            for (int i = 0; i < 2; i++)
            {
                acc += LevelD.Leaf(Factor + i);
                log.Add("c" + acc);
            }

            return acc;
        }
    }

    public static class LevelD
    {
        public static int Leaf(int v)
        {
            Flow.Sleep(TimeSpan.Zero);
            var w = Flow.WaitForSignal<int>("leaf" + v);
            Trace.Log("leaf " + v + " " + w);
            return v * w;
        }
    }

    [Case]
    public static int Recursion500SuspendsAtTheBottomAndOnTheWayUp() => Down(500, 0);

    private static int Down(int n, int depth)
    {
        if (n == 0)
        {
            Flow.Checkpoint();
            return Flow.WaitForSignal<int>("bottom");
        }

        int below = Down(n - 1, depth + 1);
        if (depth % 100 == 0)
        {
            Flow.Checkpoint();
            Trace.Log("up " + depth);
        }

        return below + depth;
    }

    [Case]
    public static string Recursion500WithSuspensionsOnTheWayDown() => DownLog(500, "");

    private static string DownLog(int n, string path)
    {
        if (n % 125 == 0)
        {
            Flow.Checkpoint();
            path += "/" + n;
        }

        return n == 0 ? path : DownLog(n - 1, path);
    }

    [Case]
    public static string Recursion1000Deep()
    {
        var holder = new int[1];
        int result = Deep(1000, holder);
        return result + "," + holder[0];
    }

    private static int Deep(int n, int[] holder)
    {
        if (n == 0)
        {
            holder[0] = Flow.WaitForSignal<int>("deep");
            return 1;
        }

        var r = Deep(n - 1, holder);
        return r + (n & 1);
    }

    [Case]
    public static bool MutualRecursion() => IsEven(301);

    private static bool IsEven(int n)
    {
        if (n == 0)
        {
            Flow.Checkpoint();
            return true;
        }

        return IsOdd(n - 1);
    }

    private static bool IsOdd(int n)
    {
        if (n == 0)
        {
            Flow.Checkpoint();
            return false;
        }

        if (n % 50 == 0)
        {
            Flow.Checkpoint();
        }

        return IsEven(n - 1);
    }

    [Case]
    public static string TreeRecursionSuspendsAtEveryLeaf()
    {
        int leaves = 0;
        var fib = Fib(8, ref leaves);
        return fib + "/" + leaves;
    }

    private static int Fib(int n, ref int leaves)
    {
        if (n < 2)
        {
            leaves++;
            Flow.Checkpoint();
            return n;
        }

        return Fib(n - 1, ref leaves) + Fib(n - 2, ref leaves);
    }

    [Case]
    public static string RecursiveInstanceTreeWalk()
    {
        var tree = Tree.Build(4);
        var sum = tree.Sum();
        return sum + ":" + tree.Visited;
    }

    public sealed class Tree
    {
        private readonly int _value;
        private readonly Tree? _left;
        private readonly Tree? _right;

        private Tree(int value, Tree? left, Tree? right)
        {
            _value = value;
            _left = left;
            _right = right;
        }

        public string Visited { get; private set; } = "";

        public static Tree Build(int depth) =>
            depth == 0 ? new Tree(1, null, null) : new Tree(depth, Build(depth - 1), depth > 2 ? Build(depth - 2) : null);

        public long Sum()
        {
            long total = _value;
            if (_left is not null)
            {
                total += _left.Sum();
            }

            Flow.Checkpoint();
            Visited += _value;
            if (_right is not null)
            {
                total += _right.Sum() * 2;
            }

            return total;
        }
    }

    [Case]
    public static int ManyFramesEachWithManyLocals() => Wide(20, 1);

    private static int Wide(int n, int seed)
    {
        int a = seed, b = seed * 2, c = seed * 3;
        long d = a + b;
        string e = "e" + c;
        double f = d / 3.0;
        if (n > 0)
        {
            a += Wide(n - 1, seed + 1);
        }
        else
        {
            Flow.Checkpoint();
        }

        Flow.Checkpoint();
        return (int)(a + b + c + d + e.Length + (int)f) % 100_000;
    }
}
