using Flowmetal.Client;
using Flowmetal.Runtime.Flows;
using Flowmetal.Runtime.Tests.Infrastructure;
using Flowmetal.Storage;
using Flowmetal.Storage.Redis;
using StackExchange.Redis;

namespace Flowmetal.Runtime.Tests.Redis;

/// <summary>What only the Redis store has: key layout, prefixes, credentials in the connection string.</summary>
[TestClass]
public sealed class RedisStoreTests
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(20);

    [TestMethod]
    public async Task EveryKeyOfAFlowSharesItsHashTagAndThePrefix()
    {
        var prefix = RedisServer.UniquePrefix("keys");
        await using var store = await RedisFlowStore.ConnectAsync(RedisServer.Endpoint, new RedisFlowStoreOptions { KeyPrefix = prefix });
        var client = new FlowClient(store);
        await using (var worker = new InProcessWorker(store))
        {
            var id = await client.StartAsync(() => ContractFlows.CollectSignals(2), new FlowId("tagged"));
            await client.SignalAsync(id, "item", "x");
            await WaitForAsync(client, id, FlowStatus.Waiting);
        }

        await using var redis = await ConnectionMultiplexer.ConnectAsync(RedisServer.Endpoint);
        var keys = redis.GetServer(redis.GetEndPoints()[0]).Keys(pattern: prefix + ":*").Select(k => (string)k!).ToList();

        var flowKeys = keys.Where(k => k.Contains("tagged", StringComparison.Ordinal)).ToList();
        Assert.IsGreaterThanOrEqualTo(2, flowKeys.Count, "the flow's hash and its signal buffer");
        Assert.IsTrue(flowKeys.All(k => k.StartsWith(prefix + ":{tagged}:", StringComparison.Ordinal)), string.Join(", ", flowKeys));
        var indexKeys = keys.Except(flowKeys).ToList();
        Assert.IsTrue(indexKeys.All(k => k.StartsWith(prefix + ":{" + prefix + "}:", StringComparison.Ordinal)), string.Join(", ", indexKeys));
    }

    [TestMethod]
    public async Task ACheckpointKeptByTheFastPathHasTheHeadTheFullPathWrites()
    {
        var prefix = RedisServer.UniquePrefix("head");
        await using var store = await RedisFlowStore.ConnectAsync(RedisServer.Endpoint, new RedisFlowStoreOptions { KeyPrefix = prefix });
        const string description = "quote \" backslash \\ slash / tab \t new\nline ünï 😀 <b>&";
        var stack = new[] { new FlowStackFrame { Method = "A.B::\"C\"", SourceFile = "c:\\src\\x.cs", Line = 7 } };

        // The same checkpoint saved by two flows: one takes the checkpoint's fast path, the other (with a deadline, which the fast
        // path leaves to the full one) the full save, whose head cjson encodes.
        async Task<FlowId> SaveOneAsync(TimeSpan? timeout)
        {
            var id = FlowId.New();
            await store.CreateAsync(new FlowCreation { Id = id, EntryMethod = "M", Entry = new byte[] { 1 }, Timeout = timeout });
            var lease = (await store.ClaimAsync("w", 10, TimeSpan.FromMinutes(1))).Single(l => l.Id == id);
            var saved = store.Save(lease, new FlowSave { Continuation = new byte[] { 9 }, Stack = stack, Wait = new FlowWait { Kind = FlowWaitKind.Checkpoint, Description = description } });
            Assert.IsTrue(saved.Accepted);
            return id;
        }

        var fast = await SaveOneAsync(null);
        var full = await SaveOneAsync(TimeSpan.FromHours(1));

        await using var redis = await ConnectionMultiplexer.ConnectAsync(RedisServer.Endpoint);
        Newtonsoft.Json.Linq.JObject Head(FlowId id)
        {
            var head = Newtonsoft.Json.Linq.JObject.Parse((string)redis.GetDatabase().HashGet($"{prefix}:{{{id.Value}}}:flow", "yh:1")!);
            head.Remove("t");
            return head;
        }

        Assert.IsTrue(Newtonsoft.Json.Linq.JToken.DeepEquals(Head(full), Head(fast)), $"full: {Head(full)}\nfast: {Head(fast)}");
        var kept = (await store.GetHistoryAsync(fast)).Single();
        Assert.AreEqual(1, kept.Number);
        Assert.AreEqual(description, kept.Wait.Description);
        Assert.AreEqual(FlowWaitKind.Checkpoint, kept.Wait.Kind);
        Assert.AreEqual("A.B::\"C\"", kept.Stack[0].Method);
        Assert.AreEqual("c:\\src\\x.cs", kept.Stack[0].SourceFile);
        Assert.AreEqual(7, kept.Stack[0].Line);
    }

    [TestMethod]
    public async Task StoresWithDifferentPrefixesDoNotSeeEachOther()
    {
        await using var first = await RedisFlowStore.ConnectAsync(RedisServer.Endpoint, new RedisFlowStoreOptions { KeyPrefix = RedisServer.UniquePrefix("one") });
        await using var second = await RedisFlowStore.ConnectAsync(RedisServer.Endpoint, new RedisFlowStoreOptions { KeyPrefix = RedisServer.UniquePrefix("two") });

        var id = await new FlowClient(first).StartAsync(() => ContractFlows.Add(1, 1), new FlowId("same-id"));

        await Assert.ThrowsExactlyAsync<FlowNotFoundException>(() => new FlowClient(second).GetAsync(id));
        Assert.IsEmpty((await new FlowClient(second).ListAsync()).Flows);
        Assert.ThrowsExactly<ArgumentException>(() => new RedisFlowStoreOptions { KeyPrefix = "bad{prefix}" }.GetType()
            .GetMethod("Validate", System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.NonPublic)!
            .Invoke(new RedisFlowStoreOptions { KeyPrefix = "bad{prefix}" }, System.Reflection.BindingFlags.DoNotWrapExceptions, null, null, null));
    }

    [TestMethod]
    public async Task ConnectionStringCarriesUserAndPassword()
    {
        var user = "fm" + Guid.NewGuid().ToString("N")[..8];
        await using var admin = await ConnectionMultiplexer.ConnectAsync(RedisServer.Endpoint + ",allowAdmin=true");
        var server = admin.GetServer(admin.GetEndPoints()[0]);
        await server.ExecuteAsync("ACL", "SETUSER", user, "on", ">s3cret", "~*", "&*", "+@all");
        try
        {
            var prefix = RedisServer.UniquePrefix("acl");
            await using var store = await RedisFlowStore.ConnectAsync(
                $"{RedisServer.Endpoint},user={user},password=s3cret", new RedisFlowStoreOptions { KeyPrefix = prefix });
            var client = new FlowClient(store);
            await using var worker = new InProcessWorker(store);

            var id = await client.StartAsync(() => ContractFlows.Add(20, 22));

            Assert.AreEqual(42, await client.WaitForResultAsync<int>(id, Wait));
            var clients = (string)(await server.ExecuteAsync("CLIENT", "LIST"))!;
            StringAssert.Contains(clients, "user=" + user + " ", "the store authenticated as the connection string's user");
        }
        finally
        {
            await server.ExecuteAsync("ACL", "DELUSER", user);
        }
    }

    private static async Task WaitForAsync(FlowClient client, FlowId id, FlowStatus status)
    {
        var deadline = DateTime.UtcNow + Wait;
        while ((await client.GetAsync(id)).Status != status)
        {
            Assert.IsLessThan(deadline, DateTime.UtcNow, $"flow {id} did not reach {status}");
            await Task.Delay(20);
        }
    }
}
