using Flowmetal.Client;
using Flowmetal.Runtime.Flows;
using Flowmetal.Runtime.Flows.Support;
using Flowmetal.Runtime.Tests.Infrastructure;
using Flowmetal.Serialization;
using Flowmetal.Storage;
using Flowmetal.Worker;
using Microsoft.Extensions.Logging;

namespace Flowmetal.Runtime.Tests.Contract;

/// <summary>
/// One flow's trouble stays that flow's: bounded attempts with backoff, cancellation that always ends a flow, limits on
/// what a flow may hold with clear errors, retention of finished flows, one claim per flow per worker, a lost lease
/// logged once. Faults are planted through <see cref="FaultInjectingStore"/>, so the tests hold for any cause.
/// </summary>
public abstract partial class FlowStoreContract
{
    [TestMethod]
    public async Task FailedLoadIsAttemptedAgainAfterABackoffThenFailsNamingTheCause()
    {
        var faulty = new FaultInjectingStore(Store) { OnGet = _ => new InvalidOperationException("injected: the child's record could not be read") };
        await using var worker = new InProcessWorker(faulty, Options(maxAttempts: 2, backoff: TimeSpan.FromSeconds(1)));
        var other = await Client.StartAsync(() => ContractFlows.Add(2, 3));

        var id = await Client.StartAsync(() => ChildFlows.JoinOne(3));
        var between = await WaitUntilAsync(id, i => i.LastAttemptError is not null);
        var failed = await Assert.ThrowsExactlyAsync<FlowFailedException>(() => Client.WaitForResultAsync<int>(id, Wait));

        Assert.AreEqual(FlowStatus.Running, between.Status, "between two attempts the flow keeps its step");
        Assert.IsNull(between.Worker, "no worker holds it while it waits out the backoff");
        Assert.AreEqual("System.InvalidOperationException", between.LastAttemptError!.Type);
        StringAssert.Contains(between.LastAttemptError.Message, "injected");
        Assert.AreEqual(typeof(FlowAttemptsExhaustedException).FullName, failed.ErrorType);
        StringAssert.Contains(failed.ErrorMessage, $"Flow {id} (Flowmetal.Runtime.Flows.ChildFlows::JoinOne(System.Int32))");
        StringAssert.Contains(failed.ErrorMessage, "attempted 2 time(s)");
        StringAssert.Contains(failed.ErrorMessage, "System.InvalidOperationException: injected");
        Assert.AreEqual(5, await Client.WaitForResultAsync<int>(other, Wait), "the worker served other flows meanwhile");
    }

    [TestMethod]
    public async Task OutOfMemoryWhileLoadingEndsOnlyThatAttempt()
    {
        var faulty = new FaultInjectingStore(Store) { OnGet = _ => new OutOfMemoryException("injected: no memory for the child's result") };
        await using var worker = new InProcessWorker(faulty, Options(maxAttempts: 3, backoff: TimeSpan.FromMilliseconds(50)));

        var id = await Client.StartAsync(() => ChildFlows.JoinOne(4));
        var failed = await Assert.ThrowsExactlyAsync<FlowFailedException>(() => Client.WaitForResultAsync<int>(id, Wait));
        var healthy = await Client.StartAsync(() => ChildFlows.Square(6));

        StringAssert.Contains(failed.ErrorMessage, "attempted 3 time(s)");
        StringAssert.Contains(failed.ErrorMessage, "System.OutOfMemoryException: injected");
        Assert.AreEqual(36, await Client.WaitForResultAsync<int>(healthy, Wait));
    }

