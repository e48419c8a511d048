using Flowmetal.Client;
using Flowmetal.Runtime.Flows;
using Flowmetal.Runtime.Tests.Infrastructure;
using Flowmetal.Storage;
using Flowmetal.Storage.Redis;
using StackExchange.Redis;

namespace Flowmetal.Runtime.Tests.Redis;

/// <summary>
/// A damaged record in Redis (an older deployment's bug, a hand edit, a bad write), planted with raw commands. It is
/// reported and stepped around: listings and other flows' gets and claims go on; its own get says what is damaged; a
/// worker that claims it ends it failed (or cancelled, when that was asked) naming the damage; healthy flows claimed in
/// the same batch complete.
/// </summary>
[TestClass]
public sealed class RedisDamageTests : RawRedisStoreTests
{
    public RedisDamageTests()
        : base("damage", TimeSpan.FromMilliseconds(100))
    {
    }

    [TestMethod]
    public async Task WaitDetailsThatAreNotJsonFailOnlyThatFlowAndNotItsClaimBatch()
    {
        var damaged = await CheckpointedOnceAsync();
        await Db.HashSetAsync(FlowKey(damaged), "wx", "not json");
        var healthy = await StartHealthyAsync(3);

        var info = await Client.GetAsync(damaged);
        var listed = await Client.ListAsync();
        await using var worker = new InProcessWorker(Store, threads: 8);

        StringAssert.Contains(info.Damage, "field 'wx' (the wait's details) holds 'not json'");
        Assert.HasCount(4, listed.Flows, "a damaged flow is still listed, with its damage");
        Assert.AreEqual(info.Damage, listed.Flows.Single(f => f.Id == damaged).Damage);
        await AssertHealthyCompleteAsync(healthy);
        var failed = await Assert.ThrowsExactlyAsync<FlowFailedException>(() => Client.WaitForResultAsync<int>(damaged, Wait));
        Assert.AreEqual(typeof(FlowDamagedException).FullName, failed.ErrorType);
        StringAssert.Contains(failed.ErrorMessage, $"Flow {damaged} (Flowmetal.Runtime.Flows.ContractFlows::CountWithCheckpoints(System.Int32)): its stored record is damaged");
        StringAssert.Contains(failed.ErrorMessage, "field 'wx' (the wait's details) holds 'not json'");
    }

    [TestMethod]
    public async Task ParentIdThatIsNotAnIdIsReportedByGetAndListAndFailsTheFlow()
    {
        var damaged = await CheckpointedOnceAsync();
        await Db.HashSetAsync(FlowKey(damaged), "par", "evil{id}");
        var healthy = await StartHealthyAsync(2);

        var listed = await Client.ListAsync(FlowStatus.Pending);
        await using var worker = new InProcessWorker(Store);

        Assert.HasCount(3, listed.Flows);
        StringAssert.Contains(listed.Flows.Single(f => f.Id == damaged).Damage, "field 'par' (the parent's id) holds 'evil{id}'");
        await AssertHealthyCompleteAsync(healthy);
        var failed = await Assert.ThrowsExactlyAsync<FlowFailedException>(() => Client.WaitForResultAsync<int>(damaged, Wait));
        StringAssert.Contains(failed.ErrorMessage, "field 'par' (the parent's id) holds 'evil{id}'");
        var after = await Client.GetAsync(damaged);
        Assert.AreEqual(FlowStatus.Failed, after.Status);
        StringAssert.Contains(after.Damage, "'par'", "the damage is still reported after the flow ended");
    }

    [TestMethod]
    public async Task IndexEntryThatIsNotAFlowIdIsReportedByListAndDroppedByClaims()
    {
        var healthy = await StartHealthyAsync(3);
        foreach (var index in new[] { "all", "status:0" })
        {
            await Db.SortedSetAddAsync(IndexKey(index), "evil{id}", 1);
        }

        await Db.SortedSetAddAsync(IndexKey("schedule"), "evil{id}", 0);

        var listed = await Client.ListAsync();
        var pending = await Client.ListAsync(FlowStatus.Pending, pageSize: 2);
        await using var worker = new InProcessWorker(Store);

        CollectionAssert.AreEquivalent(healthy, listed.Flows.Select(f => f.Id).ToArray());
        Assert.AreEqual("evil{id}", listed.Damaged.Single().Id);
        StringAssert.Contains(listed.Damaged.Single().Problem, "not a flow id");
        Assert.HasCount(2, pending.Flows, "paging goes on around it");
        await AssertHealthyCompleteAsync(healthy);
        Assert.IsNull(await Db.SortedSetScoreAsync(IndexKey("schedule"), "evil{id}"), "claims dropped it from the schedule");
    }

