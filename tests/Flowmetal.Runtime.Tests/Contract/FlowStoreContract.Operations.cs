using Flowmetal.Client;
using Flowmetal.Runtime.Flows;
using Flowmetal.Runtime.Flows.Support;
using Flowmetal.Runtime.Tests.Infrastructure;
using Flowmetal.Storage;

namespace Flowmetal.Runtime.Tests.Contract;

/// <content>What operators do: a waiting flow's frames with their locals, kept continuations, retry, rewind.</content>
public abstract partial class FlowStoreContract
{
    [TestMethod]
    public async Task AWaitingFlowShowsEachFrameWithItsLocals()
    {
        await using var worker = new InProcessWorker(Store);
        var id = await Client.StartAsync(() => OperatorFlows.Order("ann", 3));

        var info = await WaitUntilAsync(id, i => i.Status == FlowStatus.Waiting);

        CollectionAssert.AreEqual(
            new[] { "Approve", "Price", "Order" },
            info.Stack.Select(f => f.Method.Split("::")[1].Split('(')[0]).ToArray(),
            "innermost first");
        var approve = info.Stack[0].Locals.ToDictionary(l => l.Name, l => l.Value);
        Assert.AreEqual("1350", approve["cents"]);
        Assert.AreEqual("1000", approve["threshold"]);
        Assert.AreEqual("OrderNote { Author = \"ann\", Text = \"rush\" }", approve["note"]);
        Assert.AreEqual("int", info.Stack[0].Locals.Single(l => l.Name == "cents").Type, "from the method's signature");
        var price = info.Stack[1].Locals.ToDictionary(l => l.Name);
        Assert.AreEqual("0.25", price["discount"].Value);
        Assert.AreEqual(FlowLocalKind.Local, price["discount"].Kind);
        Assert.AreEqual(FlowLocalKind.Argument, price["customer"].Kind);
        Assert.AreEqual("\"ann\"", price["customer"].Value);
        var order = info.Stack[2].Locals.ToDictionary(l => l.Name, l => l.Value);
        Assert.AreEqual("List<string>(3) [\"apple\", \"pear\", \"plum\"]", order["lines"]);
        Assert.AreEqual("3", order["quantity"]);
        Assert.IsTrue(info.Stack.All(f => f.Line > 0), "each frame names its line");

        var listed = (await Client.ListAsync(FlowStatus.Waiting)).Flows.Single(f => f.Id == id);
        Assert.HasCount(3, listed.Stack);
        await Client.SignalAsync(id, "decision", "yes");
        Assert.AreEqual("yes!3 ann 1350 0.25 3 rush x3 of 3", await Client.WaitForResultAsync<string>(id, Wait));
    }

    [TestMethod]
    public async Task TheStoreKeepsTheLastContinuationsNewestFirstWithTheirLocals()
    {
        var limited = await CreateStoreAsync(new FlowStoreLimits { KeptContinuations = 3 });
        try
        {
            var client = new FlowClient(limited, new FlowClientOptions { PollInterval = TimeSpan.FromMilliseconds(100) });
            await using var worker = new InProcessWorker(limited);
            var id = await client.StartAsync(() => OperatorFlows.Steps(5));
            await WaitUntilAsync(client, id, i => i.Status == FlowStatus.Waiting);

            var history = await client.GetHistoryAsync(id);

            CollectionAssert.AreEqual(new[] { 6, 5, 4 }, history.Select(c => c.Number).ToArray(), "five checkpoints and the wait; the last three kept");
            Assert.AreEqual(FlowWaitKind.Signal, history[0].Wait.Kind);
            Assert.AreEqual(FlowWaitKind.Checkpoint, history[1].Wait.Kind);
            Assert.AreEqual("5", history[0].Stack[0].Locals.Single(l => l.Name == "done").Value);
            Assert.AreEqual("5", history[1].Stack[0].Locals.Single(l => l.Name == "done").Value);
            Assert.AreEqual("4", history[2].Stack[0].Locals.Single(l => l.Name == "done").Value);
            Assert.IsTrue(history[0].SavedAt >= history[2].SavedAt);
            Assert.IsNull(history[0].RestoredFrom);
            await Assert.ThrowsExactlyAsync<FlowNotFoundException>(() => client.GetHistoryAsync(new FlowId("no-such-flow")));
        }
        finally
        {
            await DisposeStoreAsync(limited);
        }
    }