    [TestMethod]
    public async Task CancellationEndsAFlowThatCannotBeLoadedWithoutWaitingForItsBackoff()
    {
        var faulty = new FaultInjectingStore(Store) { OnGet = _ => new InvalidOperationException("injected") };
        await using var worker = new InProcessWorker(faulty, Options(maxAttempts: 10, backoff: TimeSpan.FromMinutes(5)));
        var id = await Client.StartAsync(() => ChildFlows.JoinOne(3));
        await WaitUntilAsync(id, i => i.LastAttemptError is not null);
        var asked = DateTime.UtcNow;

        Assert.IsTrue(await Client.CancelAsync(id, "operator gave up"));
        var ended = await WaitUntilAsync(id, i => i.Status is FlowStatus.Cancelled or FlowStatus.Failed);

        Assert.AreEqual(FlowStatus.Cancelled, ended.Status);
        Assert.IsLessThan(TimeSpan.FromSeconds(15), DateTime.UtcNow - asked, "not after the 5 minute backoff");
        StringAssert.Contains(ended.Error!.Message, "operator gave up");
    }

    [TestMethod]
    public async Task StoreFailureWhileSavingEndsTheAttemptAndTheStepRunsAgain()
    {
        int saves = 0;
        var faulty = new FaultInjectingStore(Store)
        {
            OnSave = _ => Interlocked.Increment(ref saves) == 1 ? new TimeoutException("injected: the store did not answer") : null,
        };
        var log = new CapturingLogger();
        await using var worker = new InProcessWorker(faulty, Options(maxAttempts: 3, backoff: TimeSpan.FromMilliseconds(50), logger: log));

        var id = await Client.StartAsync(() => ContractFlows.CountWithCheckpoints(3));

        Assert.AreEqual(3, await Client.WaitForResultAsync<int>(id, Wait));
        var attemptFailed = log.Entries.Where(e => e.Event.Id == 17).ToList();
        Assert.HasCount(1, attemptFailed);
        StringAssert.Contains(attemptFailed[0].Message, "attempt 1 of 3");
        StringAssert.Contains(attemptFailed[0].Message, "injected: the store did not answer");
    }

    [TestMethod]
    public async Task AStepWhoseWorkerDiesEveryTimeEndsAfterTheAttemptLimit()
    {
        var id = await Client.StartAsync(() => ContractFlows.Add(1, 2));
        for (int dead = 1; dead <= 3; dead++)
        {
            var lease = (await Store.ClaimAsync("dies-" + dead, 10, TimeSpan.FromMilliseconds(150))).Single();
            Assert.AreEqual(dead, lease.Attempt);
            await Task.Delay(700);
        }

        await using var worker = new InProcessWorker(Store, Options(maxAttempts: 3));

        var failed = await Assert.ThrowsExactlyAsync<FlowFailedException>(() => Client.WaitForResultAsync<int>(id, Wait));
        Assert.AreEqual(typeof(FlowAttemptsExhaustedException).FullName, failed.ErrorType);
        StringAssert.Contains(failed.ErrorMessage, "attempted 3 time(s)");
        StringAssert.Contains(failed.ErrorMessage, "its worker died or lost the lease");
    }

    [TestMethod]
    public async Task AWorkerNeverClaimsAFlowItStillRuns()
    {
        var id = await Client.StartAsync(() => ContractFlows.Add(1, 2));
        var first = (await Store.ClaimAsync("busy-worker", 10, TimeSpan.FromMilliseconds(100))).Single();
        await Task.Delay(600);

        var again = await Store.ClaimAsync(new FlowClaimRequest
        {
            WorkerId = "busy-worker", MaxCount = 10, LeaseDuration = TimeSpan.FromSeconds(10), Running = new[] { id },
        });
        await Task.Delay(200);
        var other = await Store.ClaimAsync("other-worker", 10, TimeSpan.FromSeconds(10));

        Assert.IsEmpty(again, "the lapsed lease of a flow the worker still runs is not claimed by that worker");
        Assert.AreEqual(id, other.Single().Id, "another worker takes it");
        Assert.AreEqual(first.Attempt + 1, other.Single().Attempt);
    }

