using Flowmetal.Client;
using Flowmetal.Runtime.Flows;
using Flowmetal.Runtime.Tests.Infrastructure;
using Flowmetal.Storage;
using Flowmetal.Storage.Redis;
using StackExchange.Redis;

namespace Flowmetal.Runtime.Tests.Redis;

/// <summary>
/// The group commit of a worker's writes (<see cref="RedisFlowStoreOptions.MaxWritesPerCommit"/>): saves and ends of
/// several flows that queue while a call is in flight go to Redis in one script call, and each flow's outcome is its own:
/// a stale token is refused alone, a damaged record or a key that is not a hash fails or diverts only its own write, a
/// cancellation asked for meanwhile reaches only its flow. The group is formed deterministically by holding the lead
/// while the writes queue.
/// </summary>
[TestClass]
public sealed class RedisGroupCommitTests : RawRedisStoreTests
{
    public RedisGroupCommitTests()
        : base("group", TimeSpan.FromMilliseconds(50))
    {
    }

    [TestMethod]
    public async Task EachFlowOfOneGroupIsFencedAndAnsweredAlone()
    {
        // A stale lease: claimed, expired, claimed again by another worker.
        var stale = await Client.StartAsync(() => ContractFlows.CountWithCheckpoints(3));
        var staleLease = (await Store.ClaimAsync("worker-a", 1, TimeSpan.FromMilliseconds(300))).Single();
        await Task.Delay(700);
        var runsOn = await Client.StartAsync(() => ContractFlows.CountWithCheckpoints(3));
        var completes = await Client.StartAsync(() => ContractFlows.CountWithCheckpoints(3));
        var cancelled = await Client.StartAsync(() => ContractFlows.CountWithCheckpoints(3));
        var notAHash = await Client.StartAsync(() => ContractFlows.CountWithCheckpoints(3));
        var damaged = await Client.StartAsync(() => ContractFlows.CountWithCheckpoints(3));
        var leases = (await Store.ClaimAsync("worker-b", 10, TimeSpan.FromSeconds(30))).ToDictionary(l => l.Id);
        Assert.HasCount(6, leases, "every flow claimed, the stale one again");
        Assert.IsTrue(await Store.CancelAsync(cancelled, "stop now"));
        await Db.KeyDeleteAsync(FlowKey(notAHash));
        await Db.StringSetAsync(FlowKey(notAHash), "not a flow");
        await Db.HashSetAsync(FlowKey(damaged), "sus", "zz");
        var commit = Store.GroupCommit!;
        long calls = commit.Calls;
        long writes = commit.Writes;

        Task<T> Write<T>(Func<T> write) => Task.Factory.StartNew(write, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        Task<FlowSaveResult> staleSave, runOnSave, cancelledSave, damagedSave, notAHashSave;
        Task<bool> completion;
        using (commit.Hold())
        {
            staleSave = Write(() => Store.Save(staleLease, Checkpoint()));
            runOnSave = Write(() => Store.Save(leases[runsOn], Checkpoint()));
            completion = Write(() => Store.Complete(leases[completes], new byte[] { 42 }));
            cancelledSave = Write(() => Store.Save(leases[cancelled], Checkpoint()));
            notAHashSave = Write(() => Store.Save(leases[notAHash], Checkpoint()));
            damagedSave = Write(() => Store.Save(leases[damaged], Checkpoint()));
            await WaitUntilAsync(() => commit.Queued == 6);
        }

        Assert.IsFalse((await staleSave).Accepted, "the expired lease's write is fenced off");
        var ran = await runOnSave;
        Assert.IsTrue(ran.Accepted);
        Assert.IsTrue(ran.ContinueNow, "a checkpoint runs on");
        Assert.AreEqual(FlowInterruptKind.None, ran.Resume.Interrupt);
        Assert.IsTrue(await completion);
        var interrupted = await cancelledSave;
        Assert.IsTrue(interrupted.ContinueNow);
        Assert.AreEqual(FlowInterruptKind.Cancelled, interrupted.Resume.Interrupt, "the cancellation reaches its own flow");
        Assert.AreEqual("stop now", interrupted.Resume.InterruptReason);
        var failed = await Assert.ThrowsAsync<RedisException>(() => notAHashSave);
        StringAssert.Contains(failed.Message, "WRONGTYPE");
        var diverted = await damagedSave;
        Assert.IsTrue(diverted.Accepted, "a damaged number takes the full transition, which stores and releases the flow");
        Assert.IsFalse(diverted.ContinueNow, "a damaged flow does not run on in the worker that holds it");
        Assert.AreEqual(calls + 1, commit.Calls, "one script call for the whole group");
        Assert.AreEqual(writes + 6, commit.Writes);

        Assert.AreEqual("worker-b", (await Client.GetAsync(stale)).Worker, "the newer claim keeps the flow");
        Assert.AreEqual(1, (await Client.GetAsync(runsOn)).Suspensions);
        Assert.AreEqual(FlowStatus.Running, (await Client.GetAsync(runsOn)).Status, "the lease stays with the worker that runs on");
        Assert.AreEqual(FlowStatus.Completed, (await Client.GetAsync(completes)).Status);
        Assert.AreEqual(FlowStatus.Running, (await Client.GetAsync(cancelled)).Status, "the cancellation is delivered inside the flow, which runs on to receive it");
        Assert.AreEqual(FlowStatus.Pending, (await Client.GetAsync(damaged)).Status);
        Assert.AreEqual(RedisType.String, await Db.KeyTypeAsync(FlowKey(notAHash)), "nothing was written over the foreign key");
    }

    [TestMethod]
    public async Task EndsOfSeveralFlowsInOneGroupAreEachFencedAndPublished()
    {
        var ids = new List<FlowId>();
        for (int i = 0; i < 4; i++)
        {
            ids.Add(await Client.StartAsync(() => ContractFlows.Add(i, 1)));
        }

        var leases = (await Store.ClaimAsync("worker", 10, TimeSpan.FromSeconds(30))).ToDictionary(l => l.Id);
        var waiters = ids.Select(id => Client.WaitForCompletionAsync(id, Wait)).ToList();
        var commit = Store.GroupCommit!;
        long endItems = commit.EndItems;
        var ends = new List<Task<bool>>();
        var refused = Task.FromResult(false);
        using (commit.Hold())
        {
            ends.Add(Task.Factory.StartNew(() => Store.Complete(leases[ids[0]], new byte[] { 1 }), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default));
            ends.Add(Task.Factory.StartNew(() => Store.Fail(leases[ids[1]], new FlowError { Type = "Test", Message = "failed on purpose" }), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default));
            ends.Add(Task.Factory.StartNew(() => Store.FinishCancelled(leases[ids[2]], new FlowError { Type = "Test", Message = "cancelled on purpose" }), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default));
            ends.Add(Task.Factory.StartNew(() => Store.Complete(leases[ids[3]], new byte[] { 4 }), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default));
            await WaitUntilAsync(() => commit.Queued == 4);

            // The same flow again, with the same token, in the same group: the first end wins, the second is refused.
            refused = Task.Factory.StartNew(() => Store.Complete(leases[ids[3]], new byte[] { 5 }), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
            await WaitUntilAsync(() => commit.Queued == 5);
        }

        CollectionAssert.AreEqual(new[] { true, true, true, true }, await Task.WhenAll(ends));
        Assert.AreEqual(endItems + 4, commit.EndItems, "the ends but the failure (a full item) went as end items, the refused one too");
        Assert.IsFalse(await refused, "a flow that has ended cannot end again");
        await waiters[0];
        await Assert.ThrowsExactlyAsync<FlowFailedException>(() => waiters[1]);
        await Assert.ThrowsExactlyAsync<FlowFailedException>(() => waiters[2]);
        await waiters[3];
        Assert.AreEqual(FlowStatus.Completed, (await Client.GetAsync(ids[0])).Status);
        Assert.AreEqual(FlowStatus.Failed, (await Client.GetAsync(ids[1])).Status);
        Assert.AreEqual("failed on purpose", (await Client.GetAsync(ids[1])).Error!.Message);
        Assert.AreEqual(FlowStatus.Cancelled, (await Client.GetAsync(ids[2])).Status);
        CollectionAssert.AreEqual(new byte[] { 4 }, (await Store.GetAsync(ids[3]))!.Result);
        Assert.IsEmpty((await Client.ListAsync(FlowStatus.Running)).Flows, "each end moved its flow out of the running index");

        // The group's index writes go as one call per set and command: each flow is still in its own status set, and out of the schedule.
        var expected = new[] { FlowStatus.Completed, FlowStatus.Failed, FlowStatus.Cancelled, FlowStatus.Completed };
        for (int i = 0; i < ids.Count; i++)
        {
            var id = ids[i];
            foreach (var status in Enum.GetValues<FlowStatus>())
            {
                bool listed = await Db.SortedSetScoreAsync($"{Prefix}:{{{Prefix}}}:status:{(int)status}", id.Value) is not null;
                Assert.AreEqual(status == expected[i], listed, $"flow {id} in the {status} index");
            }

            Assert.IsNotNull(await Db.SortedSetScoreAsync($"{Prefix}:{{{Prefix}}}:all", id.Value), $"flow {id} in the index of all flows");
            Assert.IsNull(await Db.SortedSetScoreAsync($"{Prefix}:{{{Prefix}}}:schedule", id.Value), $"flow {id} left the schedule");
            Assert.IsNotNull(await Db.SortedSetScoreAsync($"{Prefix}:{{{Prefix}}}:expiries", id.Value), $"flow {id} expires with its retention");
        }
    }

    [TestMethod]
    public async Task WorkerThreadsWritesGoThroughTheGroupCommitAndEveryFlowCompletesOnce()
    {
        var commit = Store.GroupCommit!;
        long writes = commit.Writes;
        long calls = commit.Calls;
        var ids = new List<FlowId>();
        for (int i = 0; i < 40; i++)
        {
            ids.Add(await Client.StartAsync(() => ContractFlows.CountWithCheckpoints(3)));
        }

        await using (new InProcessWorker(Store, threads: 8))
        {
            foreach (var id in ids)
            {
                Assert.AreEqual(3, await Client.WaitForResultAsync<int>(id, Wait));
            }
        }

        Assert.AreEqual(writes + (40 * 4), commit.Writes, "three checkpoints and one completion per flow, each written once");
        Assert.IsLessThanOrEqualTo(commit.Writes - writes, commit.Calls - calls, "never more calls than writes");
    }

    [TestMethod]
    public async Task OneWorkerThreadSubmitsTheSavesOfAllItsFlowsIntoOneGroupAndEachCompletesOnce()
    {
        var commit = Store.GroupCommit!;
        var ids = new List<FlowId>();
        for (int i = 0; i < 10; i++)
        {
            ids.Add(await Client.StartAsync(() => ContractFlows.CountWithCheckpoints(3)));
        }

        long writes = commit.Writes;
        long calls = commit.Calls;
        var options = new Flowmetal.Worker.FlowWorkerOptions
        {
            MaxConcurrentFlows = 1, ClaimAhead = 9, LeaseDuration = TimeSpan.FromSeconds(10), PollInterval = TimeSpan.FromMilliseconds(50),
        };
        var hold = commit.Hold();
        await using (new InProcessWorker(Store, options))
        {
            // The only thread ran each flow to its first checkpoint and went on to the next while the saves queued.
            await WaitUntilAsync(() => commit.Queued == 10);
            hold.Dispose();

            foreach (var id in ids)
            {
                Assert.AreEqual(3, await Client.WaitForResultAsync<int>(id, Wait));
            }
        }

        Assert.AreEqual(writes + (10 * 4), commit.Writes, "three checkpoints and one completion per flow, each written once");
        Assert.IsLessThan(commit.Writes - writes, commit.Calls - calls, "the ten saves queued together went in fewer calls than writes");
        foreach (var id in ids)
        {
            Assert.AreEqual(3, (await Client.GetAsync(id)).Suspensions);
        }
    }

    [TestMethod]
    public async Task AFlowWhoseWriteIsInFlightFreesItsClaimForAnotherAsFarAsTheWriteSlotsGo()
    {
        // One thread and nothing claimed ahead: a flow whose save is in flight takes no thread and, while write slots last,
        // no claim either, so the worker claims the next flow and runs it to its checkpoint meanwhile.
        var commit = Store.GroupCommit!;
        var options = new Flowmetal.Worker.FlowWorkerOptions
        {
            MaxConcurrentFlows = 1, ClaimAhead = 0, LeaseDuration = TimeSpan.FromSeconds(20), PollInterval = TimeSpan.FromMilliseconds(50),
        };
        int writeSlots = Flowmetal.Worker.FlowWorker.WriteSlots(options);
        int count = writeSlots + 6;
        var ids = new List<FlowId>();
        for (int i = 0; i < count; i++)
        {
            ids.Add(await Client.StartAsync(() => ContractFlows.CountWithCheckpoints(3)));
        }

        long writes = commit.Writes;
        var hold = commit.Hold();
        await using (new InProcessWorker(Store, options))
        {
            // Every write slot taken, and the claim's own flow, its save queued too; then no more: the rest wait, unclaimed.
            await WaitUntilAsync(() => commit.Queued == writeSlots + 1);
            await Task.Delay(300);
            Assert.AreEqual(writeSlots + 1, commit.Queued, "the flows whose write is in flight are bounded");
            Assert.AreEqual(count - writeSlots - 1, (await Client.ListAsync(FlowStatus.Pending)).Flows.Count, "the others are left for other workers");
            hold.Dispose();

            foreach (var id in ids)
            {
                Assert.AreEqual(3, await Client.WaitForResultAsync<int>(id, Wait));
            }
        }

        Assert.AreEqual(writes + (count * 4), commit.Writes, "three checkpoints and one completion per flow, each written once");
        foreach (var id in ids)
        {
            Assert.AreEqual(3, (await Client.GetAsync(id)).Suspensions);
        }
    }

    [TestMethod]
    public async Task StartsIssuedTogetherAreEachCreatedFoundOrRefusedAlone()
    {
        var taken = new FlowId("taken-" + Guid.NewGuid().ToString("N")[..8]);
        await Db.StringSetAsync(FlowKey(taken), "not a flow");
        var twice = new FlowId("twice-" + Guid.NewGuid().ToString("N")[..8]);
        var commit = Store.StartGroupCommit!;
        long writes = commit.Writes;
        long calls = commit.Calls;

        var starts = Enumerable.Range(0, 40).Select(i => Client.StartAsync(() => ContractFlows.Add(i, 1))).ToList();
        var first = Client.StartAsync(() => ContractFlows.Add(100, 1), twice);
        var again = Client.StartAsync(() => ContractFlows.Add(100, 1), twice);
        var refused = Client.StartAsync(() => ContractFlows.Add(0, 0), taken);
        var ids = await Task.WhenAll(starts);

        Assert.AreEqual(twice, await first);
        Assert.AreEqual(twice, await again, "a start of an id that exists finds it, in the same group as alone");
        var failed = await Assert.ThrowsAsync<RedisException>(() => refused);
        StringAssert.Contains(failed.Message, "WRONGTYPE");
        Assert.AreEqual(writes + 43, commit.Writes, "every start went through the group commit");
        Assert.IsLessThanOrEqualTo(43, commit.Calls - calls);
        Assert.HasCount(41, (await Client.ListAsync(FlowStatus.Pending, 100)).Flows, "each flow created once and indexed");
        await using (new InProcessWorker(Store, threads: 8))
        {
            for (int i = 0; i < ids.Length; i++)
            {
                Assert.AreEqual(i + 1, await Client.WaitForResultAsync<int>(ids[i], Wait));
            }

            Assert.AreEqual(101, await Client.WaitForResultAsync<int>(twice, Wait));
        }
    }

    [TestMethod]
    public async Task ACheckpointRunOnGoesAsACheckpointItemAndWritesTheRecordTheSaveScriptWrites()
    {
        // Two flows in the same state: one's checkpoints go through the group commit (checkpoint items, read where they stand
        // in the arguments), the other's through the save's own script (its fast path, from a table of named arguments).
        var grouped = await Client.StartAsync(() => ContractFlows.CountWithCheckpoints(3));
        var alone = await Client.StartAsync(() => ContractFlows.CountWithCheckpoints(3));
        var leases = (await Store.ClaimAsync("worker-b", 10, TimeSpan.FromSeconds(30))).ToDictionary(l => l.Id);
        var save = new FlowSave
        {
            Continuation = new byte[] { 0, 1, 2, 255, 34, 92, 10 },
            Stack = new[]
            {
                new FlowStackFrame { Method = "Shop.Orders::Ship \"express\" é", SourceFile = "C:\\src\\Orders.cs", Line = 42 },
                new FlowStackFrame { Method = "Shop.Orders::Run", Line = 7 },
            },
            Wait = new FlowWait { Kind = FlowWaitKind.Checkpoint, Description = "checkpoint \"after payment\"\n" },
            Build = "build-7",
        };
        var commit = Store.GroupCommit!;
        long items = commit.CheckpointItems;

        // Past the ring's first slots and back, so that each kept slot was written by both forms.
        int rounds = new RedisFlowStoreOptions().Limits.KeptContinuations + 2;
        for (int round = 0; round < rounds; round++)
        {
            var viaGroup = Store.Save(leases[grouped], save);
            var viaScript = await Store.SaveAsync(leases[alone], save);
            foreach (var saved in new[] { viaGroup, viaScript })
            {
                Assert.IsTrue(saved.Accepted);
                Assert.IsTrue(saved.ContinueNow, "a checkpoint runs on");
                Assert.AreEqual(FlowInterruptKind.None, saved.Resume.Interrupt);
                Assert.IsNull(saved.Resume.Payload);
            }
        }

        Assert.AreEqual(items + rounds, commit.CheckpointItems, "each of the grouped flow's checkpoints went as a checkpoint item");
        var one = await Fields(grouped);
        var other = await Fields(alone);
        CollectionAssert.AreEquivalent(other.Keys.ToList(), one.Keys.ToList(), "the same fields");
        foreach (var (field, value) in other)
        {
            Assert.AreEqual(value, one[field], $"field {field}");
        }

        Assert.AreEqual(rounds, (await Client.GetAsync(grouped)).Suspensions);
        Assert.AreEqual("checkpoint \"after payment\"\n", (await Store.GetHistoryAsync(grouped))[0].Wait.Description, "the kept head reads back");

        // Dropped by its worker and claimed again, the flow loads what the last checkpoint item stored.
        Assert.IsTrue(await Store.HandBackAsync(leases[grouped]));
        var again = (await Store.ClaimAsync("worker-c", 10, TimeSpan.FromSeconds(30))).Single(l => l.Id == grouped);
        CollectionAssert.AreEqual(save.Continuation, again.Continuation, "the continuation's bytes, as saved");
        Assert.AreEqual(rounds, again.Suspensions);

        // Each flow's fields, but those that say when (and the kept heads' time; the two were written a moment apart) and
        // the trace each flow was started in.
        async Task<Dictionary<string, string>> Fields(FlowId id) => (await Db.HashGetAllAsync(FlowKey(id)))
            .Where(e => e.Name != "ua" && e.Name != "ca" && e.Name != "lu" && e.Name != "tp")
            .ToDictionary(e => (string)e.Name!, e => System.Text.RegularExpressions.Regex.Replace((string)e.Value!, "\"t\":\"[0-9]+\"", "\"t\":\"…\""));
    }

    [TestMethod]
    public async Task AnEndGoesAsAnEndItemAndWritesWhatTheFinishScriptWrites()
    {
        var commit = Store.GroupCommit!;
        foreach (var status in new[] { FlowStatus.Completed, FlowStatus.Cancelled })
        {
            // Two flows in the same state, with a stack, a kept history and a continuation for the end to clear: one ends
            // through the group commit (an end item, read where its arguments stand), the other through the finish script.
            var grouped = await Client.StartAsync(() => ContractFlows.CountWithCheckpoints(3));
            var alone = await Client.StartAsync(() => ContractFlows.CountWithCheckpoints(3));
            var leases = (await Store.ClaimAsync("worker-b", 10, TimeSpan.FromSeconds(30))).ToDictionary(l => l.Id);
            foreach (var id in new[] { grouped, alone })
            {
                for (int round = 0; round < 2; round++)
                {
                    Assert.IsTrue((await Store.SaveAsync(leases[id], Checkpoint())).Accepted);
                }
            }

            long items = commit.EndItems;
            var result = new byte[] { 0, 34, 92, 255, 10 };
            var error = new FlowError { Type = "Shop.OrderCancelled", Message = "cancelled \"by the customer\"\n" };
            bool viaGroup = status == FlowStatus.Completed ? Store.Complete(leases[grouped], result) : Store.FinishCancelled(leases[grouped], error);
            bool viaScript = status == FlowStatus.Completed
                ? await Store.CompleteAsync(leases[alone], result)
                : await Store.FinishCancelledAsync(leases[alone], error);
            Assert.IsTrue(viaGroup);
            Assert.IsTrue(viaScript);
            Assert.AreEqual(items + 1, commit.EndItems, $"the {status} end went as an end item");

            var one = await Fields(grouped);
            var other = await Fields(alone);
            CollectionAssert.AreEquivalent(other.Keys.ToList(), one.Keys.ToList(), $"the same fields after a {status} end");
            foreach (var (field, value) in other)
            {
                Assert.AreEqual(value, one[field], $"field {field} after a {status} end");
            }

            // The same index entries (the end's, queued with the group's others), and both records expire with the retention.
            foreach (var index in new[] { "schedule", "expiries", "all" }.Concat(Enum.GetValues<FlowStatus>().Select(s => $"status:{(int)s}")))
            {
                var key = $"{Prefix}:{{{Prefix}}}:{index}";
                Assert.AreEqual(
                    await Db.SortedSetScoreAsync(key, alone.Value) is null, await Db.SortedSetScoreAsync(key, grouped.Value) is null, $"{index} after a {status} end");
            }

            Assert.IsNotNull(await Db.KeyTimeToLiveAsync(FlowKey(grouped)), "the ended record expires");
            var stored = (await Store.GetAsync(grouped))!;
            Assert.AreEqual(status, stored.Info.Status);
            if (status == FlowStatus.Completed)
            {
                CollectionAssert.AreEqual(result, stored.Result, "the result's bytes, as ended");
            }
            else
            {
                Assert.AreEqual(error.Message, stored.Info.Error!.Message, "the error, as ended");
            }

            Assert.IsFalse(Store.Complete(leases[grouped], result), "an ended flow cannot end again through an end item");
        }

        // A child's end tells its parent, which an end item leaves to the full transition: the parent, joining it, goes on.
        long before = commit.EndItems;
        var parent = await Client.StartAsync(() => ChildFlows.JoinOne(6));
        await using (new InProcessWorker(Store))
        {
            Assert.AreEqual(37, await Client.WaitForResultAsync<int>(parent, Wait));
        }

        Assert.IsGreaterThanOrEqualTo(before + 2, commit.EndItems, "the child's and the parent's ends went as end items");

        // Each flow's fields, but those that say when (and the kept heads' time) and the trace each flow was started in.
        async Task<Dictionary<string, string>> Fields(FlowId id) => (await Db.HashGetAllAsync(FlowKey(id)))
            .Where(e => e.Name != "ua" && e.Name != "ca" && e.Name != "lu" && e.Name != "tp" && e.Name != "fa")
            .ToDictionary(e => (string)e.Name!, e => System.Text.RegularExpressions.Regex.Replace((string)e.Value!, "\"t\":\"[0-9]+\"", "\"t\":\"…\""));
    }

    [TestMethod]
    public async Task OneWritePerCallWhenGroupCommitIsOff()
    {
        await using var store = await RedisFlowStore.ConnectAsync(
            RedisServer.Endpoint, new RedisFlowStoreOptions { KeyPrefix = RedisServer.UniquePrefix("nogroup"), MaxWritesPerCommit = 1 });
        var client = new FlowClient(store, new FlowClientOptions { PollInterval = TimeSpan.FromMilliseconds(50) });
        var id = await client.StartAsync(() => ContractFlows.CountWithCheckpoints(3));

        await using (new InProcessWorker(store))
        {
            Assert.AreEqual(3, await client.WaitForResultAsync<int>(id, Wait));
        }

        Assert.IsNull(store.GroupCommit);
        Assert.IsNull(store.StartGroupCommit);
        Assert.ThrowsExactly<ArgumentOutOfRangeException>(() => new RedisFlowStore(Redis, new RedisFlowStoreOptions { MaxWritesPerCommit = 0 }));
    }

    private static FlowSave Checkpoint() => new()
    {
        Continuation = new byte[] { 7 },
        Stack = Array.Empty<FlowStackFrame>(),
        Wait = new FlowWait { Kind = FlowWaitKind.Checkpoint, Description = "checkpoint" },
    };

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow + Wait;
        while (!condition())
        {
            Assert.IsLessThan(deadline, DateTime.UtcNow, "the writes did not queue");
            await Task.Delay(10);
        }
    }

    private RedisKey FlowKey(FlowId id) => $"{Prefix}:{{{id}}}:flow";
}