    [TestMethod]
    public async Task RetryRunsAFailedFlowAgainFromItsLastContinuationWithTheSignalItHadResumedWith()
    {
        var key = "fragile-" + Guid.NewGuid().ToString("N")[..6];
        await using var worker = new InProcessWorker(Store);
        var id = await Client.StartAsync(() => OperatorFlows.Fragile(key));
        await WaitUntilAsync(id, i => i.Status == FlowStatus.Waiting);
        var notFailed = await Assert.ThrowsExactlyAsync<InvalidOperationException>(() => Client.RetryAsync(id));
        StringAssert.Contains(notFailed.Message, $"Flow {id} is Waiting, not Failed: only a failed flow can be retried");

        await Client.SignalAsync(id, "go", "payload-1");
        var failed = await Assert.ThrowsExactlyAsync<FlowFailedException>(() => Client.WaitForResultAsync<string>(id, Wait));
        StringAssert.Contains(failed.Message, "is down");
        OperatorInputs.Set(key, "fixed", 1);

        await Client.RetryAsync(id);

        Assert.AreEqual("prepared,payload-1,done", await Client.WaitForResultAsync<string>(id, Wait), "the failed step ran again with its signal");
        Assert.AreEqual(1, OperatorInputs.Recorded(key, "prepared"), "what ran before the last continuation did not run again");
        Assert.AreEqual(2, OperatorInputs.Recorded(key, "resumed"));
        var info = await Client.GetAsync(id);
        Assert.AreEqual(FlowStatus.Completed, info.Status);
        Assert.IsNull(info.Error);
    }

    [TestMethod]
    public async Task RetryOfAFlowThatNeverSuspendedRunsItFromItsEntryCall()
    {
        var key = "start-" + Guid.NewGuid().ToString("N")[..6];
        await using var worker = new InProcessWorker(Store);
        var id = await Client.StartAsync(() => OperatorFlows.FailsAtStart(key));
        await Assert.ThrowsExactlyAsync<FlowFailedException>(() => Client.WaitForResultAsync<string>(id, Wait));
        OperatorInputs.Set(key, "fixed", 1);

        Assert.AreEqual(0, await Client.RetryAsync(id));

        Assert.AreEqual("started 2", await Client.WaitForResultAsync<string>(id, Wait));
    }

    [TestMethod]
    public async Task AFlowThatKeepsNoHistoryCanStillBeRetriedAndNotRewound()
    {
        var limited = await CreateStoreAsync(new FlowStoreLimits { KeptContinuations = 0, FinishedFlowRetention = TimeSpan.FromSeconds(1) });
        try
        {
            var key = "nohistory-" + Guid.NewGuid().ToString("N")[..6];
            var client = new FlowClient(limited, new FlowClientOptions { PollInterval = TimeSpan.FromMilliseconds(100) });
            FlowId id;
            await using (var worker = new InProcessWorker(limited))
            {
                id = await client.StartAsync(() => OperatorFlows.Fragile(key));
                await client.SignalAsync(id, "go", "p");
                await Assert.ThrowsExactlyAsync<FlowFailedException>(() => client.WaitForResultAsync<string>(id, Wait));
                Assert.HasCount(1, await client.GetHistoryAsync(id), "a failed flow keeps its last continuation");
            }

            // With no worker running, so that it stays waiting to be looked at.
            await client.RetryAsync(id);

            Assert.IsEmpty(await client.GetHistoryAsync(id));
            await Task.Delay(TimeSpan.FromSeconds(2), TestContext.CancellationToken);
            Assert.AreEqual(FlowStatus.Waiting, (await client.GetAsync(id)).Status, "a retried flow no longer expires");
            var refused = await Assert.ThrowsExactlyAsync<InvalidOperationException>(() => client.RewindAsync(id, 1));
            StringAssert.Contains(refused.Message, $"Flow {id} has no stored checkpoint 1: the store keeps none of its continuations (FlowStoreLimits.KeptContinuations = 0)");

            OperatorInputs.Set(key, "fixed", 1);
            await using (var worker = new InProcessWorker(limited))
            {
                Assert.AreEqual("prepared,p,done", await client.WaitForResultAsync<string>(id, Wait));
            }
        }
        finally
        {
            await DisposeStoreAsync(limited);
        }
    }

