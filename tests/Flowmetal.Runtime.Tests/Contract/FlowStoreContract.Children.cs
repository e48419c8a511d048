using System.Collections.Concurrent;
using Flowmetal.Runtime.Flows;
using Flowmetal.Runtime.Flows.Support;
using Flowmetal.Runtime.Tests.Infrastructure;

namespace Flowmetal.Runtime.Tests.Contract;

/// <content>Child flows: start, join, fan-out and fan-in, failures, timeouts and cancellation of children.</content>
public abstract partial class FlowStoreContract
{
    [TestMethod]
    public async Task ChildResultIsJoinedAndTheFamilyIsLinked()
    {
        await using var worker = new InProcessWorker(Store);

        var id = await Client.StartAsync(() => ChildFlows.JoinOne(6));

        Assert.AreEqual(37, await Client.WaitForResultAsync<int>(id, Wait));
        var parent = await Client.GetAsync(id);
        var childId = parent.Children.Single();
        Assert.AreEqual(new FlowId(id.Value + "/0.0"), childId, "the child's id is the parent's, its suspensions before the start and the start's index");
        var child = await Client.GetAsync(childId);
        Assert.AreEqual(id, child.Parent);
        Assert.AreEqual(FlowStatus.Completed, child.Status);
        Assert.AreEqual(36, await Client.WaitForResultAsync<int>(childId, Wait));
    }

    [TestMethod]
    public async Task FanOutOfFiftyChildrenIsJoinedWithJoinAll()
    {
        await using var worker = new InProcessWorker(Store, threads: 8);

        var id = await Client.StartAsync(() => ChildFlows.FanOut(50));

        Assert.AreEqual(Enumerable.Range(1, 50).Sum(n => n * n), await Client.WaitForResultAsync<int>(id, Wait));

        // The join's wait as the store kept it: polling FlowInfo for it races the children, which may all end first.
        var joining = (await Client.GetHistoryAsync(id)).Single(c => c.Wait.Kind == FlowWaitKind.Child).Wait;
        Assert.HasCount(50, joining.Children);
        Assert.AreEqual(FlowJoinMode.All, joining.JoinMode);
        Assert.AreEqual(joining.Children[0], joining.Child);
        StringAssert.Contains(joining.Description, "all of 50 child flows");
        var parent = await Client.GetAsync(id);
        CollectionAssert.AreEqual(joining.Children.ToArray(), parent.Children.ToArray());
        foreach (var childId in parent.Children)
        {
            var child = await Client.GetAsync(childId);
            Assert.AreEqual(FlowStatus.Completed, child.Status);
            Assert.AreEqual(id, child.Parent);
        }
    }

    [TestMethod]
    public async Task FailedChildIsRethrownInTheParentWithItsError()
    {
        await using var worker = new InProcessWorker(Store);

        var id = await Client.StartAsync(() => ChildFlows.JoinFailedChild());
        var result = await Client.WaitForResultAsync<string>(id, Wait);

        var childId = (await Client.GetAsync(id)).Children.Single();
        Assert.AreEqual($"{childId} System.InvalidOperationException: child broke", result);
        var child = await Client.GetAsync(childId);
        Assert.AreEqual(FlowStatus.Failed, child.Status);
        StringAssert.Contains(child.Error!.StackTrace, "ChildFlows.Fails");
    }

    [TestMethod]
    public async Task JoinAnyReturnsTheFirstChildAndACancelledChildJoinsAsFailed()
    {
        await using var worker = new InProcessWorker(Store);

        var id = await Client.StartAsync(() => ChildFlows.FirstToFinish());

        Assert.AreEqual("1 49 Flowmetal.FlowCancelledException", await Client.WaitForResultAsync<string>(id, Wait));
        var slow = await Client.GetAsync((await Client.GetAsync(id)).Children[0]);
        Assert.AreEqual(FlowStatus.Cancelled, slow.Status);
        StringAssert.Contains(slow.Error!.Message, "not needed any more");
    }

