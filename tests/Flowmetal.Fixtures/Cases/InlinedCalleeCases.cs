using Flowmetal.Fixtures.Support;

namespace Flowmetal.Fixtures.Cases;

/// <summary>Small woven methods the JIT could inline into woven callers (instance and static), Release included.</summary>
public static class InlinedCalleeCases
{
    [Case]
    public static int ExpressionBodiedConditional() => new Calc().Run(2);

    [Case]
    public static int BlockBodied() => new Calc().RunBlock(2);

    [Case]
    public static int NoConditional() => new Calc().Twice(2);

    [Case]
    public static int StaticTwice() => STwice(2);

    [Case]
    public static int StaticTwiceBlock()
    {
        int a = SStep(2);
        int b = SStep(3);
        return a + b;
    }

    private static int STwice(int n) => SStep(n) + SStep(n);

    private static int SStep(int n)
    {
        Flow.Checkpoint();
        return n;
    }

    public sealed class Calc
    {
        public int Run(int n) => n == 0 ? 0 : Step(n) + Run(n - 1);

        public int RunBlock(int n)
        {
            if (n == 0)
            {
                return 0;
            }

            int s = Step(n);
            return s + RunBlock(n - 1);
        }

        public int Twice(int n) => Step(n) + Step(n);

        private int Step(int n)
        {
            Flow.Checkpoint();
            return n;
        }
    }
}
