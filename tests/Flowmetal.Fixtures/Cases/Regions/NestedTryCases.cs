using Flowmetal.Fixtures.Support;

namespace Flowmetal.Fixtures.Cases.Regions;

/// <summary>Protected regions nested several deep, inside loops, with suspensions at each depth.</summary>
public static class NestedTryCases
{
    [Case]
    public static string FourDeepWithSuspensionsAtEachLevel()
    {
        var log = new List<string>();
        try
        {
            Flow.Checkpoint();
            log.Add("L1");
            try
            {
                Flow.WaitForSignal<int>("a");
                log.Add("L2");
                try
                {
                    Flow.Checkpoint();
                    log.Add("L3");
                    try
                    {
                        Flow.Sleep(TimeSpan.Zero);
                        log.Add("L4");
                        throw new FlowFault("deep", 4);
                    }
                    finally
                    {
                        log.Add("f4");
                    }
                }
                catch (FlowFault f) when (f.Code == 3)
                {
                    log.Add("wrong");
                }
                finally
                {
                    log.Add("f3");
                }
            }
            catch (FlowFault f)
            {
                log.Add("c2:" + f.Code);
                Trace.Log("caught at 2");
            }

            Flow.Checkpoint();
            log.Add("after2");
        }
        finally
        {
            log.Add("f1");
        }

        return string.Join(",", log);
    }

    [Case]
    public static string TriesInsideLoopsInsideTries()
    {
        var log = new List<string>();
        try
        {
            for (int i = 0; i < 3; i++)
            {
                try
                {
                    for (int j = 0; j < 3; j++)
                    {
                        try
                        {
                            Flow.Checkpoint();
                            if (j == i)
                            {
                                throw new FlowFault(i + "" + j, j);
                            }

                            log.Add("ok" + i + j);
                        }
                        finally
                        {
                            log.Add("f" + i + j);
                        }
                    }
                }
                catch (FlowFault f)
                {
                    log.Add("c" + f.Message);
                }

                Flow.WaitForSignal<bool>("b");
            }
        }
        finally
        {
            Trace.Log("outer finally");
        }

        return string.Join(",", log);
    }

    [Case]
    public static string SiblingTriesAndTryAfterCatch()
    {
        var log = new List<string>();
        try
        {
            Flow.Checkpoint();
            log.Add("a");
        }
        catch (Exception)
        {
            log.Add("x");
        }

        try
        {
            Flow.Checkpoint();
            throw new FlowFault("b", 1);
        }
        catch (FlowFault)
        {
            log.Add("b");
        }

        try
        {
            try
            {
                Flow.Checkpoint();
            }
            finally
            {
                log.Add("c");
            }

            Flow.Checkpoint();
        }
        finally
        {
            log.Add("d");
        }

        return string.Join(",", log);
    }

    [Case]
    public static string NestedTriesAcrossRecursion()
    {
        var log = new List<string>();
        try
        {
            Recurse(4, log);
        }
        catch (FlowFault f)
        {
            log.Add("top " + f.Code);
        }

        return string.Join(",", log);
    }

    private static void Recurse(int n, List<string> log)
    {
        try
        {
            Flow.Checkpoint();
            if (n == 0)
            {
                throw new FlowFault("bottom", 0);
            }

            Recurse(n - 1, log);
        }
        catch (FlowFault f) when (n == 2)
        {
            log.Add("caught at 2");
            throw new FlowFault("from 2", f.Code + 100);
        }
        finally
        {
            log.Add("f" + n);
        }
    }
}
