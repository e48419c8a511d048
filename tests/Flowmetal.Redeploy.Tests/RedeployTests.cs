using Flowmetal.Client;
using Flowmetal.Runtime.Tests.Infrastructure;
using Flowmetal.Storage.Redis;

namespace Flowmetal.Redeploy.Tests;

/// <summary>
/// Flows suspend in build 1 of Flowmetal.Fixtures.Redeploy, in one process, and go on in build 2, in another, on Redis:
/// edits build 2 can bridge resume on their own; the others wait for a worker of build 1 (or fail, by option), resume
/// in build 2 once it has flow upgraders, and are drained by an old worker running beside a new one.
/// </summary>
[TestClass]
public sealed class RedeployTests
{
    private const string Point = "Flowmetal.Flow::WaitForSignal<System.Int32>(System.String)(\"go\") #0";
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    [TestMethod]
    public async Task EditsThatKeepTheCallAndItsValuesResumeInTheNewBuild()
    {
        var prefix = NewPrefix();
        var v1 = BuildHost.StartFlows("v1", prefix,
            "AddedAfter:added:5", "NewLocal:local:5", "ChangedConstant:constant:5", "RenamedUnrelated:renamed:5", "PointsAdded:points:5", "Nested:nested:5");
        await using var store = await RedisFlowStore.ConnectAsync(RedisServer.Endpoint, new RedisFlowStoreOptions { KeyPrefix = prefix });
        var client = new FlowClient(store);
        StringAssert.Matches(v1["added"], new System.Text.RegularExpressions.Regex(@"^Flowmetal\.Fixtures\.Redeploy [0-9.]+ \([0-9a-f]{8}\)$"), "a suspended flow records the build that stored it");
        Assert.AreEqual(v1["added"], (await client.GetAsync(new FlowId("added"))).Build);

        using var v2 = BuildHost.Worker("v2", prefix);
        var expected = new Dictionary<string, string>
        {
            ["added"] = "v2 17 audited 10",                         // code after the point is build 2's
            ["local"] = "v2 n=5 x=7+",                              // a new local before the point (not live there) and one after
            ["constant"] = "v2 price=50 x=7",                       // the value computed before the point is the stored one
            ["renamed"] = "v2 5,7",                                 // an argument filled by name; the renamed helper is build 2's
            ["points"] = "v2 13 after two new checkpoints",         // suspension points added before and after
            ["nested"] = "v2 step12 start|got 7 in v2|finally v2",  // two changed frames, one inside try/finally, a list filled by name
        };
        foreach (var id in expected.Keys)
        {
            await client.SignalAsync(new FlowId(id), "go", 7);
        }

        foreach (var (id, result) in expected)
        {
            Assert.AreEqual(result, await client.WaitForResultAsync<string>(new FlowId(id), Patience), $"flow {id}. Worker errors: {v2.Errors}");
        }
    }

    [TestMethod]
    public async Task EditsAResumeCannotBridgeWaitForTheirBuildNamingTheValueThenResumeWithUpgraders()
    {
        var prefix = NewPrefix();
        var v1 = BuildHost.StartFlows("v1", prefix, "LocalRemoved:removed:5", "LocalRetyped:retyped:5", "SameCallAdded:same:5");
        await using var store = await RedisFlowStore.ConnectAsync(RedisServer.Endpoint, new RedisFlowStoreOptions { KeyPrefix = prefix });
        var client = new FlowClient(store);
        var refusals = new Dictionary<string, string[]>
        {
            ["removed"] = new[] { "Flowmetal.Fixtures.Redeploy.LocalRemoved::Run(System.Int32)", "local 'discount'", "no longer has" },
            ["retyped"] = new[] { "Flowmetal.Fixtures.Redeploy.LocalRetyped::Run(System.Int32)", "local 'total' was a System.Int32", "is a System.Int64" },
            ["same"] = new[] { "Flowmetal.Fixtures.Redeploy.SameCallAdded::Run(System.Int32)", "now has 2 such call(s) where it had 1" },
        };

        using (BuildHost.Worker("v2", prefix))
        {
            foreach (var id in refusals.Keys)
            {
                await client.SignalAsync(new FlowId(id), "go", 7);
            }

            foreach (var (id, parts) in refusals)
            {
                var waiting = await UntilAsync(client, id, i => i.NeedsBuild is not null);
                Assert.AreEqual(v1[id], waiting.NeedsBuild, "it waits for a worker of the build that stored it");
                foreach (var part in parts.Append(Point).Append("[FlowUpgrader("))
                {
                    StringAssert.Contains(waiting.LastAttemptError!.Message, part);
                }
            }

            // Build 2 keeps finding the flows it cannot run (every 200 ms here): that costs them no attempt.
            Thread.Sleep(1500);
            foreach (var id in refusals.Keys)
            {
                var info = await client.GetAsync(new FlowId(id));
                Assert.AreNotEqual(FlowStatus.Failed, info.Status, $"{id}: {info.Error?.Message}");
                Assert.IsNotNull(info.NeedsBuild);
            }
        }

        using var upgraded = BuildHost.Worker("v2u", prefix);
        Assert.AreEqual("v2 7", await client.WaitForResultAsync<string>(new FlowId("removed"), Patience), upgraded.Errors);
        Assert.AreEqual("v2 22", await client.WaitForResultAsync<string>(new FlowId("retyped"), Patience), upgraded.Errors);
        Assert.AreEqual("v2 112", await client.WaitForResultAsync<string>(new FlowId("same"), Patience), "resumed at the second call, 'first' set by the upgrader");
    }