    [TestMethod]
    public async Task RetryLaterReleasesTheLeaseUntilTheBackoffEndsAndKeepsTheError()
    {
        var id = await Client.StartAsync(() => ContractFlows.Add(1, 2));
        var lease = (await Store.ClaimAsync("w", 10, TimeSpan.FromSeconds(30))).Single();
        var error = new FlowError { Type = "System.TimeoutException", Message = "the store did not answer" };

        Assert.IsTrue(await Store.RetryLaterAsync(lease, error, TimeSpan.FromMilliseconds(700)));
        var waiting = await Client.GetAsync(id);
        var tooEarly = await Store.ClaimAsync("w2", 10, TimeSpan.FromSeconds(30));
        await Task.Delay(1000);
        var next = (await Store.ClaimAsync("w2", 10, TimeSpan.FromSeconds(30))).Single();

        Assert.AreEqual(FlowStatus.Running, waiting.Status);
        Assert.IsNull(waiting.Worker);
        Assert.AreEqual("the store did not answer", waiting.LastAttemptError!.Message);
        Assert.IsEmpty(tooEarly, "claimable only after the backoff");
        Assert.AreEqual(2, next.Attempt);
        Assert.AreEqual("System.TimeoutException", next.LastAttemptError!.Type);
        Assert.IsFalse(await Store.RetryLaterAsync(lease, error, TimeSpan.Zero), "a lease that was lost cannot be given up again");
        Assert.IsTrue(await Store.CompleteAsync(next, new byte[] { 1 }));
        Assert.IsNull((await Client.GetAsync(id)).LastAttemptError, "a finished flow shows no attempt error");
    }

    [TestMethod]
    public async Task ContinuationLargerThanTheLimitFailsTheSuspensionNamingTheLargestLocals()
    {
        await using var worker = new InProcessWorker(Store, Options(maxContinuationBytes: 64 * 1024));

        var id = await Client.StartAsync(() => ContainmentFlows.HoldsLarge(200));
        var failed = await Assert.ThrowsExactlyAsync<FlowFailedException>(() => Client.WaitForResultAsync<int>(id, Wait));
        var handled = await Client.StartAsync(() => ContainmentFlows.DropsLargeWhenRefused(200));
        var small = await Client.StartAsync(() => ContainmentFlows.HoldsLarge(8));

        Assert.AreEqual(typeof(FlowSerializationException).FullName, failed.ErrorType);
        StringAssert.Contains(failed.ErrorMessage, $"Flow {id}: The flow cannot suspend in Flowmetal.Runtime.Flows.ContainmentFlows::HoldsLarge(System.Int32)");
        StringAssert.Contains(failed.ErrorMessage, "MaxContinuationBytes");
        StringAssert.Contains(failed.ErrorMessage, "64 KiB");
        StringAssert.Contains(failed.ErrorMessage, "Largest: local 'report' in Flowmetal.Runtime.Flows.ContainmentFlows::HoldsLarge(System.Int32) (about 200");
        StringAssert.StartsWith(await Client.WaitForResultAsync<string>(handled, Wait), "refused: ", "the flow caught it at the suspension point and went on");
        Assert.AreEqual(8 * 1024 + 2, await Client.WaitForResultAsync<int>(small, Wait));
    }

    [TestMethod]
    public async Task SignalPayloadLargerThanTheLimitIsRefusedAtTheCaller()
    {
        var limited = await CreateStoreAsync(new FlowStoreLimits { MaxSignalPayloadBytes = 1024 });
        try
        {
            var client = new FlowClient(limited);
            var id = await client.StartAsync(() => ContractFlows.CollectSignals(1));

            var refused = await Assert.ThrowsExactlyAsync<FlowLimitExceededException>(() => client.SignalAsync(id, "item", new string('x', 2000)));
            await client.SignalAsync(id, "item", "small");
            await using var worker = new InProcessWorker(limited);

            Assert.AreEqual("MaxSignalPayloadBytes", refused.Limit);
            Assert.AreEqual(1024, refused.Maximum);
            Assert.AreEqual(id, refused.FlowId);
            StringAssert.Contains(refused.Message, $"The payload of signal 'item' to flow {id}");
            StringAssert.Contains(refused.Message, "the signal was not sent");
            Assert.AreEqual("small", await client.WaitForResultAsync<string>(id, Wait), "the refused payload was never buffered");
        }
        finally
        {
            await DisposeAsync(limited);
        }
    }

