using Flowmetal.Runtime.Flows;
using Flowmetal.Runtime.Flows.Support;
using Flowmetal.Runtime.Tests.Infrastructure;

namespace Flowmetal.Runtime.Tests.Contract;

/// <content>Retries: the waits between attempts are durable timers, visible in FlowInfo.</content>
public abstract partial class FlowStoreContract
{
    [TestMethod]
    public async Task RetryOfAMethodThatFailsTwiceWaitsOnDurableTimersVisibleInFlowInfo()
    {
        await using var worker = new InProcessWorker(Store);
        var key = "charge-" + Guid.NewGuid().ToString("N")[..6];

        // Waits of 1 s and 2 s: the test reads each from FlowInfo while it lasts, and a loaded 2-core machine can stall a poll for half a second.
        var id = await Client.StartAsync(() => RetryFlows.ChargeWithPolicy(key, 2, 1_000));

        var second = await WaitUntilAsync(id, i => i.Status == FlowStatus.Waiting && i.Wait?.RetryAttempt == 2);
        var third = await WaitUntilAsync(id, i => i.Status == FlowStatus.Waiting && i.Wait?.RetryAttempt == 3);
        Assert.AreEqual("charged on call 3", await Client.WaitForResultAsync<string>(id, Wait));
        Assert.AreEqual(3, Flaky.CallsOf(key));
        foreach (var (info, attempt) in new[] { (second, 2), (third, 3) })
        {
            var wait = info.Wait!;
            Assert.AreEqual(FlowWaitKind.Timer, wait.Kind);
            Assert.AreEqual(5, wait.RetryMaxAttempts);
            Assert.AreEqual("Flowmetal.Runtime.Flows.Support.Flaky::Charge", wait.RetryOf, "the wait names the method the lambda retries");
            Assert.IsNotNull(wait.Due);
            StringAssert.StartsWith(wait.Description, "retry of Flowmetal.Runtime.Flows.Support.Flaky::Charge, ");
            StringAssert.Contains(wait.Description, $"attempt {attempt} of 5, due ");
        }

        Assert.IsGreaterThan(second.Wait!.Due!.Value, third.Wait!.Due!.Value);
        Assert.IsGreaterThanOrEqualTo(3, (await Client.GetAsync(id)).Suspensions, "two retry timers and the checkpoint of the success");
    }

    [TestMethod]
    public async Task RetryRuleOfTheWeavingConfigRetriesWithDurableWaits()
    {
        await using var worker = new InProcessWorker(Store);
        var key = "rule-" + Guid.NewGuid().ToString("N")[..6];

        var id = await Client.StartAsync(() => RetryFlows.ChargeByRule(key, 2));

        var waiting = await WaitUntilAsync(id, i => i.Status == FlowStatus.Waiting && i.Wait?.RetryAttempt == 2);
        Assert.AreEqual("charged on call 3", await Client.WaitForResultAsync<string>(id, Wait));
        Assert.AreEqual("Flowmetal.Runtime.Flows.Support.Flaky::ChargeByRule", waiting.Wait!.RetryOf);
        Assert.AreEqual(4, waiting.Wait.RetryMaxAttempts);
        StringAssert.StartsWith(waiting.Wait.Description, "retry of Flowmetal.Runtime.Flows.Support.Flaky::ChargeByRule, attempt 2 of 4, due ");
    }
}
