namespace Flowmetal.Fody.Passes;

/// <summary>The ordered list of passes: the one place that says what weaving does, and in which order.</summary>
internal static class WeavingPipeline
{
    public static void Run(WeavingContext context)
    {
        IWeavingPass[] passes =
        {
            new SkipWovenAssemblyPass(),
            new SelectMethodsPass(),
            new RetryCallsPass(),
            new SuspendabilityPass(),
            new RefuseUnweavablePass(),
            new UnwovenCallerPass(),
            new UnwovenPathPass(),
            new InlineSmallCalleesPass(),
            new WeaveMethodsPass(),
            new MarkWovenMethodsPass(),
            new MarkDelegateTargetsPass(),
            new RegisterStaticsPass(),
            new CheckUpgradersPass(),
            new StampAssemblyPass(),
        };
        foreach (var pass in passes)
        {
            if (context.Stopped)
            {
                return;
            }

            pass.Run(context);
        }
    }
}
