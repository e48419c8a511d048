using Flowmetal.Fixtures.Support;

namespace Flowmetal.Fixtures.Cases;

/// <summary>
/// Code that may suspend only through a callback: constructors, iterators, locks and handlers
/// call callbacks freely (they are not build errors), a higher-order woven method carries a
/// suspension when its callback really suspends, and where it cannot, the flow fails naming the
/// frame instead of running on.
/// </summary>
public static class MaySuspendCases
{
    private static readonly object Gate = new();

    [Case]
    public static string ToStringReadThroughAFuncAroundSuspensions()
    {
        int calls = 0;
        var label = new Label(() => "label" + ++calls);
        Flow.Checkpoint();
        var named = new Named(label, () => Trace.Log("created"));
        Flow.Checkpoint();
        return named.Name + "/" + Describe(label) + "/" + calls;
    }

    [Case]
    public static string CallbacksInIteratorsConstructorsLocksAndHandlers()
    {
        int offset = Flow.WaitForSignal<int>("offset");
        var mapped = string.Join(",", Mapped(new[] { 1, 2, 3 }, x => x + offset));
        Flow.Checkpoint();
        int locked = InLock(x => x * offset);
        int caught = InCatch(x => x > 1 ? x * 100 : throw new InvalidOperationException("one"));
        Flow.Checkpoint();
        return mapped + "/" + locked + "/" + caught;
    }

    [Case]
    public static int AHigherOrderMethodCarriesASuspendingCallback()
    {
        int total = 0;
        for (int i = 0; i < 3; i++)
        {
            total += Apply(x => x + Flow.WaitForSignal<int>("add"), i);
        }

        return total;
    }

    [WovenOnlyCase("\"refused, names Widget::.ctor\"")]
    public static string ASuspendingCallbackInAConstructorFailsNamingIt()
    {
        Flow.Checkpoint();
        try
        {
            var widget = new Widget(() => Flow.Checkpoint());
            return "ran on: " + widget;
        }
        catch (InvalidOperationException e) when (e.GetType().Name == "UnwovenFrameException")
        {
            return e.Message.Contains("MaySuspendCases.Widget::.ctor", StringComparison.Ordinal) ? "refused, names Widget::.ctor" : "refused: " + e.Message;
        }
    }

    [WovenOnlyCase("\"refused, names Mapped\"")]
    public static string ASuspendingCallbackInAnIteratorFailsNamingIt()
    {
        Flow.Checkpoint();
        try
        {
            var values = Mapped(new[] { 1, 2 }, x => x + Flow.WaitForSignal<int>("x")).ToList();
            return "ran on: " + string.Join(",", values);
        }
        catch (InvalidOperationException e) when (e.GetType().Name == "UnwovenFrameException")
        {
            return e.Message.Contains("Mapped", StringComparison.Ordinal) ? "refused, names Mapped" : "refused: " + e.Message;
        }
    }

    /// <summary>
    /// The method also invokes a delegate at a suspension point, so the stack check cannot tell the
    /// two calls apart: the check after the call in the catch block stops the flow instead.
    /// </summary>
    [WovenOnlyCase("\"refused in the catch handler, then ran on: 1\"")]
    public static string ASuspendingCallbackInACatchBlockFailsNamingTheHandler()
    {
        Flow.Checkpoint();
        try
        {
            return "ran on: " + Guarded(() => throw new InvalidOperationException("first"), () => Flow.Checkpoint());
        }
        catch (InvalidOperationException e) when (e.GetType().Name == "UnwovenFrameException")
        {
            bool named = e.Message.Contains("Guarded", StringComparison.Ordinal) && e.Message.Contains("catch handler", StringComparison.Ordinal);
            int after = Guarded(() => 1, () => Trace.Log("not called"));
            return (named ? "refused in the catch handler" : "refused: " + e.Message) + ", then ran on: " + after;
        }
    }

    /// <summary>
    /// A filter swallows what it throws (as "false"): the refusal still ends the flow, although the
    /// code ran on to the outer handler.
    /// </summary>
    [WovenOnlyCase("threw Flowmetal.Execution.UnwovenFrameException: The flow started at Flowmetal.Fixtures.Cases.MaySuspendCases::ASuspendingCallbackInAFilterIsRefused cannot suspend (signal 'filter'*) inside an exception filter ('when' clause)*")]
    public static string ASuspendingCallbackInAFilterIsRefused()
    {
        Flow.Checkpoint();
        try
        {
            return "ran on: " + Filtered(() => throw new InvalidOperationException("first"), () => Flow.WaitForSignal<bool>("filter"));
        }
        catch (InvalidOperationException e)
        {
            return "the filter said no: " + e.Message;
        }
    }

    /// <summary>List.Sort wraps what a comparer throws: the flow still ends with the refusal, which names the frame in the way.</summary>
    [WovenOnlyCase("threw Flowmetal.Execution.UnwovenFrameException: The flow started at Flowmetal.Fixtures.Cases.MaySuspendCases::ARefusalWrappedByAFrameworkMethodStillEndsTheFlow cannot suspend (checkpoint): *System.Collections.Generic.ArraySortHelper*")]
    public static string ARefusalWrappedByAFrameworkMethodStillEndsTheFlow()
    {
        var names = new List<string> { "b", "a", "c" };
        Flow.Checkpoint();
        names.Sort((x, y) =>
        {
            Flow.Checkpoint();
            return string.CompareOrdinal(x, y);
        });
        return string.Join(",", names);
    }

    private static string Describe(object value) => "[" + value + "]";

    private static int Apply(Func<int, int> f, int x) => f(x);

    private static IEnumerable<int> Mapped(IEnumerable<int> source, Func<int, int> f)
    {
        foreach (var x in source)
        {
            yield return Apply(f, x);
        }
    }

    private static int InLock(Func<int, int> f)
    {
        lock (Gate)
        {
            return Apply(f, 3);
        }
    }

    private static int InCatch(Func<int, int> f)
    {
        try
        {
            return f(1);
        }
        catch (InvalidOperationException e)
        {
            Trace.Log("caught " + e.Message);
            return Apply(f, 2);
        }
    }

    private static int Guarded(Func<int> work, Action onError)
    {
        try
        {
            return work();
        }
        catch (InvalidOperationException)
        {
            onError();
            return -1;
        }
    }

    private static int Filtered(Func<int> work, Func<bool> accept)
    {
        try
        {
            return work();
        }
        catch (InvalidOperationException) when (accept())
        {
            return -1;
        }
    }

    private sealed class Label
    {
        private readonly Func<string> _text;

        public Label(Func<string> text) => _text = text;

        public override string ToString() => _text();
    }

    private sealed class Named
    {
        public Named(object value, Action created)
        {
            Name = value.ToString() ?? string.Empty;
            created();
        }

        public string Name { get; }
    }

    private sealed class Widget
    {
        public Widget(Action setUp) => setUp();
    }
}