    [TestMethod]
    public async Task ChildTimeoutIsDeliveredInTheChildAndEndsItFailed()
    {
        await using var worker = new InProcessWorker(Store);

        var id = await Client.StartAsync(() => ChildFlows.ChildWithTimeout(300));

        Assert.AreEqual("Flowmetal.FlowTimeoutException", await Client.WaitForResultAsync<string>(id, Wait));
        var child = await Client.GetAsync((await Client.GetAsync(id)).Children.Single());
        Assert.AreEqual(FlowStatus.Failed, child.Status);
        Assert.AreEqual("Flowmetal.FlowTimeoutException", child.Error!.Type);
        StringAssert.Contains(child.Error.Message, "did not finish within its timeout");
        Assert.IsNotNull(child.Deadline);
    }

    [TestMethod]
    public async Task CancellingAParentCancelsItsAttachedChildrenButNotDetachedOnes()
    {
        var spins = new ConcurrentDictionary<string, int>();
        SideEffects.Sink = key => spins.AddOrUpdate(key, 1, (_, n) => n + 1);
        await using var worker = new InProcessWorker(Store);
        var key = "family-" + Guid.NewGuid().ToString("N")[..6];

        var id = await Client.StartAsync(() => ChildFlows.ParentOfSpinners(key));
        var parent = await WaitUntilAsync(id, i => i.Status == FlowStatus.Waiting && i.Wait?.Kind == FlowWaitKind.Signal);
        Assert.HasCount(3, parent.Children);
        await WaitUntilAsync(parent.Children[0], i => i.Suspensions > 1);
        await WaitUntilAsync(parent.Children[1], i => i.Suspensions > 1);
        await WaitUntilAsync(parent.Children[2], i => i.Suspensions > 1);

        Assert.IsTrue(await Client.CancelAsync(id, "the order was withdrawn"));

        var cancelled = await Assert.ThrowsExactlyAsync<FlowFailedException>(() => Client.WaitForResultAsync<object>(id, Wait));
        Assert.AreEqual("Flowmetal.FlowCancelledException", cancelled.ErrorType);
        StringAssert.Contains(cancelled.ErrorMessage, "the order was withdrawn");
        Assert.AreEqual(FlowStatus.Cancelled, (await Client.GetAsync(id)).Status);
        foreach (var attached in parent.Children.Take(2))
        {
            var error = await Assert.ThrowsExactlyAsync<FlowFailedException>(() => Client.WaitForCompletionAsync(attached, Wait));
            Assert.AreEqual("Flowmetal.FlowCancelledException", error.ErrorType);
            StringAssert.Contains(error.ErrorMessage, $"its parent flow {id} was cancelled");
        }

        var detached = await Client.GetAsync(parent.Children[2]);
        Assert.IsFalse(detached.Status is FlowStatus.Cancelled or FlowStatus.Completed or FlowStatus.Failed, $"the detached child runs on: {detached}");
        Assert.IsFalse(detached.CancelRequested);
        Assert.IsTrue(await Client.CancelAsync(parent.Children[2]));
        await Assert.ThrowsExactlyAsync<FlowFailedException>(() => Client.WaitForCompletionAsync(parent.Children[2], Wait));
    }

    [TestMethod]
    public async Task FailingParentCancelsItsRunningChild()
    {
        await using var worker = new InProcessWorker(Store);
        var key = "orphan-" + Guid.NewGuid().ToString("N")[..6];

        var id = await Client.StartAsync(() => ChildFlows.FailsWithRunningChild(key));

        var failed = await Assert.ThrowsExactlyAsync<FlowFailedException>(() => Client.WaitForCompletionAsync(id, Wait));
        Assert.AreEqual("parent broke", failed.ErrorMessage);
        var childId = (await Client.GetAsync(id)).Children.Single();
        var child = await Assert.ThrowsExactlyAsync<FlowFailedException>(() => Client.WaitForCompletionAsync(childId, Wait));
        Assert.AreEqual("Flowmetal.FlowCancelledException", child.ErrorType);
        StringAssert.Contains(child.ErrorMessage, $"its parent flow {id} failed");
    }
}
