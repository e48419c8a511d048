using Flowmetal.Runtime.Flows;
using Flowmetal.Runtime.Tests.Infrastructure;
using Flowmetal.Storage;

namespace Flowmetal.Runtime.Tests.Contract;

/// <summary>A call with a cancelled token throws and changes nothing, in every store.</summary>
public abstract partial class FlowStoreContract
{
    [TestMethod]
    public async Task CallsWithACancelledTokenThrowAndChangeNothing()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAsync<OperationCanceledException>(() => Client.StartAsync(() => ContractFlows.Doubles(), cancellationToken: cancelled.Token));
        Assert.IsEmpty((await Client.ListAsync(pageSize: 10)).Flows, "a cancelled start creates no flow");

        var id = await Client.StartAsync(() => ContractFlows.Doubles());
        await Assert.ThrowsAsync<OperationCanceledException>(() => Store.ClaimAsync(new FlowClaimRequest { WorkerId = "cancelled", MaxCount = 10, LeaseDuration = TimeSpan.FromMinutes(1) }, cancelled.Token));
        await Assert.ThrowsAsync<OperationCanceledException>(() => Store.GetAsync(id, cancelled.Token));
        await Assert.ThrowsAsync<OperationCanceledException>(() => Store.ListAsync(null, 10, null, cancelled.Token));
        await Assert.ThrowsAsync<OperationCanceledException>(() => Store.InspectAsync(id, cancelled.Token));
        await Assert.ThrowsAsync<OperationCanceledException>(() => Store.GetHistoryAsync(id, cancelled.Token));
        await Assert.ThrowsAsync<OperationCanceledException>(() => Store.RewindAsync(id, 1, cancelled.Token));
        await Assert.ThrowsAsync<OperationCanceledException>(() => Store.RetryAsync(id, cancelled.Token));
        await Assert.ThrowsAsync<OperationCanceledException>(() => Client.CancelAsync(id, "not really", cancelled.Token));
        await Assert.ThrowsAsync<OperationCanceledException>(() => Client.SignalAsync(id, "number", 21, cancelled.Token));
        Assert.IsNull((await Client.GetAsync(id)).Worker, "a cancelled claim leaves the flow unclaimed");

        await using (new InProcessWorker(Store))
        {
            var waiting = await WaitUntilAsync(id, i => i.Status == FlowStatus.Waiting);
            Assert.AreEqual("number", waiting.Wait?.SignalName, "the cancelled signal was not buffered");
            await Client.SignalAsync(id, "number", 4);
            Assert.AreEqual(8, await Client.WaitForResultAsync<int>(id, Wait), "the cancelled cancel did not cancel, the cancelled signal did not arrive");
        }
    }
}
