using Flowmetal.Fixtures.Support;

namespace Flowmetal.Fixtures.Cases.Regions;

/// <summary>Control leaving protected regions after a resume: goto, break, return, exceptions from finally and Dispose.</summary>
public static class ControlTransferCases
{
    [Case]
    public static string GotoOutOfNestedTryFinallyBlocks()
    {
        var log = new List<string>();
        int round = 0;
    again:
        try
        {
            try
            {
                Flow.Checkpoint();
                round++;
                if (round < 3)
                {
                    goto again;
                }

                log.Add("inner done");
            }
            finally
            {
                log.Add("f-inner" + round);
            }
        }
        finally
        {
            log.Add("f-outer" + round);
        }

        return string.Join(",", log);
    }

    [Case]
    public static string ExceptionThrownFromAFinallyReplacesTheFirst()
    {
        try
        {
            try
            {
                Flow.Checkpoint();
                throw new InvalidOperationException("first");
            }
            finally
            {
                Trace.Log("finally throws");
                throw new FormatException("second");
            }
        }
        catch (Exception e)
        {
            return e.GetType().Name + ":" + e.Message;
        }
    }

    [Case]
    public static string ExceptionFromDisposeAfterResume()
    {
        try
        {
            using var bad = new BadDispose();
            Flow.Checkpoint();
            return "returned";
        }
        catch (ObjectDisposedException e)
        {
            return "dispose threw " + e.ObjectName;
        }
    }

    public sealed class BadDispose : IDisposable
    {
        public void Dispose()
        {
            Trace.Log("bad dispose");
            throw new ObjectDisposedException("bad");
        }
    }

    [Case]
    public static string ReturnFromDeepInsideLoopsAndTries()
    {
        return Search(new[] { new[] { 1, 2 }, new[] { 3, 4, 5 }, new[] { 6 } }, 4);
    }

    private static string Search(int[][] rows, int target)
    {
        var log = new List<string>();
        try
        {
            for (int r = 0; r < rows.Length; r++)
            {
                try
                {
                    foreach (var v in rows[r])
                    {
                        Flow.Checkpoint();
                        if (v == target)
                        {
                            return "found at row " + r + " after " + string.Join(",", log);
                        }

                        log.Add(v.ToString());
                    }
                }
                finally
                {
                    Trace.Log("row done " + r);
                }
            }

            return "missing";
        }
        finally
        {
            Trace.Log("search done");
        }
    }

    [Case]
    public static string TryInsideLambdaInsideLoopInsideTry()
    {
        var log = new List<string>();
        try
        {
            for (int i = 0; i < 3; i++)
            {
                Func<int, string> risky = x =>
                {
                    try
                    {
                        Flow.Checkpoint();
                        if (x == 1)
                        {
                            throw new ArgumentException("one");
                        }

                        return "ok" + x;
                    }
                    catch (ArgumentException e)
                    {
                        return "caught " + e.Message;
                    }
                    finally
                    {
                        log.Add("lambda finally " + x);
                    }
                };
                log.Add(risky(i));
                Flow.WaitForSignal<int>("tick");
            }
        }
        finally
        {
            log.Add("outer");
        }

        return string.Join(",", log);
    }

    [Case]
    public static string ContinueAndBreakOutOfCatchBlocks()
    {
        var log = new List<string>();
        for (int i = 0; i < 6; i++)
        {
            try
            {
                Flow.Checkpoint();
                if (i % 2 == 1)
                {
                    throw new InvalidOperationException("odd" + i);
                }

                log.Add("even" + i);
            }
            catch (InvalidOperationException e)
            {
                log.Add(e.Message);
                if (i == 3)
                {
                    continue;
                }

                if (i == 5)
                {
                    break;
                }
            }

            log.Add("after" + i);
        }

        return string.Join(",", log);
    }
}