    [TestMethod]
    public async Task StatusThatCannotBeReadMakesGetSayWhatAndTheWorkerFailsTheFlow()
    {
        var damaged = await CheckpointedOnceAsync();
        await Db.HashSetAsync(FlowKey(damaged), "st", "zz");
        var healthy = await StartHealthyAsync(2);

        var get = await Assert.ThrowsExactlyAsync<FlowDamagedException>(() => Client.GetAsync(damaged));
        var listed = await Client.ListAsync();
        await using var worker = new InProcessWorker(Store);

        Assert.AreEqual(damaged.Value, get.FlowId);
        StringAssert.Contains(get.Message, $"Flow {damaged}'s stored record is damaged: field 'st' (the status) holds 'zz'");
        CollectionAssert.AreEquivalent(healthy, listed.Flows.Select(f => f.Id).ToArray());
        Assert.AreEqual(damaged.Value, listed.Damaged.Single().Id);
        await AssertHealthyCompleteAsync(healthy);
        var failed = await Assert.ThrowsExactlyAsync<FlowFailedException>(() => WaitForFailureAsync(damaged));
        StringAssert.Contains(failed.ErrorMessage, "field 'st' (the status) holds 'zz'");
    }

    [TestMethod]
    public async Task AFlowWhoseStatusCannotBeReadCanStillBeCancelled()
    {
        var damaged = await Client.StartAsync(() => ContractFlows.WaitForever());
        await using (var first = new InProcessWorker(Store))
        {
            await WaitForStatusAsync(damaged, FlowStatus.Waiting);
        }

        await Db.HashSetAsync(FlowKey(damaged), "st", "zz");

        Assert.IsTrue(await Client.CancelAsync(damaged, "operator"));
        await using var worker = new InProcessWorker(Store);

        var deadline = DateTime.UtcNow + Wait;
        FlowInfo? ended = null;
        while (ended is not { Status: FlowStatus.Cancelled })
        {
            Assert.IsLessThan(deadline, DateTime.UtcNow, "the cancellation ended the flow");
            await Task.Delay(50);
            try
            {
                ended = await Client.GetAsync(damaged);
            }
            catch (FlowDamagedException)
            {
            }
        }

        StringAssert.Contains(ended.Error!.Message, "operator");
        StringAssert.Contains(ended.Error.Message, "field 'st' (the status) holds 'zz'");
    }

    [TestMethod]
    public async Task FencingTokenThatIsNotANumberFailsTheFlowNamingIt()
    {
        var damaged = await CheckpointedOnceAsync();
        await Db.HashSetAsync(FlowKey(damaged), "tok", "abc");
        var healthy = await StartHealthyAsync(2);

        await using var worker = new InProcessWorker(Store);

        await AssertHealthyCompleteAsync(healthy);
        var failed = await Assert.ThrowsExactlyAsync<FlowFailedException>(() => Client.WaitForResultAsync<int>(damaged, Wait));
        StringAssert.Contains(failed.ErrorMessage, "field 'tok' (the fencing token) holds 'abc'");
    }

    [TestMethod]
    public async Task AttemptCountThatIsNotANumberFailsTheFlowNamingIt()
    {
        var damaged = await CheckpointedOnceAsync();
        await Db.HashSetAsync(FlowKey(damaged), "att", "-");

        await using var worker = new InProcessWorker(Store);

        var failed = await Assert.ThrowsExactlyAsync<FlowFailedException>(() => Client.WaitForResultAsync<int>(damaged, Wait));
        StringAssert.Contains(failed.ErrorMessage, "field 'att' (the attempt count) holds '-'");
    }

    [TestMethod]
    public async Task MissingEntryCallFailsTheFlowNamingIt()
    {
        var damaged = await Client.StartAsync(() => ContractFlows.Add(1, 2));
        await Db.HashDeleteAsync(FlowKey(damaged), "e");

        await using var worker = new InProcessWorker(Store);

        var failed = await Assert.ThrowsExactlyAsync<FlowFailedException>(() => Client.WaitForResultAsync<int>(damaged, Wait));
        StringAssert.Contains(failed.ErrorMessage, "field 'e' (the entry call) is missing");
    }

