using Flowmetal.Versioning;

namespace Flowmetal.Fixtures.Redeploy;

/// <summary>Maps frames of build 1 that build 2 refuses on its own.</summary>
public static class Upgraders
{
    // 'discount' is gone: the flow resumes at the same call without it.
    [FlowUpgrader("Flowmetal.Fixtures.Redeploy.LocalRemoved::Run(System.Int32)", "*")]
    private static FrameResume LocalRemoved(StoredFrame old) => old.ResumeAtSamePoint();

    [FlowUpgrader("Flowmetal.Fixtures.Redeploy.LocalRetyped::Run(System.Int32)", "*")]
    private static FrameResume LocalRetyped(StoredFrame old) =>
        old.ResumeAtSamePoint().With("total", (long)old.Get<int>("total"));

    // Build 2 waits for "go" twice; a flow of build 1 already got its first.
    [FlowUpgrader("Flowmetal.Fixtures.Redeploy.SameCallAdded::Run(System.Int32)", "*")]
    private static FrameResume SameCallAdded(StoredFrame old) =>
        FrameResume.At("Flow.WaitForSignal", 1).With("first", 100);
}