    [TestMethod]
    public async Task WithIncompatibleFlowsFailTheFlowFailsNamingMethodCallAndValue()
    {
        var prefix = NewPrefix();
        BuildHost.StartFlows("v1", prefix, "LocalRetyped:retyped:5");
        await using var store = await RedisFlowStore.ConnectAsync(RedisServer.Endpoint, new RedisFlowStoreOptions { KeyPrefix = prefix });
        var client = new FlowClient(store);
        using var v2 = BuildHost.Worker("v2", prefix, "--incompatible", "fail");

        await client.SignalAsync(new FlowId("retyped"), "go", 7);
        var info = await UntilAsync(client, "retyped", i => i.Status == FlowStatus.Failed);

        foreach (var part in new[] { "Flowmetal.Fixtures.Redeploy.LocalRetyped::Run(System.Int32)", Point, "local 'total'", "System.Int64" })
        {
            StringAssert.Contains(info.Error!.Message, part);
        }
    }

    [TestMethod]
    public async Task AnOldWorkerDrainsOldFlowsWhileANewWorkerRunsNewOnes()
    {
        var prefix = NewPrefix();
        var v1 = BuildHost.StartFlows("v1", prefix, "Drain:old-1:5", "Drain:old-2:6");
        await using var store = await RedisFlowStore.ConnectAsync(RedisServer.Endpoint, new RedisFlowStoreOptions { KeyPrefix = prefix });
        var client = new FlowClient(store);
        using var v2 = BuildHost.Worker("v2u", prefix);
        await client.SignalAsync(new FlowId("old-1"), "go", 7);
        await client.SignalAsync(new FlowId("old-2"), "go", 7);
        foreach (var id in new[] { "old-1", "old-2" })
        {
            var waiting = await UntilAsync(client, id, i => i.NeedsBuild is not null);
            Assert.AreEqual(v1[id], waiting.NeedsBuild);
            StringAssert.Contains(waiting.LastAttemptError!.Message, "local 'code' was a System.String");
        }

        var v2Builds = BuildHost.StartFlows("v2u", prefix, "Drain:new-1:8");
        Assert.AreNotEqual(v1["old-1"], v2Builds["new-1"], "the two builds are told apart");
        await client.SignalAsync(new FlowId("new-1"), "go", 7);
        Assert.AreEqual("v2 8 x=7", await client.WaitForResultAsync<string>(new FlowId("new-1"), Patience));

        // Started while only the new build runs (a flow starts on whichever worker claims it first).
        var later = BuildHost.StartFlows("v2u", prefix, "Drain:new-2:9");
        using var old = BuildHost.Worker("v1", prefix, "--drain-only", "true");
        Assert.AreEqual("v1 drained order-5 x=7", await client.WaitForResultAsync<string>(new FlowId("old-1"), Patience), old.Errors);
        Assert.AreEqual("v1 drained order-6 x=7", await client.WaitForResultAsync<string>(new FlowId("old-2"), Patience), old.Errors);
        Assert.IsNull((await client.GetAsync(new FlowId("old-1"))).NeedsBuild);

        // The old worker only drains: a flow started now runs on the new build, whichever worker claims it first.
        var third = BuildHost.StartFlows("v2u", prefix, "Drain:new-3:10");
        Assert.AreEqual(v2Builds["new-1"], third["new-3"]);

        // The other way round: with only the old build running, a flow the new build stored waits for the new one.
        v2.Dispose();
        await client.SignalAsync(new FlowId("new-2"), "go", 7);
        var left = await UntilAsync(client, "new-2", i => i.NeedsBuild is not null);
        Assert.AreEqual(later["new-2"], left.NeedsBuild);
        StringAssert.Contains(left.LastAttemptError!.Message, "local 'code' was a System.Int32");
    }

    private static string NewPrefix() => "redeploy-" + Guid.NewGuid().ToString("N")[..8];

    private static async Task<FlowInfo> UntilAsync(FlowClient client, string id, Func<FlowInfo, bool> condition)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (true)
        {
            var info = await client.GetAsync(new FlowId(id));
            if (condition(info))
            {
                return info;
            }

            if (DateTime.UtcNow > deadline || info.Status is FlowStatus.Completed or FlowStatus.Failed or FlowStatus.Cancelled)
            {
                Assert.Fail($"Flow {id} did not come to the expected state: {info} {info.Error?.Message} {info.LastAttemptError?.Message}");
            }

            await Task.Delay(50);
        }
    }
}
