using Flowmetal.Client;
using Flowmetal.Runtime.Flows;
using Flowmetal.Runtime.Tests.Infrastructure;
using Flowmetal.Storage;
using Flowmetal.Storage.Redis;
using StackExchange.Redis;

namespace Flowmetal.Runtime.Tests.Redis;

/// <summary>
/// A child's end reaches its parent through a second write (the two live in different hash slots).
/// When the finisher dies between the two, the next worker that looks at the finished child does it.
/// </summary>
[TestClass]
public sealed class RedisFlowEffectsTests
{
    [TestMethod]
    public async Task ChildEndThatNeverReachedItsParentIsRepairedByTheNextClaim()
    {
        var prefix = RedisServer.UniquePrefix("effects");
        await using var store = await RedisFlowStore.ConnectAsync(RedisServer.Endpoint, new RedisFlowStoreOptions { KeyPrefix = prefix });
        await using var redis = await ConnectionMultiplexer.ConnectAsync(RedisServer.Endpoint);
        var db = redis.GetDatabase();
        var client = new FlowClient(store);
        var parentId = await client.StartAsync(() => ContractFlows.WaitForever(), new FlowId("parent"));
        var parent = (await store.ClaimAsync("fake-parent-worker", 10, TimeSpan.FromSeconds(30))).Single();
        var childId = new FlowId("parent/0.0");
        var created = await store.StartChildAsync(parent, new FlowCreation { Id = childId, EntryMethod = "child", Entry = new byte[] { 1 } });
        Assert.IsTrue(created!.Created);
        var child = (await store.ClaimAsync("fake-child-worker", 10, TimeSpan.FromSeconds(30))).Single();
        Assert.AreEqual(parentId, child.Parent);
        Assert.IsTrue(await store.CompleteAsync(child, new byte[] { 2 }));

        // The finisher "died" after the child's own write: undo what its second write did.
        await db.HashDeleteAsync($"{prefix}:{{parent}}:flow", "e:parent/0.0");
        await db.HashSetAsync($"{prefix}:{{parent/0.0}}:flow", "fx", "1");
        await db.SortedSetAddAsync($"{prefix}:{{{prefix}}}:schedule", "parent/0.0", 0);
        var join = new FlowWait { Kind = FlowWaitKind.Child, Child = childId, Children = new[] { childId }, Description = "child flow parent/0.0" };
        var saved = await store.SaveAsync(parent, new FlowSave { Continuation = new byte[] { 3 }, Stack = Array.Empty<FlowStackFrame>(), Wait = join });
        Assert.IsFalse(saved.ContinueNow, "the parent does not know its child ended");
        Assert.AreEqual(FlowStatus.Waiting, (await client.GetAsync(parentId)).Status);

        var first = await store.ClaimAsync("repairing-worker", 10, TimeSpan.FromSeconds(30));
        var resumed = first.Count > 0 ? first : await store.ClaimAsync("repairing-worker", 10, TimeSpan.FromSeconds(30));

        var lease = resumed.Single();
        Assert.AreEqual(parentId, lease.Id, "looking at the finished child told its parent, which is now runnable");
        Assert.AreEqual(FlowWaitKind.Child, lease.ResumedFrom!.Kind);
        CollectionAssert.AreEqual(new[] { childId }, lease.ResumedFrom.Children.ToArray());
        Assert.IsFalse(await db.HashExistsAsync($"{prefix}:{{parent/0.0}}:flow", "fx"), "the child's pending effects are done");
        Assert.AreEqual("3", (string?)await db.HashGetAsync($"{prefix}:{{parent}}:flow", "e:parent/0.0"));
    }
}
