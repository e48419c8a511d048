using System.Runtime.CompilerServices;
using Flowmetal.Fixtures.Support;

namespace Flowmetal.Fixtures.Cases;

/// <summary>
/// Small woven helpers of other types, which the JIT may inline into optimized callers: their
/// frames disappear, and the stack check must still accept the suspension (the caller lists what
/// the inlined helpers call) and the round trip must still be exact. The cases are compiled with
/// full optimization at once, as the JIT would after tiering up.
/// </summary>
public static class JitInlinedWovenCases
{
    [Case]
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static int HelpersOfAnotherTypeInlinedIntoTheCaller()
    {
        int total = 0;
        for (int i = 0; i < 3; i++)
        {
            total += Helpers.Ask(i) * 10;
        }

        return total + Helpers.Nested(5) + Helpers.Quiet(7) + Helpers.Through(4);
    }

    [Case]
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static string InstanceHelpersInlinedIntoTheCaller()
    {
        var counter = new Counter();
        counter.Add(Helpers.Ask(1));
        counter.Add(2);
        return counter.Total + "/" + counter.Describe();
    }

    private static class Helpers
    {
        public static int Ask(int i) => Flow.WaitForSignal<int>("n") + i;

        public static int Nested(int x) => Inner(x) * 2;

        public static int Quiet(int x) => x < 0 ? Flow.WaitForSignal<int>("never") : x + 1;

        private static int Inner(int x) => Flow.WaitForSignal<int>("m") + x;

        /// <summary>Inlined into the case, while the method it calls keeps its frame.</summary>
        public static int Through(int x) => Framed(x) + 1;

        /// <summary>Not inlinable (a try block): found on the stack called by the case, through the inlined Through.</summary>
        private static int Framed(int x)
        {
            try
            {
                return Flow.WaitForSignal<int>("f") * x;
            }
            finally
            {
                Trace.Log("framed " + x);
            }
        }
    }

    private sealed class Counter
    {
        public int Total { get; private set; }

        public void Add(int value)
        {
            Flow.Checkpoint();
            Total += value;
        }

        public string Describe() => "total " + Total;
    }
}
