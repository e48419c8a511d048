using Flowmetal.Fixtures.Support;

namespace Flowmetal.Fixtures.Cases.Closures;

/// <summary>Local functions: static, capturing (struct closures passed by ref), recursive, and mixed with lambdas.</summary>
public static class LocalFunctionCases
{
    [Case]
    public static string StaticLocalFunctions()
    {
        return Twice(3) + "," + Twice(Twice(1));

        static int Twice(int x)
        {
            Flow.Checkpoint();
            return x * 2;
        }
    }

    [Case]
    public static string CapturingLocalFunctionsMutateTheOuterLocals()
    {
        int total = 0;
        string log = "";
        Add(1);
        Add(Flow.WaitForSignal<int>("n"));
        Add(total);
        return total + ":" + log;

        void Add(int x)
        {
            Flow.Checkpoint();
            total += x;
            log += "+" + x;
        }
    }

    [Case]
    public static string RecursiveLocalFunction()
    {
        int calls = 0;
        var r = Fact(6);
        return r + "/" + calls;

        long Fact(int n)
        {
            calls++;
            if (n <= 1)
            {
                Flow.Checkpoint();
                return 1;
            }

            return n * Fact(n - 1);
        }
    }

    [Case]
    public static string LocalFunctionsCallingEachOtherAndLambdas()
    {
        var seen = new List<int>();
        int depth = 0;
        Func<int, int> viaLambda = x => Outer(x) + 1;
        var r = viaLambda(3);
        return r + "|" + string.Join(",", seen) + "|" + depth;

        int Outer(int x)
        {
            depth++;
            seen.Add(x);
            return x <= 0 ? InnerLeaf() : Outer(x - 1) + x;
        }

        int InnerLeaf()
        {
            Flow.Checkpoint();
            return Flow.WaitForSignal<int>("leaf");
        }
    }

    [Case]
    public static string LocalFunctionCapturingStructsAndParameters()
    {
        return Run(new Vec(1, 2), 3);

        static string Run(Vec v, int k)
        {
            int acc = 0;
            Bump();
            Bump();
            return v + ":" + acc;

            void Bump()
            {
                v.X += k;
                Flow.Checkpoint();
                acc += v.X;
            }
        }
    }

    [Case]
    public static string LocalFunctionConvertedToDelegate()
    {
        int hits = 0;
        Func<string, string> f = Decorate;
        var a = f("x");
        Flow.Checkpoint();
        var b = f("y");
        return a + b + hits;

        string Decorate(string s)
        {
            hits++;
            Flow.Checkpoint();
            return "[" + s + hits + "]";
        }
    }
}
