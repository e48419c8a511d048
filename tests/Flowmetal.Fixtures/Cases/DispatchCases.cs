using Flowmetal.Fixtures.Support;

namespace Flowmetal.Fixtures.Cases;

public abstract class Shape
{
    private readonly string _name;

    protected Shape(string name) => _name = name;

    public virtual string Name
    {
        get
        {
            Flow.Checkpoint();
            return _name;
        }
    }

    public abstract double Area();

    public virtual string Describe()
    {
        var area = Area();
        Flow.Checkpoint();
        return Name + "=" + area.ToString("F2", System.Globalization.CultureInfo.InvariantCulture);
    }
}

public class Rect : Shape
{
    protected readonly double W;
    protected readonly double H;

    public Rect(double w, double h)
        : this("rect", w, h)
    {
    }

    protected Rect(string name, double w, double h)
        : base(name)
    {
        W = w;
        H = h;
    }

    public override double Area()
    {
        Flow.Checkpoint();
        return W * H;
    }
}

public sealed class Square : Rect
{
    public Square(double side)
        : base("square", side, side)
    {
    }

    public override string Name => "sq:" + base.Name;

    public override double Area() => base.Area() + Flow.WaitForSignal<int>("bonus");

    public override string Describe() => "[" + base.Describe() + "]";
}

public sealed class Circle : Shape
{
    private readonly double _r;

    public Circle(double r)
        : base("circle") => _r = r;

    public override double Area()
    {
        Flow.Sleep(TimeSpan.Zero);
        return 3 * _r * _r;
    }
}

public interface IGreeter
{
    string Greet(string who);

    string GreetTwice(string who)
    {
        var first = Greet(who);
        Flow.Checkpoint();
        return first + "+" + Greet(who);
    }
}

public sealed class PoliteGreeter : IGreeter
{
    public string Greet(string who)
    {
        Flow.Checkpoint();
        return "Dear " + who;
    }
}

public sealed class LoudGreeter : IGreeter
{
    private int _count;

    string IGreeter.Greet(string who)
    {
        _count++;
        return who.ToUpperInvariant() + new string('!', _count) + Flow.WaitForSignal<int>("loud");
    }

    public string GreetTwice(string who) => "loud twice " + ((IGreeter)this).Greet(who);
}

public struct StructGreeter : IGreeter
{
    public int Count;

    public string Greet(string who)
    {
        Count++;
        Flow.Checkpoint();
        return "s" + Count + who;
    }
}

public abstract class Pipeline
{
    public string Run(int x)
    {
        var log = "start";
        x = Before(x);
        log += ">" + x;
        x = Core(x);
        log += ">" + x;
        return log + ">" + After(x);
    }

    protected virtual int Before(int x) => x;

    protected abstract int Core(int x);

    protected virtual string After(int x)
    {
        Flow.Checkpoint();
        return "done" + x;
    }
}

public class DoublingPipeline : Pipeline
{
    protected override int Before(int x)
    {
        Flow.Checkpoint();
        return x + 1;
    }

    protected override int Core(int x)
    {
        Flow.Checkpoint();
        return x * 2;
    }
}

public sealed class LoggingPipeline : DoublingPipeline
{
    protected override int Core(int x)
    {
        Trace.Log("core " + x);
        return base.Core(x) + base.Core(1);
    }

    protected override string After(int x) => base.After(x) + "!";
}

/// <summary>Virtual, abstract and interface calls whose targets are woven and suspend; base calls; overridden properties.</summary>
public static class DispatchCases
{
    [Case]
    public static string AbstractAndVirtualOverridesWithCheckpoints()
    {
        Shape[] shapes = { new Rect(2, 3), new Rect(1, 5), new Square(2) };
        var parts = new List<string>();
        foreach (var s in shapes)
        {
            parts.Add(s.Describe());
        }

        return string.Join(",", parts);
    }

    [Case]
    public static string InterfaceCallsWithImplicitAndDefaultImplementations()
    {
        IGreeter[] greeters = { new PoliteGreeter(), new StructGreeter(), new PoliteGreeter() };
        var parts = new List<string>();
        foreach (var g in greeters)
        {
            parts.Add(g.Greet("ann"));
            parts.Add(g.GreetTwice("bo"));
        }

        return string.Join(",", parts);
    }

    [Case]
    public static string OverriddenPropertiesAndBaseCalls()
    {
        Shape sq = new Square(3);
        Rect asRect = (Rect)sq;
        return sq.Name + "|" + asRect.Area() + "|" + ((Shape)new Rect(1, 1)).Name;
    }

    [Case]
    public static string InterfaceOnBoxedStructKeepsItsState()
    {
        IGreeter boxed = new StructGreeter();
        var r1 = boxed.Greet("x");
        var r2 = boxed.Greet("y");
        var s = new StructGreeter();
        var r3 = s.Greet("z");
        var r4 = s.Greet("w");
        return r1 + r2 + r3 + r4 + ((StructGreeter)boxed).Count + s.Count;
    }

    [Case]
    public static string DispatchThroughDeepRecursionOfVirtuals()
    {
        var chain = new Link(new Link(new Link(new End())));
        return chain.Walk(0);
    }

    public abstract class Chain
    {
        public abstract string Walk(int depth);
    }

    public sealed class Link : Chain
    {
        private readonly Chain _next;

        public Link(Chain next) => _next = next;

        public override string Walk(int depth)
        {
            Flow.Checkpoint();
            return depth + ">" + _next.Walk(depth + 1);
        }
    }

    public sealed class End : Chain
    {
        public override string Walk(int depth) => "end" + depth + ":" + Flow.WaitForSignal<string>("end");
    }
}