    [TestMethod]
    public async Task RewindToAnEarlierCheckpointGivesTheResultAPlainRunFromThereWould()
    {
        var key = "quote-" + Guid.NewGuid().ToString("N")[..6];
        OperatorInputs.Set(key, "rate", 2);
        OperatorInputs.Set(key, "fee", 5);
        await using var worker = new InProcessWorker(Store);
        var id = await Client.StartAsync(() => OperatorFlows.Quote(key));
        await WaitUntilAsync(id, i => i.Status == FlowStatus.Waiting);
        var history = await Client.GetHistoryAsync(id);
        CollectionAssert.AreEqual(new[] { 3, 2, 1 }, history.Select(c => c.Number).ToArray());
        Assert.AreEqual("205", history[0].Stack[0].Locals.Single(l => l.Name == "price").Value);
        Assert.AreEqual("100", history[2].Stack[0].Locals.Single(l => l.Name == "price").Value);
        var missing = await Assert.ThrowsExactlyAsync<InvalidOperationException>(() => Client.RewindAsync(id, 99));
        StringAssert.Contains(missing.Message, "has no stored checkpoint 99: the store keeps #3, #2, #1");

        // The rate was wrong: fix it, and take the flow back to before it read it.
        OperatorInputs.Set(key, "rate", 3);
        int restored = await Client.RewindAsync(id, 1);

        Assert.AreEqual(4, restored);
        var again = await WaitUntilAsync(id, i => i.Status == FlowStatus.Waiting && i.Suspensions > 4);
        Assert.AreEqual("305", again.Stack[0].Locals.Single(l => l.Name == "price").Value);
        await Client.SignalAsync(id, "confirm", true);
        int rewound = await Client.WaitForResultAsync<int>(id, Wait);
        var plain = await Client.StartAsync(() => OperatorFlows.Quote(key));
        await WaitUntilAsync(plain, i => i.Status == FlowStatus.Waiting);
        await Client.SignalAsync(plain, "confirm", true);
        Assert.AreEqual(await Client.WaitForResultAsync<int>(plain, Wait), rewound);
        Assert.AreEqual(305, rewound);

        var kept = await Client.GetHistoryAsync(id);
        Assert.AreEqual(1, kept.Single(c => c.Number == 4).RestoredFrom, "the restored continuation is kept as the newest, naming where it came from");

        // A completed flow can be taken back too: its result is cleared and it waits again.
        await Client.RewindAsync(id, kept[0].Number);
        var reopened = await Client.GetAsync(id);
        Assert.AreEqual(FlowStatus.Waiting, reopened.Status);
        Assert.IsNull(reopened.FinishedAt);
        await Client.SignalAsync(id, "confirm", false);
        Assert.AreEqual(-305, await Client.WaitForResultAsync<int>(id, Wait));
    }

    [TestMethod]
    public async Task RewindOfAFailedFlowWaitsAgainForTheSignalItsFailedStepHadTaken()
    {
        var key = "resend-" + Guid.NewGuid().ToString("N")[..6];
        await using var worker = new InProcessWorker(Store);
        var id = await Client.StartAsync(() => OperatorFlows.Fragile(key));
        await WaitUntilAsync(id, i => i.Status == FlowStatus.Waiting);
        await Client.SignalAsync(id, "go", "wrong");
        await Assert.ThrowsExactlyAsync<FlowFailedException>(() => Client.WaitForResultAsync<string>(id, Wait));
        OperatorInputs.Set(key, "fixed", 1);
        var waitedForGo = (await Client.GetHistoryAsync(id)).First(c => c.Wait.SignalName == "go");

        await Client.RewindAsync(id, waitedForGo.Number);

        var waiting = await WaitUntilAsync(id, i => i.Status == FlowStatus.Waiting);
        Assert.AreEqual("go", waiting.Wait!.SignalName, "the signal the failed step had taken is not taken again");
        await Client.SignalAsync(id, "go", "right");
        Assert.AreEqual("prepared,right,done", await Client.WaitForResultAsync<string>(id, Wait));
    }

    [TestMethod]
    public async Task ARunningFlowIsNeverRewoundUnderItsWorkersFeet()
    {
        var key = "busy-" + Guid.NewGuid().ToString("N")[..6];
        await using var worker = new InProcessWorker(Store);
        var id = await Client.StartAsync(() => OperatorFlows.Busy(key));
        try
        {
            var running = await WaitUntilAsync(id, i => i.Status == FlowStatus.Running && OperatorInputs.Recorded(key, "running") == 1);

            var refused = await Assert.ThrowsExactlyAsync<InvalidOperationException>(() => Client.RewindAsync(id, 1));

            StringAssert.Contains(refused.Message, $"Flow {id} is running on worker {running.Worker}: a flow can be rewound while it waits or once it has ended");
        }
        finally
        {
            OperatorInputs.Release(key);
        }

        Assert.AreEqual("released", await Client.WaitForResultAsync<string>(id, Wait));
        await Assert.ThrowsExactlyAsync<FlowNotFoundException>(() => Client.RetryAsync(new FlowId("no-such-flow")));
    }

    public TestContext TestContext { get; set; } = null!;

    private async Task<FlowInfo> WaitUntilAsync(FlowClient client, FlowId id, Func<FlowInfo, bool> condition)
    {
        var deadline = DateTime.UtcNow + Wait;
        while (true)
        {
            var info = await client.GetAsync(id);
            if (condition(info))
            {
                return info;
            }

            Assert.IsLessThan(deadline, DateTime.UtcNow, $"flow {id} did not reach the state; it is {info.Status}, waiting on {info.Wait?.Description}");
            await Task.Delay(20);
        }
    }

    private static async Task DisposeStoreAsync(IFlowStore store)
    {
        if (store is IAsyncDisposable disposable)
        {
            await disposable.DisposeAsync();
        }
    }
}
