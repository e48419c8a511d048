using Flowmetal.Fixtures.Support;

namespace Flowmetal.Fixtures.Cases;

public static class UnwovenFrameCases
{
    /// <summary>A LINQ operator (not woven) calls a lambda that suspends: the suspension is refused.</summary>
    [WovenOnlyCase("\"refused, names LINQ\"")]
    public static string SuspendingInsideLinqIsRefused()
    {
        Flow.Checkpoint();
        try
        {
            var values = new[] { 1, 2, 3 }.Select(x =>
            {
                Flow.Checkpoint();
                return x * 2;
            }).ToList();
            return "ran on: " + string.Join(",", values);
        }
        catch (InvalidOperationException e) when (e.GetType().Name == "UnwovenFrameException")
        {
            Trace.Log("refused");
            return e.Message.Contains("System.Linq") ? "refused, names LINQ" : "refused: " + e.Message;
        }
    }

    /// <summary>A method excluded from weaving sits between the flow and the suspension.</summary>
    [WovenOnlyCase("\"refused, names NotWoven.Call\"")]
    public static string SuspendingThroughAnExcludedMethodIsRefused()
    {
        Flow.Checkpoint();
        try
        {
            return Support.NotWoven.Call(() => Flow.WaitForSignal<int>("x")).ToString();
        }
        catch (InvalidOperationException e) when (e.GetType().Name == "UnwovenFrameException")
        {
            return e.Message.Contains("Flowmetal.Fixtures.Support.NotWoven.Call") ? "refused, names NotWoven.Call" : "refused: " + e.Message;
        }
    }
}
