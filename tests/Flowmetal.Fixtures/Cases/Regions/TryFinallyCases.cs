using Flowmetal.Fixtures.Support;

namespace Flowmetal.Fixtures.Cases.Regions;

/// <summary>try/finally and try/catch/finally with suspensions in the try: finally runs exactly once, after resume.</summary>
public static class TryFinallyCases
{
    [Case]
    public static string FinallyRunsOnceAfterResume()
    {
        var log = new List<string>();
        try
        {
            log.Add("try");
            Flow.Checkpoint();
            log.Add("after1");
            Flow.WaitForSignal<int>("x");
            log.Add("after2");
        }
        finally
        {
            Trace.Log("finally");
            log.Add("finally");
        }

        return string.Join(",", log);
    }

    [Case]
    public static string FinallyRunsWhenExceptionPropagatesAfterResume()
    {
        var log = new List<string>();
        try
        {
            Thrower(log);
        }
        catch (InvalidOperationException e)
        {
            log.Add("caught " + e.Message);
        }

        return string.Join(",", log);
    }

    private static void Thrower(List<string> log)
    {
        try
        {
            Flow.Checkpoint();
            log.Add("inner");
            throw new InvalidOperationException("boom" + Flow.WaitForSignal<int>("n"));
        }
        finally
        {
            Trace.Log("inner finally");
            log.Add("finally");
        }
    }

    [Case]
    public static string TryCatchFinallyAllPaths()
    {
        var log = new List<string>();
        for (int i = 0; i < 3; i++)
        {
            try
            {
                Flow.Checkpoint();
                if (i == 1)
                {
                    throw new FormatException("f" + i);
                }

                log.Add("body" + i + Flow.WaitForSignal<string>("s"));
            }
            catch (FormatException e)
            {
                log.Add("catch " + e.Message);
            }
            finally
            {
                Trace.Log("finally " + i);
                log.Add("fin" + i);
            }

            Flow.Checkpoint();
        }

        return string.Join(",", log);
    }

    [Case]
    public static string ReturnThroughFinallyAfterSuspension()
    {
        var log = new List<string>();
        var r = WithFinally(log, 1) + WithFinally(log, 2);
        return r + ":" + string.Join(",", log);
    }

    private static int WithFinally(List<string> log, int n)
    {
        try
        {
            Flow.Checkpoint();
            if (n == 1)
            {
                return 10;
            }

            Flow.Checkpoint();
            return 20 + Flow.WaitForSignal<int>("x");
        }
        finally
        {
            log.Add("f" + n);
            Trace.Log("finally " + n);
        }
    }

    [Case]
    public static string BreakAndContinueThroughFinally()
    {
        var log = new List<string>();
        for (int i = 0; i < 6; i++)
        {
            try
            {
                Flow.Checkpoint();
                if (i == 1)
                {
                    continue;
                }

                if (i == 4)
                {
                    break;
                }

                log.Add("i" + i);
            }
            finally
            {
                log.Add("f" + i);
            }
        }

        return string.Join(",", log);
    }

    [Case]
    public static string FinallyStateMutationsVisibleAfterwards()
    {
        int counter = 0;
        string state = "init";
        try
        {
            counter += Flow.WaitForSignal<int>("a");
            state = "in try";
        }
        finally
        {
            counter *= 2;
            state += " finally";
        }

        Flow.Checkpoint();
        try
        {
            Flow.Checkpoint();
        }
        finally
        {
            counter++;
        }

        return state + counter;
    }

    [Case]
    public static string ExceptionEscapingTheEntryRunsFinallyOnce()
    {
        try
        {
            Flow.Checkpoint();
            EscapingThrow();
            return "unreachable";
        }
        finally
        {
            Trace.Log("entry finally");
        }
    }

    private static void EscapingThrow()
    {
        int v = Flow.WaitForSignal<int>("v");
        throw new NotSupportedException("escaped with " + v);
    }
}
