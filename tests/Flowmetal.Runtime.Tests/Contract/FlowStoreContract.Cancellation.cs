using System.Collections.Concurrent;
using Flowmetal.Runtime.Flows;
using Flowmetal.Runtime.Flows.Support;
using Flowmetal.Runtime.Tests.Infrastructure;

namespace Flowmetal.Runtime.Tests.Contract;

/// <content>Cancellation and timeouts, delivered inside flows at their suspension points.</content>
public abstract partial class FlowStoreContract
{
    [TestMethod]
    public async Task CancelReachesARunningFlowAtItsNextCheckpointAndItsHandlersRun()
    {
        var effects = RecordEffects();
        await using var worker = new InProcessWorker(Store);
        var key = "activity-" + Guid.NewGuid().ToString("N")[..6];

        var id = await Client.StartAsync(() => CancellationFlows.Activity(key, 100));
        while (Count(effects, key + ":iteration") < 3)
        {
            await Task.Delay(10);
        }

        Assert.IsTrue(await Client.CancelAsync(id, "user pressed stop"));
        int before = Count(effects, key + ":iteration");
        var result = await Client.WaitForResultAsync<string>(id, Wait);

        int after = Count(effects, key + ":iteration");
        Assert.IsLessThanOrEqualTo(1, after - before, "once the cancellation is recorded, at most one more iteration starts: it is seen at the next checkpoint");
        Assert.AreEqual($"cancelled after {after} (user pressed stop)", result);
        Assert.AreEqual(1, Count(effects, key + ":cancelled"));
        Assert.AreEqual(1, Count(effects, key + ":finally"));
        var info = await Client.GetAsync(id);
        Assert.AreEqual(FlowStatus.Completed, info.Status, "the flow handled its cancellation and returned");
        Assert.IsFalse(info.CancelRequested);
    }

    [TestMethod]
    public async Task CancelWakesAWaitingFlowAndAnEscapingCancellationEndsItCancelled()
    {
        var effects = RecordEffects();
        await using var worker = new InProcessWorker(Store);
        var key = "sleeper-" + Guid.NewGuid().ToString("N")[..6];
        var id = await Client.StartAsync(() => CancellationFlows.SleepsUntilCancelled(key));
        await WaitUntilAsync(id, i => i.Status == FlowStatus.Waiting && i.Wait?.Kind == FlowWaitKind.Timer);

        Assert.IsTrue(await Client.CancelAsync(id));

        var error = await Assert.ThrowsExactlyAsync<FlowFailedException>(() => Client.WaitForCompletionAsync(id, Wait));
        Assert.AreEqual("Flowmetal.FlowCancelledException", error.ErrorType);
        StringAssert.Contains(error.ErrorStackTrace, "SleepsUntilCancelled");
        var info = await Client.GetAsync(id);
        Assert.AreEqual(FlowStatus.Cancelled, info.Status);
        Assert.IsNotNull(info.FinishedAt);
        Assert.AreEqual(1, Count(effects, key + ":finally"), "the flow's finally block ran");
        Assert.AreEqual(0, Count(effects, key + ":woke"), "the sleep threw instead of returning");
        Assert.IsFalse(await Client.CancelAsync(id), "a finished flow cannot be cancelled");
        await Assert.ThrowsExactlyAsync<FlowNotFoundException>(() => Client.CancelAsync(new FlowId("no-such-flow")));
    }

    [TestMethod]
    public async Task FlowCancelledBeforeItRunsEndsWithoutRunning()
    {
        var effects = RecordEffects();
        var key = "never-" + Guid.NewGuid().ToString("N")[..6];
        var id = await Client.StartAsync(() => CancellationFlows.Activity(key, 10));

        Assert.IsTrue(await Client.CancelAsync(id, "changed my mind"));
        Assert.IsTrue((await Client.GetAsync(id)).CancelRequested);
        await using var worker = new InProcessWorker(Store);

        var error = await Assert.ThrowsExactlyAsync<FlowFailedException>(() => Client.WaitForCompletionAsync(id, Wait));
        Assert.AreEqual("Flowmetal.FlowCancelledException", error.ErrorType);
        StringAssert.Contains(error.ErrorMessage, "changed my mind");
        Assert.AreEqual(0, Count(effects, key + ":iteration"));
    }

    [TestMethod]
    public async Task SignalWaitWithATimeoutThrowsWhenNoSignalComes()
    {
        await using var worker = new InProcessWorker(Store);

        var late = await Client.StartAsync(() => CancellationFlows.SignalOrTimeout(200));
        var answered = await Client.StartAsync(() => CancellationFlows.SignalOrTimeout(60_000));
        var waiting = await WaitUntilAsync(answered, i => i.Status == FlowStatus.Waiting);
        await Client.SignalAsync(answered, "answer", "42");

        StringAssert.StartsWith(await Client.WaitForResultAsync<string>(late, Wait), $"timed out: Flow {late}");
        StringAssert.Contains(await Client.WaitForResultAsync<string>(late, Wait), "signal 'answer' did not arrive by");
        Assert.AreEqual("got 42", await Client.WaitForResultAsync<string>(answered, Wait));
        Assert.AreEqual(FlowWaitKind.Signal, waiting.Wait!.Kind);
        Assert.IsNotNull(waiting.Wait.Due, "FlowInfo shows when the signal wait times out");
        StringAssert.Contains(waiting.Wait.Description, "until");
    }

    [TestMethod]
    public async Task FlowTimeoutIsDeliveredAtItsNextSuspensionAndEndsItFailed()
    {
        await using var worker = new InProcessWorker(Store);

        var id = await Client.StartAsync(() => CancellationFlows.RunsForever(), TimeSpan.FromMilliseconds(300));

        var error = await Assert.ThrowsExactlyAsync<FlowFailedException>(() => Client.WaitForResultAsync<int>(id, Wait));
        Assert.AreEqual("Flowmetal.FlowTimeoutException", error.ErrorType);
        StringAssert.Contains(error.ErrorMessage, $"Flow {id} (Flowmetal.Runtime.Flows.CancellationFlows::RunsForever()) did not finish within its timeout");
        var info = await Client.GetAsync(id);
        Assert.AreEqual(FlowStatus.Failed, info.Status);
        Assert.IsNotNull(info.Deadline);
    }

    private static ConcurrentDictionary<string, int> RecordEffects()
    {
        var effects = new ConcurrentDictionary<string, int>();
        SideEffects.Sink = key => effects.AddOrUpdate(key, 1, (_, n) => n + 1);
        return effects;
    }

    private static int Count(ConcurrentDictionary<string, int> effects, string key) => effects.TryGetValue(key, out var n) ? n : 0;
}
