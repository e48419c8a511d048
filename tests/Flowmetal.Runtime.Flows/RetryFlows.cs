using Flowmetal.Runtime.Flows.Support;

namespace Flowmetal.Runtime.Flows;

/// <summary>Retries through the API and through a &lt;Retry&gt; rule; the waits between attempts are durable timers.</summary>
public static class RetryFlows
{
    public static string ChargeWithPolicy(string key, int failures, int backoffMilliseconds)
    {
        var policy = new RetryPolicy(5, TimeSpan.FromMilliseconds(backoffMilliseconds), TimeSpan.FromSeconds(5), typeof(InvalidOperationException));
        int call = Flow.Retry(() => Flaky.Charge(key, failures), policy);
        return "charged on call " + call;
    }

    public static string ChargeByRule(string key, int failures)
    {
        int call = Flaky.ChargeByRule(key, failures);
        return "charged on call " + call;
    }
}