    [TestMethod]
    public async Task SignalsBeyondTheBufferLimitAreRefusedUntilTheFlowTakesSome()
    {
        var limited = await CreateStoreAsync(new FlowStoreLimits { MaxBufferedSignals = 3 });
        try
        {
            var client = new FlowClient(limited, new FlowClientOptions { PollInterval = TimeSpan.FromMilliseconds(200) });
            var id = await client.StartAsync(() => ContractFlows.CollectSignals(4));
            foreach (var item in new[] { "a", "b", "c" })
            {
                await client.SignalAsync(id, "item", item);
            }

            var refused = await Assert.ThrowsExactlyAsync<FlowLimitExceededException>(() => client.SignalAsync(id, "other", "d"));
            await using var worker = new InProcessWorker(limited);
            var deadline = DateTime.UtcNow + Wait;
            while ((await client.GetAsync(id)) is not { Status: FlowStatus.Waiting, Suspensions: >= 4 })
            {
                Assert.IsLessThan(deadline, DateTime.UtcNow, "the flow did not take its three signals");
                await Task.Delay(20);
            }

            await client.SignalAsync(id, "item", "d");

            Assert.AreEqual("MaxBufferedSignals", refused.Limit);
            StringAssert.Contains(refused.Message, $"Flow {id} already has 3 signals buffered");
            StringAssert.Contains(refused.Message, "the signal 'other' was not delivered");
            Assert.AreEqual("a,b,c,d", await client.WaitForResultAsync<string>(id, Wait));
        }
        finally
        {
            await DisposeAsync(limited);
        }
    }

    [TestMethod]
    public async Task FinishedFlowsAndTheirLeftoverSignalsExpireAfterTheRetention()
    {
        var limited = await CreateStoreAsync(new FlowStoreLimits { FinishedFlowRetention = TimeSpan.FromSeconds(1) });
        try
        {
            var client = new FlowClient(limited, new FlowClientOptions { PollInterval = TimeSpan.FromMilliseconds(100) });
            await using var worker = new InProcessWorker(limited);
            var id = await client.StartAsync(() => ContractFlows.Doubles());
            var waiting = await client.StartAsync(() => ContractFlows.WaitForever());
            await client.SignalAsync(id, "never-waited-for", "leftover");
            await client.SignalAsync(id, "number", 21);
            Assert.AreEqual(42, await client.WaitForResultAsync<int>(id, Wait));
            Assert.AreEqual(FlowStatus.Completed, (await client.GetAsync(id)).Status, "kept during the retention");

            await Task.Delay(TimeSpan.FromSeconds(2.5));

            await Assert.ThrowsExactlyAsync<FlowNotFoundException>(() => client.GetAsync(id));
            await Assert.ThrowsExactlyAsync<FlowNotFoundException>(() => client.SignalAsync(id, "number", 1));
            CollectionAssert.AreEqual(new[] { waiting }, (await client.ListAsync()).Flows.Select(f => f.Id).ToArray(), "only the unfinished flow is listed");
            Assert.IsEmpty((await client.ListAsync(FlowStatus.Completed)).Flows);
            await AssertExpiredAsync(limited, id);
        }
        finally
        {
            await DisposeAsync(limited);
        }
    }

