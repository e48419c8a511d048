using Flowmetal.Fixtures.Support;

namespace Flowmetal.Fixtures.Cases.Regions;

public sealed class Resource : IDisposable
{
    private readonly string _name;
    private int _disposed;

    public Resource(string name)
    {
        _name = name;
        Trace.Log("open " + name);
    }

    public int Uses { get; private set; }

    public void Use()
    {
        if (_disposed > 0)
        {
            throw new ObjectDisposedException(_name);
        }

        Uses++;
    }

    public int Read()
    {
        Use();
        Flow.Checkpoint();
        return _name.Length * Uses;
    }

    public void Dispose()
    {
        _disposed++;
        Trace.Log("dispose " + _name + " #" + _disposed);
    }
}

public struct StructResource : IDisposable
{
    public string Name;
    public int Uses;

    public void Use() => Uses++;

    public readonly void Dispose() => Trace.Log("dispose struct " + Name + " uses " + Uses);
}

/// <summary>using statements and declarations around suspensions: Dispose runs exactly once, when the block really ends.</summary>
public static class UsingCases
{
    [Case]
    public static int UsingStatementDisposesOnceAfterResume()
    {
        int total = 0;
        using (var r = new Resource("stmt"))
        {
            r.Use();
            total += Flow.WaitForSignal<int>("a");
            r.Use();
            Flow.Checkpoint();
            total += r.Uses;
        }

        Trace.Log("after using");
        return total;
    }

    [Case]
    public static int UsingDeclarationsDisposeInReverseOrder()
    {
        using var a = new Resource("a");
        Flow.Checkpoint();
        using var b = new Resource("bb");
        int v = a.Read() + b.Read();
        Flow.Sleep(TimeSpan.Zero);
        using var c = new Resource("ccc");
        return v + c.Read();
    }

    [Case]
    public static string UsingWithExceptionAfterResume()
    {
        try
        {
            using var r = new Resource("ex");
            r.Use();
            Flow.Checkpoint();
            if (r.Uses == 1)
            {
                throw new InvalidOperationException("after resume");
            }

            return "no";
        }
        catch (InvalidOperationException e)
        {
            Trace.Log("caught");
            return e.Message;
        }
    }

    [Case]
    public static string UsingInLoopsAndNested()
    {
        var log = new List<string>();
        for (int i = 0; i < 3; i++)
        {
            using (var outer = new Resource("o" + i))
            {
                using (var inner = new Resource("i" + i))
                {
                    log.Add((outer.Read() + inner.Read()).ToString());
                    if (i == 1)
                    {
                        continue;
                    }
                }

                Flow.Checkpoint();
                log.Add("tail" + i);
            }
        }

        return string.Join(",", log);
    }

    [Case]
    public static string NullResourceAndStructResource()
    {
        using (Resource? none = null)
        {
            Flow.Checkpoint();
        }

        using (var s = new StructResource { Name = "s" })
        {
            s.Use();
            Flow.Checkpoint();
            s.Use();
        }

        using var d = new StructResource { Name = "decl" };
        Flow.WaitForSignal<int>("z");
        return "done";
    }

    [Case]
    public static int ReturnFromInsideUsingAfterResume()
    {
        return Reader("first") + Reader("second");
    }

    private static int Reader(string name)
    {
        using var r = new Resource(name);
        Flow.Checkpoint();
        return r.Read() + Flow.WaitForSignal<int>("n");
    }
}
