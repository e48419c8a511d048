using Flowmetal.Versioning;

namespace Flowmetal.Fixtures.Redeploy;

/// <summary>Maps frames of build 1 that build 2 refuses on its own.</summary>
public static class Upgraders
{
    // 'discount' is gone: the flow resumes at the same call without it.
    [FlowUpgrader("Flowmetal.Fixtures.Redeploy.LocalRemoved::Run(System.Int32)", "*")]
    private static FrameResume LocalRemoved(StoredFrame old) => old.ResumeAtSamePoint();

    // The stored 'total' comes in by name; build 2 keeps it as a long.
    [FlowUpgrader("Flowmetal.Fixtures.Redeploy.LocalRetyped::Run(System.Int32)", "*", FromBuild = "Flowmetal.Fixtures.Redeploy ")]
    private static FrameResume LocalRetyped(int total) => FrameResume.AtSamePoint().With("total", (long)total);

    // Build 2 waits for "go" twice; a flow of build 1 already got its first.
    [FlowUpgrader("Flowmetal.Fixtures.Redeploy.SameCallAdded::Run(System.Int32)", "*")]
    private static FrameResume SameCallAdded() => FrameResume.At("Flow.WaitForSignal", 1).With("first", 100);
}
