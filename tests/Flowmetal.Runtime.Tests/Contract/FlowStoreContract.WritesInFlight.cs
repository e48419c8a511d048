using System.Collections.Concurrent;
using Flowmetal.Client;
using Flowmetal.Runtime.Flows;
using Flowmetal.Runtime.Flows.Support;
using Flowmetal.Runtime.Tests.Infrastructure;
using Flowmetal.Storage;
using Flowmetal.Worker;

namespace Flowmetal.Runtime.Tests.Contract;

/// <summary>
/// A flow whose write (a checkpoint, its end) is in flight waits as its frames, not as a parked thread: one worker thread
/// keeps the writes of all the flows it holds in flight, each flow runs on (from its live frames) once its own write is
/// acknowledged, a write that fails ends only its own flow's attempt, and a stopping worker waits for its writes in flight.
/// The writes are held in flight by <see cref="FaultInjectingStore.DeferWrites"/>, so every state is reached deterministically.
/// </summary>
public abstract partial class FlowStoreContract
{
    [TestMethod]
    public async Task OneThreadKeepsTheWritesOfAllItsFlowsInFlightAndEachFlowRunsOnce()
    {
        var key = "inflight-" + Guid.NewGuid().ToString("N");
        var runs = new ConcurrentDictionary<string, int>();
        SideEffects.Sink = k => runs.AddOrUpdate(k, 1, (_, n) => n + 1);
        try
        {
            var deferring = new FaultInjectingStore(Store) { DeferWrites = true };
            var ids = new List<FlowId>();
            for (int i = 0; i < 10; i++)
            {
                ids.Add(await Client.StartAsync(() => ContainmentFlows.SlowStep(key + i, 0)));
            }

            await using (var worker = new InProcessWorker(deferring, Held(threads: 1, ahead: 9)))
            {
                await WaitForWritesInFlightAsync(deferring, 10, "one thread ran each of the ten flows to its checkpoint and submitted its save");
                Assert.IsTrue(ids.All(i => runs.GetValueOrDefault(key + ids.IndexOf(i) + ":end") == 0), "no flow ran past its checkpoint before the save was acknowledged");

                // The checkpoints are acknowledged; the flows run on and submit their ends, held in flight in turn.
                await deferring.LetWritesGoAsync();
                await WaitForWritesInFlightAsync(deferring, 10, "each flow ran on from its checkpoint to its end");
                deferring.DeferWrites = false;
                await deferring.LetWritesGoAsync();
                foreach (var id in ids)
                {
                    Assert.AreEqual(0, await Client.WaitForResultAsync<int>(id, Wait));
                }
            }

            for (int i = 0; i < 10; i++)
            {
                Assert.AreEqual(1, runs.GetValueOrDefault(key + i + ":start"), $"flow {i} started once");
                Assert.AreEqual(1, runs.GetValueOrDefault(key + i + ":end"), $"flow {i} ran on from its checkpoint once");
                var info = await Client.GetAsync(ids[i]);
                Assert.AreEqual(FlowStatus.Completed, info.Status);
                Assert.AreEqual(1, info.Suspensions, "one checkpoint stored");
            }
        }
        finally
        {
            SideEffects.Sink = null;
        }
    }

