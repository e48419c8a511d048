using Flowmetal.Fixtures.Support;

namespace Flowmetal.Fixtures.Cases.Regions;

public sealed class FlowFault : Exception
{
    public FlowFault(string message, int code)
        : base(message) => Code = code;

    public int Code { get; }
}

/// <summary>Suspensions inside try blocks of try/catch; exceptions thrown after a resume caught in the same frame.</summary>
public static class TryCatchCases
{
    private static int Next(string name)
    {
        int v = Flow.WaitForSignal<int>(name);
        Trace.Log(name + "=" + v);
        return v;
    }

    [Case]
    public static string SuspendInTryNoException()
    {
        int x = 0;
        try
        {
            x = Next("a");
            Flow.Checkpoint();
            x += Next("b");
        }
        catch (Exception e)
        {
            Trace.Log("never " + e.Message);
            x = -1;
        }

        return "x=" + x;
    }

    [Case]
    public static string ThrowAfterResumeCaughtInSameFrame()
    {
        var log = new List<string>();
        for (int i = 0; i < 4; i++)
        {
            try
            {
                log.Add("try" + i);
                int v = Next("v");
                if (i % 2 == 1)
                {
                    throw new FlowFault("odd " + v, i);
                }

                Flow.Checkpoint();
                log.Add("ok" + v);
            }
            catch (FlowFault f) when (f.Code == 3)
            {
                log.Add("three " + f.Message);
            }
            catch (FlowFault f)
            {
                log.Add("fault " + f.Code + " " + f.Message);
            }
        }

        return string.Join(",", log);
    }

    [Case]
    public static string ThrowFromCalleeAfterResumeCaughtByCaller()
    {
        var results = new List<string>();
        foreach (var input in new[] { 1, -1, 2, 0 })
        {
            try
            {
                results.Add("r" + Risky(input));
            }
            catch (ArgumentOutOfRangeException e)
            {
                results.Add("range:" + e.ParamName);
            }
            catch (DivideByZeroException)
            {
                results.Add("div0");
            }
        }

        return string.Join(",", results);
    }

    private static int Risky(int input)
    {
        Flow.Checkpoint();
        int scale = Next("scale");
        if (input < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(input));
        }

        Flow.Checkpoint();
        return scale / input;
    }

    [Case]
    public static string ExceptionFromThreeFramesDownCaughtAtTheTop()
    {
        try
        {
            return "no " + Level1(3);
        }
        catch (FlowFault f)
        {
            return "caught " + f.Message + " code " + f.Code;
        }
    }

    private static int Level1(int n)
    {
        int local = n * 10;
        Flow.Checkpoint();
        return local + Level2(n);
    }

    private static int Level2(int n)
    {
        try
        {
            return Level3(n);
        }
        catch (InvalidOperationException)
        {
            Trace.Log("not this handler");
            return -1;
        }
    }

    private static int Level3(int n)
    {
        Flow.Checkpoint();
        int v = Next("deep");
        throw new FlowFault("deep " + v, n);
    }

    [Case]
    public static string SignalWithTheWrongPayloadThrowsAtTheResumePoint()
    {
        try
        {
            var g = Flow.WaitForSignal<Guid>("guid");
            return "got " + g;
        }
        catch (InvalidCastException e)
        {
            Trace.Log("cast failed");
            return "cast: " + e.Message.Contains("System.Guid", StringComparison.Ordinal);
        }
    }

    [Case]
    public static string RethrowAndWrapAcrossFrames()
    {
        try
        {
            Wrapper();
            return "none";
        }
        catch (InvalidOperationException e)
        {
            return e.Message + " <- " + e.InnerException?.GetType().Name + ":" + e.InnerException?.Message;
        }
    }

    private static void Wrapper()
    {
        try
        {
            Rethrower();
        }
        catch (FormatException e)
        {
            throw new InvalidOperationException("wrapped", e);
        }
    }

    private static void Rethrower()
    {
        try
        {
            Flow.Checkpoint();
            _ = int.Parse("x" + Next("p"), System.Globalization.CultureInfo.InvariantCulture);
        }
        catch (FormatException)
        {
            Trace.Log("rethrow");
            throw;
        }
    }

    [Case]
    public static string ValuesAssignedInTrySurviveIntoCatch()
    {
        string stage = "start";
        int sum = 0;
        try
        {
            stage = "first";
            sum += Next("a");
            stage = "second";
            Flow.Checkpoint();
            sum += Next("b");
            stage = "third";
            _ = checked(int.MaxValue + sum);
        }
        catch (OverflowException)
        {
            Trace.Log("overflow at " + stage);
        }

        return stage + sum;
    }

    [Case]
    public static string ReturnFromInsideTryAfterSuspension()
    {
        return Pick(1) + Pick(2) + Pick(3);
    }

    private static string Pick(int n)
    {
        try
        {
            Flow.Checkpoint();
            if (n == 2)
            {
                return "two";
            }

            if (n == 3)
            {
                throw new FlowFault("three", 3);
            }

            Flow.Checkpoint();
        }
        catch (FlowFault)
        {
            return "caught";
        }

        return "one";
    }

    [Case]
    public static string ExceptionsCaughtAsBaseTypesAndByOrder()
    {
        var log = new List<string>();
        Exception[] faults = { new ArgumentNullException("p"), new ArgumentException("a"), new KeyNotFoundException("k"), new FlowFault("f", 1) };
        foreach (var fault in faults)
        {
            try
            {
                Flow.Checkpoint();
                throw fault;
            }
            catch (ArgumentNullException)
            {
                log.Add("null");
            }
            catch (ArgumentException)
            {
                log.Add("arg");
            }
            catch (SystemException e)
            {
                log.Add("sys " + e.GetType().Name);
            }
            catch
            {
                log.Add("any");
            }
        }

        return string.Join(",", log);
    }
}
