using Flowmetal.Client;
using Flowmetal.Runtime.Flows;
using Flowmetal.Runtime.Tests.Infrastructure;
using Flowmetal.Storage.InMemory;
using Flowmetal.Worker;

namespace Flowmetal.Runtime.Tests.Versioning;

/// <summary>A worker kept to drain an old build starts no flow: it leaves new ones, uncounted, for the other workers.</summary>
[TestClass]
public sealed class DrainOnlyWorkerTests
{
    [TestMethod]
    public async Task ADrainOnlyWorkerLeavesAFlowThatHasNotStartedForAnotherWorker()
    {
        var store = new InMemoryFlowStore();
        var client = new FlowClient(store);
        var id = await client.StartAsync(() => ContractFlows.Add(2, 3));

        FlowInfo left;
        await using (new InProcessWorker(store, new FlowWorkerOptions
        {
            DrainOnly = true,
            PollInterval = TimeSpan.FromMilliseconds(50),
            IncompatibleFlowRecheck = TimeSpan.FromMilliseconds(100),
            MaxIncompatibleFlowRecheck = TimeSpan.FromMilliseconds(100),
        }))
        {
            left = await WaitUntilAsync(client, id, i => i.LastAttemptError is not null);
            await Task.Delay(500);
            Assert.AreNotEqual(FlowStatus.Completed, (await client.GetAsync(id)).Status, "it keeps leaving the flow, and never runs it");
        }

        await using var other = new InProcessWorker(store);
        Assert.AreEqual(5, await client.WaitForResultAsync<int>(id, TimeSpan.FromSeconds(20)));
        StringAssert.Contains(left.LastAttemptError!.Message, "only resumes flows that have (FlowWorkerOptions.DrainOnly)");
        Assert.IsNull(left.NeedsBuild, "any other worker may start it");
    }

    private static async Task<FlowInfo> WaitUntilAsync(FlowClient client, FlowId id, Func<FlowInfo, bool> condition)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(20);
        while (true)
        {
            var info = await client.GetAsync(id);
            if (condition(info))
            {
                return info;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Flow {id} did not reach the expected state; it is {info}.");
            }

            await Task.Delay(20);
        }
    }
}
