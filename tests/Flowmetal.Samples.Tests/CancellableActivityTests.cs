using System.Text.RegularExpressions;
using Flowmetal.Runtime.Tests.Infrastructure;

namespace Flowmetal.Samples.Tests;

/// <summary>samples/CancellableActivity: the child heartbeats, is cancelled after three seconds and cleans up.</summary>
[TestClass]
public sealed class CancellableActivityTests
{
    [TestMethod]
    public void InMemoryTheParentCancelsTheHeartbeatingChildWhichCleansUp()
    {
        var output = SampleProgram.Run("CancellableActivity");

        AssertCancelledAndCleanedUp(output, output);
    }

    [TestMethod]
    public void OnRedisTheChildHeartbeatsInTwoWorkerProcessesAndIsCancelledThere()
    {
        var redis = $"--redis {RedisServer.Endpoint} --prefix {RedisServer.UniquePrefix("cancellable")}";
        using var worker = SampleProgram.Start("CancellableActivity", $"{redis} worker");
        using var another = SampleProgram.Start("CancellableActivity", $"{redis} worker");
        var output = SampleProgram.Run("CancellableActivity", $"{redis} start");

        // Parent and child may each step on either worker: what matters is that the work is in theirs.
        AssertCancelledAndCleanedUp(output, worker.Output + another.Output);
        Assert.IsFalse(output.Contains("child: heartbeat", StringComparison.Ordinal), "the starting process only starts and waits; the worker does the work");
    }

    private static void AssertCancelledAndCleanedUp(string outcome, string work)
    {
        StringAssert.Matches(outcome, new Regex(@"parent: child ended with Flowmetal\.FlowCancelledException: .*the parent does not need the result any more"));
        var child = Regex.Match(outcome, @"child flow \S+: Cancelled after (\d+) heartbeats");
        Assert.IsTrue(child.Success, outcome);

        // Three seconds of half-second heartbeats: about six; loose bounds, as a loaded machine wakes timers late.
        int beats = int.Parse(child.Groups[1].Value);
        Assert.IsTrue(beats >= 2 && beats <= 12, $"{beats} heartbeats in 3 s:\n{outcome}");
        StringAssert.Matches(work, new Regex(@"child: cancelled after \d+ heartbeats .*; cleaning up"));
        StringAssert.Contains(work, "child: heartbeat 1, working");
    }
}