    [TestMethod]
    public async Task KeyThatIsNotAHashIsReportedSkippedAndDroppedFromTheSchedule()
    {
        var damaged = await Client.StartAsync(() => ContractFlows.Add(1, 2));
        await Db.KeyDeleteAsync(FlowKey(damaged));
        await Db.StringSetAsync(FlowKey(damaged), "not a flow");
        var healthy = await StartHealthyAsync(3);

        var get = await Assert.ThrowsExactlyAsync<FlowDamagedException>(() => Client.GetAsync(damaged));
        var listed = await Client.ListAsync();
        await using var worker = new InProcessWorker(Store);

        StringAssert.Contains(get.Message, "is not a hash");
        Assert.AreEqual(damaged.Value, listed.Damaged.Single().Id);
        StringAssert.Contains(listed.Damaged.Single().Problem, "is not a hash");
        await AssertHealthyCompleteAsync(healthy);
        var deadline = DateTime.UtcNow + Wait;
        while (await Db.SortedSetScoreAsync(IndexKey("schedule"), damaged.Value) is not null)
        {
            Assert.IsLessThan(deadline, DateTime.UtcNow, "a claim drops the key from the schedule");
            await Task.Delay(50);
        }
    }

    [TestMethod]
    public async Task SignalBufferThatIsNotAHashEndsTheFlowWithoutReadingIt()
    {
        var damaged = await Client.StartAsync(() => ContractFlows.Doubles());
        await using (var first = new InProcessWorker(Store))
        {
            await WaitForStatusAsync(damaged, FlowStatus.Waiting);
        }

        await Db.StringSetAsync(SignalsKey(damaged), "not a buffer");
        await Db.SortedSetAddAsync(IndexKey("schedule"), damaged.Value, 0);
        var healthy = await StartHealthyAsync(2);

        await using var worker = new InProcessWorker(Store);

        await AssertHealthyCompleteAsync(healthy);
        var failed = await Assert.ThrowsExactlyAsync<FlowFailedException>(() => WaitForFailureAsync(damaged));
        Assert.AreEqual(typeof(FlowDamagedException).FullName, failed.ErrorType);
        StringAssert.Contains(failed.ErrorMessage, "claiming it failed");
        StringAssert.Contains(failed.ErrorMessage, "WRONGTYPE");
    }

    [TestMethod]
    public async Task SignalQueueWithDamagedCountersRefusesTheSignalNamingIt()
    {
        var damaged = await Client.StartAsync(() => ContractFlows.Doubles());
        await Db.HashSetAsync(SignalsKey(damaged), "t:number", "x");

        var refused = await Assert.ThrowsExactlyAsync<FlowDamagedException>(() => Client.SignalAsync(damaged, "number", 21));

        StringAssert.Contains(refused.Message, $"Flow {damaged}'s stored record is damaged");
        StringAssert.Contains(refused.Message, "the queue of signal 'number'");
        StringAssert.Contains(refused.Message, "the signal 'number' was not delivered");
    }

    [TestMethod]
    public async Task PayloadLargerThanTheLimitPlantedInTheBufferIsNeverHandedToAWorker()
    {
        var damaged = await Client.StartAsync(() => ContractFlows.Doubles());
        await using (var first = new InProcessWorker(Store))
        {
            await WaitForStatusAsync(damaged, FlowStatus.Waiting);
        }

        await Db.HashSetAsync(SignalsKey(damaged), new[] { new HashEntry("t:number", "1"), new HashEntry("v:1:number", new byte[2 * 1024 * 1024]) });
        await Db.SortedSetAddAsync(IndexKey("schedule"), damaged.Value, 0);

        await using var worker = new InProcessWorker(Store);

        var failed = await Assert.ThrowsExactlyAsync<FlowFailedException>(() => WaitForFailureAsync(damaged));
        StringAssert.Contains(failed.ErrorMessage, "the payload waiting for it in its signal buffer (field 'v:1:number') is 2097152 bytes");
        StringAssert.Contains(failed.ErrorMessage, "MaxSignalPayloadBytes");
    }