    [TestMethod]
    public async Task LostLeaseStopsTheStepsSaveAndIsLoggedOnce()
    {
        var lost = 0;
        var faulty = new FaultInjectingStore(Store) { LoseOnRenew = lease => lease.Token == 1 && Interlocked.Exchange(ref lost, 1) == 0 };
        var log = new CapturingLogger();
        var key = "lost-" + Guid.NewGuid().ToString("N");
        var starts = 0;
        SideEffects.Sink = k => { if (k == key + ":start") { Interlocked.Increment(ref starts); } };
        try
        {
            await using var worker = new InProcessWorker(faulty, Options(lease: TimeSpan.FromMilliseconds(300), logger: log));

            var id = await Client.StartAsync(() => ContainmentFlows.SlowStep(key, 800));

            Assert.AreEqual(800, await Client.WaitForResultAsync<int>(id, Wait));
            var info = await Client.GetAsync(id);
            Assert.AreEqual(1, info.Suspensions, "the first attempt stored nothing after it lost its lease");
            Assert.AreEqual(2, starts, "the step ran again from the last stored state");
            var losses = log.Entries.Where(e => e.Event.Id == 8).ToList();
            Assert.HasCount(1, losses, string.Join(Environment.NewLine, log.Entries.Select(e => e.Message)));
            StringAssert.Contains(losses[0].Message, $"Flow {id}");
            StringAssert.Contains(losses[0].Message, "token 1");
        }
        finally
        {
            SideEffects.Sink = null;
        }
    }

    [TestMethod]
    public async Task AHugeErrorMessageIsStoredCutToABoundedSize()
    {
        await using var worker = new InProcessWorker(Store);

        var id = await Client.StartAsync(() => ContractFlows.Throws(new string('e', 200_000)));
        var failed = await Assert.ThrowsExactlyAsync<FlowFailedException>(() => Client.WaitForResultAsync<string>(id, Wait));

        Assert.IsLessThan(9 * 1024, failed.ErrorMessage.Length);
        StringAssert.StartsWith(failed.ErrorMessage, new string('e', 8 * 1024));
        StringAssert.EndsWith(failed.ErrorMessage, "(191,808 more characters not stored)");
    }

    [TestMethod]
    public async Task AFlowHandedBackUnrunAtEveryShutdownKeepsItsAttemptsAndRuns()
    {
        var key = "handed-" + Guid.NewGuid().ToString("N");
        var id = await Client.StartAsync(() => ContainmentFlows.SlowStep(key, 1));

        // More hand-backs than the worker's MaxStepAttempts: each would otherwise count as an attempt that never ran.
        for (int i = 0; i < new FlowWorkerOptions().MaxStepAttempts + 3; i++)
        {
            var lease = (await Store.ClaimAsync("stopping-" + i, 1, TimeSpan.FromSeconds(30))).Single();
            Assert.AreEqual(id, lease.Id);
            Assert.AreEqual(1, lease.Attempt, $"claim {i + 1}: no step ran before it, so this is the first attempt");
            Assert.IsTrue(await Store.HandBackAsync(lease));
        }

        var info = await Client.GetAsync(id);
        Assert.AreEqual(0, info.Attempts);
        Assert.IsNull(info.Worker, "no worker holds it");
        Assert.AreEqual(FlowStatus.Pending, info.Status, "handed back, it waits for a worker rather than shows as running");
        Assert.AreEqual(1, (await Client.ListAsync(FlowStatus.Pending)).Flows.Count(f => f.Id == id), "and is listed as pending");
        Assert.IsEmpty((await Client.ListAsync(FlowStatus.Running)).Flows.Where(f => f.Id == id), "not as running");
        await using var worker = new InProcessWorker(Store);
        Assert.AreEqual(1, await Client.WaitForResultAsync<int>(id, Wait));
    }

