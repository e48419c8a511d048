using Flowmetal.Fixtures.Support;

namespace Flowmetal.Fixtures.Cases;

public static class OptimizedFrameCases
{
    private static bool B(int x)
    {
        Flow.Checkpoint();
        return x % 2 == 0;
    }

    private static int F(int x)
    {
        Flow.Checkpoint();
        return x;
    }

    [Case]
    public static int ConditionalCallAsOperand()
    {
        int i = 1;
        return 100 + (B(i) ? F(i) : F(i + 1));
    }

    [Case]
    public static int ConditionalCallAsStatement()
    {
        int i = 1;
        int r = B(i) ? F(i) : F(i + 1);
        return r;
    }

    [Case]
    public static double SleepInInstance() => new Nap(2).Area() + new Nap(3).Plain();

    [Case]
    public static double SleepStatic() => StaticNap(2);

    private static double StaticNap(double r)
    {
        Flow.Sleep(TimeSpan.Zero);
        return 3 * r * r;
    }

    public class Nap
    {
        private readonly double _r;

        public Nap(double r) => _r = r;

        public virtual double Area()
        {
            Flow.Sleep(TimeSpan.Zero);
            return 3 * _r * _r;
        }

        public double Plain()
        {
            Flow.Sleep(TimeSpan.Zero);
            return _r;
        }
    }

    [Case]
    public static int BaseCalls() => new Derived().Core(1);

    public class Base
    {
        public virtual int Core(int x)
        {
            Flow.Checkpoint();
            return x * 2;
        }
    }

    public sealed class Derived : Base
    {
        public override int Core(int x) => base.Core(x) + base.Core(1);
    }

    [Case]
    public static int BaseCallSingle() => new Derived2().Core(1);

    public sealed class Derived2 : Base
    {
        public override int Core(int x)
        {
            int a = base.Core(x);
            return a + 1;
        }
    }
}