    [TestMethod]
    public async Task CancellationEndsAFlowWhoseContinuationCannotBeLoaded()
    {
        var damaged = await Client.StartAsync(() => ContractFlows.WaitForever());
        await using (var first = new InProcessWorker(Store))
        {
            await WaitForStatusAsync(damaged, FlowStatus.Waiting);
        }

        await Db.HashSetAsync(FlowKey(damaged), "c", "{\"Frames\":[{\"Frame\":{\"$type\":");
        Assert.IsTrue(await Client.CancelAsync(damaged, "no longer needed"));

        await using var worker = new InProcessWorker(Store);

        var ended = await WaitForStatusAsync(damaged, FlowStatus.Cancelled);
        StringAssert.Contains(ended.Error!.Message, "no longer needed");
        StringAssert.Contains(ended.Error.Message, "could not run on to receive the cancellation");
        StringAssert.Contains(ended.Error.Message, "cannot be resumed");
    }

    [TestMethod]
    public async Task DamagedKeptContinuationsAreLeftOutAndNeverRewoundTo()
    {
        var id = await CheckpointedOnceAsync();
        await Db.HashSetAsync(FlowKey(id), new HashEntry[] { new("yk", "999999999"), new("yh:2", "not json"), new("y:2", "c"), new("yh:3", "{\"n\":\"x\"}"), new("y:3", "c") });

        var history = await Client.GetHistoryAsync(id);
        var refused = await Assert.ThrowsExactlyAsync<InvalidOperationException>(() => Client.RewindAsync(id, 2));

        CollectionAssert.AreEqual(new[] { 1 }, history.Select(c => c.Number).ToArray(), "the intact one (slot 1 of the ring) of the first 100 slots; the damaged ones left out");
        StringAssert.Contains(refused.Message, $"Flow {id} has no stored checkpoint 2: the store keeps #1");
        Assert.AreEqual(2, await Client.RewindAsync(id, 1), "the intact one is restored, kept under the next number");
    }

    private async Task<FlowId> CheckpointedOnceAsync()
    {
        var id = await Client.StartAsync(() => ContractFlows.CountWithCheckpoints(3));
        var lease = (await Store.ClaimAsync("planting-worker", 10, TimeSpan.FromSeconds(30))).Single();
        var runner = typeof(ContractFlows).GetMethod(nameof(ContractFlows.CountWithCheckpoints))!;
        var step = (Flowmetal.Execution.SuspendedStep)Flowmetal.Execution.FlowRunner.Run(runner, null, new object?[] { 3 }, null, Flowmetal.Execution.ResumeInput.None);
        var save = new FlowSave
        {
            Continuation = new Flowmetal.Serialization.ContinuationSerializer().Serialize(step.Continuation),
            Stack = Array.Empty<FlowStackFrame>(),
            Wait = new FlowWait { Kind = FlowWaitKind.Checkpoint, Description = "checkpoint" },
            Release = true,
        };
        Assert.IsTrue((await Store.SaveAsync(lease, save)).Accepted);
        return id;
    }

    private async Task<FlowId[]> StartHealthyAsync(int count)
    {
        var ids = new FlowId[count];
        for (int i = 0; i < count; i++)
        {
            ids[i] = await Client.StartAsync(() => ContractFlows.CountWithCheckpoints(4));
        }

        return ids;
    }

    private async Task AssertHealthyCompleteAsync(IEnumerable<FlowId> ids)
    {
        foreach (var id in ids)
        {
            Assert.AreEqual(6, await Client.WaitForResultAsync<int>(id, Wait), $"healthy flow {id}");
        }
    }

    /// <summary>Waits until the flow has ended, reading it as a client does (a damaged status makes GetAsync throw until then).</summary>
    private async Task WaitForFailureAsync(FlowId id)
    {
        var deadline = DateTime.UtcNow + Wait;
        while (true)
        {
            try
            {
                await Client.WaitForResultAsync<int>(id, TimeSpan.FromMilliseconds(200));
                return;
            }
            catch (Exception error) when (error is FlowDamagedException or TimeoutException && DateTime.UtcNow < deadline)
            {
                await Task.Delay(50);
            }
        }
    }

    private async Task<FlowInfo> WaitForStatusAsync(FlowId id, FlowStatus status)
    {
        var deadline = DateTime.UtcNow + Wait;
        while (true)
        {
            var info = await Client.GetAsync(id);
            if (info.Status == status)
            {
                return info;
            }

            Assert.IsLessThan(deadline, DateTime.UtcNow, $"flow {id} did not become {status}; it is {info}");
            await Task.Delay(20);
        }
    }

    private RedisKey FlowKey(FlowId id) => $"{Prefix}:{{{id}}}:flow";

    private RedisKey SignalsKey(FlowId id) => $"{Prefix}:{{{id}}}:signals";

    private RedisKey IndexKey(string name) => $"{Prefix}:{{{Prefix}}}:{name}";
}
