using Flowmetal.Fixtures.Support;

namespace Flowmetal.Fixtures.Cases.Regions;

/// <summary>catch-when filters around suspensions: filters run after resume, with side effects, in the right order.</summary>
public static class FilterCases
{
    private static bool Log(string what, bool result)
    {
        Trace.Log("filter " + what + " " + result);
        return result;
    }

    [Case]
    public static string FiltersEvaluatedAfterResume()
    {
        var log = new List<string>();
        for (int i = 0; i < 4; i++)
        {
            try
            {
                int v = Flow.WaitForSignal<int>("v");
                Flow.Checkpoint();
                throw new FlowFault("v" + v, i);
            }
            catch (FlowFault f) when (Log("even", f.Code % 2 == 0))
            {
                log.Add("even" + f.Message);
            }
            catch (FlowFault f) when (Log("three", f.Code == 3))
            {
                log.Add("three" + f.Message);
            }
            catch (FlowFault f)
            {
                log.Add("rest" + f.Message);
            }
        }

        return string.Join(",", log);
    }

    [Case]
    public static string FilterInCallerSeesExceptionFromSuspendedCallee()
    {
        int threshold = 2;
        var log = new List<string>();
        for (int i = 1; i <= 3; i++)
        {
            try
            {
                log.Add("ok" + Callee(i));
            }
            catch (FlowFault f) when (f.Code >= threshold && Log("caller", true))
            {
                log.Add("caught" + f.Code);
                threshold++;
            }
        }

        return string.Join(",", log);
    }

    private static int Callee(int i)
    {
        Flow.Checkpoint();
        try
        {
            Flow.Checkpoint();
            if (i >= 2)
            {
                throw new FlowFault("c", i);
            }

            return i;
        }
        catch (FlowFault f) when (Log("callee", f.Code > 10))
        {
            return -1;
        }
    }

    [Case]
    public static string FilterOrderRunsBeforeInnerFinally()
    {
        try
        {
            Inner();
            return "none";
        }
        catch (FlowFault f) when (Log("outer", true))
        {
            return "outer caught " + f.Message;
        }
    }

    private static void Inner()
    {
        try
        {
            Flow.Checkpoint();
            throw new FlowFault("x", 1);
        }
        finally
        {
            Trace.Log("inner finally");
        }
    }

    [Case]
    public static string FilterThatThrowsIsTreatedAsFalse()
    {
        try
        {
            Flow.Checkpoint();
            throw new FlowFault("x", 0);
        }
        catch (FlowFault f) when (10 / f.Code > 0)
        {
            return "first";
        }
        catch (FlowFault)
        {
            return "second";
        }
    }
}
