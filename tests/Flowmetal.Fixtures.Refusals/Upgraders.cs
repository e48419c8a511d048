using Flowmetal.Versioning;

namespace Flowmetal.Fixtures.Refusals.Upgraders;

/// <summary>A woven flow and upgraders for it, one of each kind the weaver refuses (FL0301, FL0302).</summary>
public static class Approval
{
    public static int Run(int n)
    {
        int total = n;
        total += Flow.WaitForSignal<int>("go");
        return total;
    }

    [FlowUpgrader("Flowmetal.Fixtures.Refusals.Upgraders.Approval::Run(System.Int32)", "*")]
    private static FrameResume Good(int total, StoredFrame old) => FrameResume.AtSamePoint().With("total", total + old.ResumePoint);

    [FlowUpgrader("Flowmetal.Fixtures.Refusals.Upgraders.Approval::Run(System.String)", "*")]
    private static FrameResume WrongSignature() => FrameResume.AtSamePoint(); // FL0302 signature

    [FlowUpgrader("Flowmetal.Fixtures.Refusals.Upgraders.Approval::Run(System.Int32)", "*")]
    private static int NotAResume(int total) => total; // FL0301 result
}