    [TestMethod]
    public async Task AWorkerThatClaimsAheadRunsEveryFlowOnceAndHandsBackWhatItDidNotStart()
    {
        var key = "ahead-" + Guid.NewGuid().ToString("N");
        var runs = new System.Collections.Concurrent.ConcurrentDictionary<string, int>();
        SideEffects.Sink = k => runs.AddOrUpdate(k, 1, (_, n) => n + 1);
        try
        {
            var ids = new List<FlowId>();
            for (int i = 0; i < 20; i++)
            {
                ids.Add(await Client.StartAsync(() => ContainmentFlows.SlowStep(key + i, 20)));
            }

            var options = Options();
            await using (var worker = new InProcessWorker(Store, new FlowWorkerOptions
            {
                MaxConcurrentFlows = 2, ClaimAhead = 6, LeaseDuration = options.LeaseDuration, PollInterval = options.PollInterval,
            }))
            {
                foreach (var id in ids)
                {
                    Assert.AreEqual(20, await Client.WaitForResultAsync<int>(id, Wait));
                }
            }

            Assert.IsTrue(Enumerable.Range(0, 20).All(i => runs.GetValueOrDefault(key + i + ":start") == 1), "each flow ran once");

            var queued = new List<FlowId>();
            for (int i = 0; i < 6; i++)
            {
                queued.Add(await Client.StartAsync(() => ContainmentFlows.SlowStep(key + "q" + i, 1000)));
            }

            var stopping = new InProcessWorker(Store, new FlowWorkerOptions
            {
                MaxConcurrentFlows = 1, ClaimAhead = 5, LeaseDuration = TimeSpan.FromSeconds(30), PollInterval = options.PollInterval,
                ShutdownGracePeriod = TimeSpan.FromSeconds(5),
            });
            var deadline = DateTime.UtcNow + Wait;
            while ((await Task.WhenAll(queued.Select(id => Client.GetAsync(id)))).Count(i => i.Status == FlowStatus.Running) < 6)
            {
                Assert.IsLessThan(deadline, DateTime.UtcNow, "the worker claimed its thread's flow and five ahead");
                await Task.Delay(20);
            }

            await stopping.DisposeAsync();
            var handedBack = new List<FlowLease>();
            var soon = DateTime.UtcNow + TimeSpan.FromSeconds(3);
            while (handedBack.Count < 5 && DateTime.UtcNow < soon)
            {
                handedBack.AddRange(await Store.ClaimAsync("next-worker", 10, TimeSpan.FromSeconds(30)));
                await Task.Delay(50);
            }

            Assert.IsGreaterThanOrEqualTo(5, handedBack.Count, "the flows claimed ahead were handed back at once, not after their 30 s leases");
            Assert.IsTrue(handedBack.All(l => l.Attempt == 1), "a flow handed back unrun got its attempt back: " + string.Join(", ", handedBack.Select(l => $"{l.Id} attempt {l.Attempt}")));
        }
        finally
        {
            SideEffects.Sink = null;
        }
    }

    /// <summary>What a store keeps of an expired flow (Redis looks at its keys and indexes too).</summary>
    protected virtual Task AssertExpiredAsync(IFlowStore store, FlowId id) => Task.CompletedTask;

    private static FlowWorkerOptions Options(
        int maxAttempts = 5, TimeSpan? backoff = null, int maxContinuationBytes = 4 * 1024 * 1024, TimeSpan? lease = null, ILogger? logger = null) => new()
        {
            LeaseDuration = lease ?? TimeSpan.FromSeconds(5),
            PollInterval = TimeSpan.FromMilliseconds(100),
            MaxConcurrentFlows = 4,
            MaxStepAttempts = maxAttempts,
            StepRetryBackoff = backoff ?? TimeSpan.FromMilliseconds(100),
            MaxStepRetryBackoff = TimeSpan.FromMinutes(10),
            MaxContinuationBytes = maxContinuationBytes,
            Logger = logger,
        };

    private static async Task DisposeAsync(IFlowStore store)
    {
        if (store is IAsyncDisposable disposable)
        {
            await disposable.DisposeAsync();
        }
    }
}
