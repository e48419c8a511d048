using Flowmetal.Fixtures.Support;

namespace Flowmetal.Fixtures.Cases;

/// <summary>Retries declared in FodyWeavers.xml (woven builds only) and through the Flow.Retry API.</summary>
public static class RetryCases
{
    /// <summary>Fails with a TimeoutException until its third call. Retried by a &lt;Retry&gt; rule.</summary>
    public static class Gateway
    {
        [ThreadStatic]
        private static int t_calls;

        public static int Calls => t_calls;

        public static void Reset() => t_calls = 0;

        public static string Charge(int amount)
        {
            t_calls++;
            Trace.Log("charge attempt " + t_calls);
            if (t_calls < 3)
            {
                throw new TimeoutException("gateway timeout " + t_calls);
            }

            return "charged " + amount;
        }

        public static string Refund(int amount)
        {
            t_calls++;
            throw new InvalidOperationException("refunds are closed");
        }
    }

    [WovenOnlyCase("\"charged 5 after 3 calls, then 2\"")]
    public static string RetriedByConfig()
    {
        Gateway.Reset();
        int before = Flow.WaitForSignal<int>("start");
        var result = Gateway.Charge(before - 5);
        return result + " after " + Gateway.Calls + " calls, then " + Next();
    }

    private static int Next()
    {
        Flow.Checkpoint();
        return 2;
    }

    [Case]
    public static string RetriedByApi()
    {
        Gateway.Reset();
        var policy = new RetryPolicy(5, TimeSpan.Zero, TimeSpan.Zero, typeof(TimeoutException));
        var result = Flow.Retry(() => Gateway.Charge(7), policy);
        return result + " after " + Gateway.Calls;
    }

    [Case]
    public static string ExceptionOutsideThePolicyIsNotRetried()
    {
        Gateway.Reset();
        Flow.Checkpoint();
        try
        {
            Flow.Retry(() => Gateway.Refund(1), new RetryPolicy(5, TimeSpan.Zero, TimeSpan.Zero, typeof(TimeoutException)));
            return "refunded";
        }
        catch (InvalidOperationException e)
        {
            return e.Message + " after " + Gateway.Calls;
        }
    }
}
