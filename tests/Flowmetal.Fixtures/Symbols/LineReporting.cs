using System.Runtime.CompilerServices;

// NoInlining: the JIT drops inlined frames from stack traces (woven or not); this fixture is
// about the lines the PDB gives, so every frame must stay a frame.

namespace Flowmetal.Fixtures.Symbols;

/// <summary>An exception that knows the source line it was thrown from.</summary>
public sealed class LineException : Exception
{
    public LineException(int line)
        : base("thrown at line " + line) => Line = line;

    public int Line { get; }
}

/// <summary>Throws after a resume, several frames down, so the stack trace must map woven IL back to source.</summary>
public static class LineReporting
{
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static int Entry()
    {
        int x = Flow.WaitForSignal<int>("a");
        return x + Middle(x);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int Middle(int x)
    {
        Flow.Checkpoint();
        return Inner(x) * 2;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int Inner(int x)
    {
        Flow.Checkpoint();
        if (x > 0)
        {
            throw new LineException(Here());
        }

        return x;
    }

    private static int Here([CallerLineNumber] int line = 0) => line;
}
