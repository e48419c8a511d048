using Flowmetal.Fixtures.Support;

namespace Flowmetal.Fixtures.Cases;

public static class WeaverSmokeCases
{
    public struct Pair
    {
        public int X;
        public Inner In;
    }

    public struct Inner
    {
        public int Y;
    }

    public sealed class Holder
    {
        public int Field;
        public Pair Pair;
    }

    [Case]
    public static string ByRefsOnTheStack()
    {
        var arr = new[] { 1, 2, 3 };
        var holder = new Holder { Field = 5 };
        var local = new Pair { X = 7 };
        int i = 1;
        arr[i] += Next();
        holder.Field += Next();
        local.X += Next();
        holder.Pair.In.Y += Next();
        local.In.Y += Next();
        return string.Join(",", arr) + ";" + holder.Field + ";" + local.X + ";" + holder.Pair.In.Y + ";" + local.In.Y;
    }

    private static int Next()
    {
        int v = Flow.WaitForSignal<int>("v");
        Trace.Log("next " + v);
        return v;
    }

    [Case]
    public static string TryFinallyAndCatch()
    {
        var log = new List<string>();
        for (int i = 0; i < 3; i++)
        {
            try
            {
                log.Add("try" + i);
                Flow.Checkpoint();
                try
                {
                    Flow.Checkpoint();
                    if (i == 1)
                    {
                        throw new InvalidOperationException("boom" + i);
                    }
                }
                catch (InvalidOperationException e) when (e.Message.EndsWith("1"))
                {
                    log.Add("caught " + e.Message);
                }

                Flow.Checkpoint();
            }
            finally
            {
                Trace.Log("finally " + i);
                log.Add("finally" + i);
            }
        }

        return string.Join(",", log);
    }

    private sealed class Res : IDisposable
    {
        private readonly string _name;

        public Res(string name) => _name = name;

        public void Dispose() => Trace.Log("dispose " + _name);
    }

    [Case]
    public static int UsingAcrossSuspension()
    {
        int sum = 0;
        using (var a = new Res("a"))
        {
            sum += Flow.WaitForSignal<int>("x");
            using var b = new Res("b");
            sum += Flow.WaitForSignal<int>("y");
        }

        return sum;
    }

    [Case]
    public static int Recursion500() => Down(500);

    private static int Down(int n)
    {
        if (n == 0)
        {
            Flow.Checkpoint();
            return 0;
        }

        return 1 + Down(n - 1);
    }

    [Case]
    public static string GenericsAndVirtuals()
    {
        Animal[] animals = { new Dog(), new Cat() };
        var parts = new List<string>();
        foreach (var a in animals)
        {
            parts.Add(a.Speak() + Box<int>.Echo(3) + Box<string>.Echo("s") + Pick<long>(5L));
        }

        IShape shape = new Square();
        parts.Add(shape.Area(3).ToString());
        return string.Join("|", parts);
    }

    private static T Pick<T>(T value)
    {
        Flow.Checkpoint();
        return value;
    }

    public static class Box<T>
    {
        public static string Echo(T value)
        {
            Flow.Checkpoint();
            return "<" + value + ">";
        }
    }

    public abstract class Animal
    {
        public abstract string Speak();
    }

    public sealed class Dog : Animal
    {
        public override string Speak()
        {
            Flow.Checkpoint();
            return "woof";
        }
    }

    public sealed class Cat : Animal
    {
        private int _lives = 9;

        public override string Speak()
        {
            _lives -= Flow.WaitForSignal<int>("lives");
            return "meow" + _lives;
        }
    }

    public interface IShape
    {
        int Area(int side);
    }

    public sealed class Square : IShape
    {
        public int Area(int side)
        {
            Flow.Checkpoint();
            return side * side;
        }
    }
}
