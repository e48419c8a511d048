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
    [WovenOnlyCase("\"refused, names NotWoven::Call\"")]
    public static string SuspendingThroughAnExcludedMethodIsRefused()
    {
        Flow.Checkpoint();
        try
        {
            return Support.NotWoven.Call(() => Flow.WaitForSignal<int>("x")).ToString();
        }
        catch (InvalidOperationException e) when (e.GetType().Name == "UnwovenFrameException")
        {
            return e.Message.Contains("Flowmetal.Fixtures.Support.NotWoven::Call") ? "refused, names NotWoven::Call" : "refused: " + e.Message;
        }
    }

    /// <summary>
    /// The unwoven method is inlined into the woven caller in optimized builds, so it has no frame
    /// of its own: the caller is found on the stack away from its suspension points instead.
    /// </summary>
    [WovenOnlyCase("\"refused: unwoven frame\"", "\"refused: inlined frame\"")]
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public static string SuspendingThroughAnInlinedUnwovenMethodIsRefused()
    {
        Flow.Checkpoint();
        try
        {
            int before = Trace.Count();
            int value = Support.InlinedNotWoven.Twice(() => Flow.WaitForSignal<int>("x"));
            return "ran on: " + value + before;
        }
        catch (InvalidOperationException e) when (e.GetType().Name == "UnwovenFrameException")
        {
            return e.Message.Contains("inlined by the JIT") ? "refused: inlined frame" : "refused: unwoven frame";
        }
    }
}