    [TestMethod]
    public async Task ASaveThatFailsEndsOnlyItsOwnFlowsAttemptWhileTheOthersSavesGoOn()
    {
        var key = "failsave-" + Guid.NewGuid().ToString("N");
        var runs = new ConcurrentDictionary<string, int>();
        SideEffects.Sink = k => runs.AddOrUpdate(k, 1, (_, n) => n + 1);
        try
        {
            var log = new CapturingLogger();
            var deferring = new FaultInjectingStore(Store) { DeferWrites = true };
            var ids = new List<FlowId>();
            for (int i = 0; i < 6; i++)
            {
                ids.Add(await Client.StartAsync(() => ContainmentFlows.SlowStep(key + i, 0)));
            }

            var options = Held(threads: 1, ahead: 5);
            options.Logger = log;
            await using (var worker = new InProcessWorker(deferring, options))
            {
                await WaitForWritesInFlightAsync(deferring, 6, "the six checkpoints are in flight at once");
                deferring.DeferWrites = false;
                await deferring.LetWritesGoAsync(lease => lease.Id == ids[2] ? new TimeoutException("injected: the store did not answer") : null);
                foreach (var id in ids)
                {
                    Assert.AreEqual(0, await Client.WaitForResultAsync<int>(id, Wait));
                }
            }

            for (int i = 0; i < 6; i++)
            {
                Assert.AreEqual(i == 2 ? 2 : 1, runs.GetValueOrDefault(key + i + ":start"), i == 2 ? "the failed save's step ran again" : $"flow {i} started once");
                Assert.AreEqual(1, runs.GetValueOrDefault(key + i + ":end"), $"flow {i} ran past its checkpoint once");
            }

            var attemptFailed = log.Entries.Where(e => e.Event.Id == 17).ToList();
            Assert.HasCount(1, attemptFailed, "only the flow whose save failed ended an attempt");
            StringAssert.Contains(attemptFailed[0].Message, ids[2].ToString());
            StringAssert.Contains(attemptFailed[0].Message, "injected: the store did not answer");
        }
        finally
        {
            SideEffects.Sink = null;
        }
    }

    [TestMethod]
    public async Task AStoppingWorkerWaitsForItsWritesInFlightThenReleasesItsFlowsAtTheirNextSuspension()
    {
        var deferring = new FaultInjectingStore(Store) { DeferWrites = true };
        var ids = new List<FlowId>();
        for (int i = 0; i < 4; i++)
        {
            ids.Add(await Client.StartAsync(() => ContractFlows.CountWithCheckpoints(3)));
        }

        var log = new CapturingLogger();
        var options = Held(threads: 1, ahead: 3);
        options.LeaseDuration = TimeSpan.FromSeconds(30);
        options.ShutdownGracePeriod = TimeSpan.FromSeconds(30);
        options.Logger = log;
        var worker = new InProcessWorker(deferring, options);
        await WaitForWritesInFlightAsync(deferring, 4, "the four first checkpoints are in flight");

        var stopped = worker.DisposeAsync().AsTask();
        var deadline = DateTime.UtcNow + Wait;
        while (!log.Entries.Any(e => e.Event.Id == 13))
        {
            Assert.IsLessThan(deadline, DateTime.UtcNow, "the worker began to stop");
            await Task.Delay(10);
        }

        StringAssert.Contains(log.Entries.First(e => e.Event.Id == 13).Message, "the 4 flow(s) it holds");
        Assert.IsFalse(stopped.IsCompleted, "the worker holds four flows whose writes are in flight: it does not stop before they are acknowledged");
        deferring.DeferWrites = false;
        await deferring.LetWritesGoAsync();
        await stopped;

        foreach (var id in ids)
        {
            var info = await Client.GetAsync(id);
            Assert.AreEqual(2, info.Suspensions, "the first checkpoint was acknowledged, the flow ran on to its second and was released there");
            Assert.IsNull(info.Worker, "released for any worker at once, not held until its 30 s lease ends");
            Assert.AreNotEqual(FlowStatus.Completed, info.Status);
        }

        await using (new InProcessWorker(Store, threads: 1))
        {
            foreach (var id in ids)
            {
                Assert.AreEqual(3, await Client.WaitForResultAsync<int>(id, Wait));
                Assert.AreEqual(3, (await Client.GetAsync(id)).Suspensions, "resumed from its second checkpoint");
            }
        }
    }

    private static FlowWorkerOptions Held(int threads, int ahead) => new()
    {
        LeaseDuration = TimeSpan.FromSeconds(5),
        PollInterval = TimeSpan.FromMilliseconds(100),
        MaxConcurrentFlows = threads,
        ClaimAhead = ahead,
        MaxStepAttempts = 3,
        StepRetryBackoff = TimeSpan.FromMilliseconds(50),
    };

    private static async Task WaitForWritesInFlightAsync(FaultInjectingStore store, int count, string what)
    {
        var deadline = DateTime.UtcNow + Wait;
        while (store.WritesInFlight < count)
        {
            Assert.IsLessThan(deadline, DateTime.UtcNow, $"{what}: {store.WritesInFlight} of {count} writes in flight");
            await Task.Delay(10);
        }

        Assert.AreEqual(count, store.WritesInFlight, what);
    }
}
