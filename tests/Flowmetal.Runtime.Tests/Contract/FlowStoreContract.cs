using Flowmetal.Client;
using Flowmetal.Runtime.Flows;
using Flowmetal.Runtime.Flows.Support;
using Flowmetal.Runtime.Tests.Infrastructure;
using Flowmetal.Storage;

namespace Flowmetal.Runtime.Tests.Contract;

/// <summary>
/// What every store must do, run once per store by the derived classes: the same flows, the same
/// client and worker, the same answers.
/// </summary>
public abstract partial class FlowStoreContract
{
    protected static readonly TimeSpan Wait = TimeSpan.FromSeconds(20);

    protected IFlowStore Store { get; private set; } = null!;

    protected FlowClient Client { get; private set; } = null!;

    /// <summary>A new, empty store with these limits (the same data for every call within one test is not required).</summary>
    protected abstract Task<IFlowStore> CreateStoreAsync(FlowStoreLimits limits);

    [TestInitialize]
    public async Task CreateStore()
    {
        Store = await CreateStoreAsync(FlowStoreLimits.Default);
        Client = new FlowClient(Store, new FlowClientOptions { PollInterval = TimeSpan.FromMilliseconds(200) });
    }

    [TestCleanup]
    public async Task DisposeStore()
    {
        if (Store is IAsyncDisposable disposable)
        {
            await disposable.DisposeAsync();
        }
    }

    [TestMethod]
    public async Task StartedFlowCompletesWithItsResult()
    {
        await using var worker = new InProcessWorker(Store);

        var id = await Client.StartAsync(() => ContractFlows.Add(2, 3));
        var result = await Client.WaitForResultAsync<int>(id, Wait);

        Assert.AreEqual(5, result);
        var info = await Client.GetAsync(id);
        Assert.AreEqual(FlowStatus.Completed, info.Status);
        Assert.IsNotNull(info.FinishedAt);
        Assert.AreEqual("Flowmetal.Runtime.Flows.ContractFlows::Add(System.Int32,System.Int32)", info.EntryMethod);
        Assert.IsEmpty(info.Stack);
    }

    [TestMethod]
    public async Task StartWithTheSameIdIsIdempotent()
    {
        var id = new FlowId("order-" + Guid.NewGuid().ToString("N"));

        var first = await Client.StartAsync(() => ContractFlows.CountWithCheckpoints(3), id);
        var second = await Client.StartAsync(() => ContractFlows.CountWithCheckpoints(3), id);
        await using (var worker = new InProcessWorker(Store))
        {
            Assert.AreEqual(3, await Client.WaitForResultAsync<int>(id, Wait));
        }

        var third = await Client.StartAsync(() => ContractFlows.CountWithCheckpoints(3), id);

        Assert.AreEqual(id, first);
        Assert.AreEqual(id, second);
        Assert.AreEqual(id, third);
        var all = await Client.ListAsync(pageSize: 100);
        Assert.HasCount(1, all.Flows);
        Assert.AreEqual(3, (await Client.GetAsync(id)).Suspensions, "the flow ran once");
        var conflict = await Assert.ThrowsExactlyAsync<InvalidOperationException>(() => Client.StartAsync(() => ContractFlows.Add(1, 1), id));
        StringAssert.Contains(conflict.Message, "already exists and runs Flowmetal.Runtime.Flows.ContractFlows::CountWithCheckpoints");
    }

    [TestMethod]
    public async Task EntryThatIsNotWovenIsRefusedAtStart()
    {
        var error = await Assert.ThrowsExactlyAsync<ArgumentException>(() => Client.StartAsync(() => NotWoven.Plain(1)));

        StringAssert.Contains(error.Message, "Flowmetal.Runtime.Flows.Support.NotWoven::Plain(System.Int32) is not woven");
        StringAssert.Contains(error.Message, "<Include>Flowmetal.Runtime.Flows.Support.NotWoven::Plain</Include>");
        Assert.IsEmpty((await Client.ListAsync()).Flows);
    }

    [TestMethod]
    public async Task EntryMustBeAMethodCall()
    {
        var error = await Assert.ThrowsExactlyAsync<ArgumentException>(() => Client.StartAsync(() => 1 + 2));

        StringAssert.Contains(error.Message, "is not a method call");
    }

    [TestMethod]
    public async Task CheckpointsMakeTheStackDurableAndRunOn()
    {
        await using var worker = new InProcessWorker(Store);

        var id = await Client.StartAsync(() => ContractFlows.CountWithCheckpoints(5));

        Assert.AreEqual(10, await Client.WaitForResultAsync<int>(id, Wait));
        var info = await Client.GetAsync(id);
        Assert.AreEqual(5, info.Suspensions);
        Assert.AreEqual(1, info.Attempts);
    }

    [TestMethod]
    public async Task SleepIsADurableTimer()
    {
        await using var worker = new InProcessWorker(Store);
        var started = DateTimeOffset.UtcNow;

        var id = await Client.StartAsync(() => ContractFlows.Sleeper(400));
        var sleeping = await WaitUntilAsync(id, i => i.Status == FlowStatus.Waiting);

        Assert.AreEqual(FlowWaitKind.Timer, sleeping.Wait!.Kind);
        Assert.IsNotNull(sleeping.Wait.Due);
        Assert.IsGreaterThan(started, sleeping.Wait.Due.Value);
        StringAssert.StartsWith(sleeping.Wait.Description, "timer due");
        Assert.AreEqual("slept 400", await Client.WaitForResultAsync<string>(id, Wait));
        Assert.IsGreaterThanOrEqualTo(sleeping.Wait.Due.Value, (await Client.GetAsync(id)).FinishedAt!.Value.AddMilliseconds(20));
    }

    [TestMethod]
    public async Task SignalsArriveInOrderPerName()
    {
        var id = await Client.StartAsync(() => ContractFlows.CollectSignals(3));
        await Client.SignalAsync(id, "item", "first");
        await Client.SignalAsync(id, "item", "second");

        await using var worker = new InProcessWorker(Store);
        await WaitUntilAsync(id, i => i.Status == FlowStatus.Waiting);
        await Client.SignalAsync(id, "item", "third");

        Assert.AreEqual("first,second,third", await Client.WaitForResultAsync<string>(id, Wait));
    }

    [TestMethod]
    public async Task SignalsOfOtherNamesWaitTheirTurn()
    {
        await using var worker = new InProcessWorker(Store);
        var id = await Client.StartAsync(() => ContractFlows.TwoNames());

        await Client.SignalAsync(id, "a", "A");
        var waiting = await WaitUntilAsync(id, i => i.Status == FlowStatus.Waiting);
        Assert.AreEqual("b", waiting.Wait!.SignalName, "a signal of another name does not wake the flow");
        await Client.SignalAsync(id, "b", "B");

        Assert.AreEqual("BA", await Client.WaitForResultAsync<string>(id, Wait));
    }

    [TestMethod]
    public async Task SignalSentBeforeTheFlowRunsIsBuffered()
    {
        var id = await Client.StartAsync(() => ContractFlows.Doubles());
        await Client.SignalAsync(id, "number", 21);

        await using var worker = new InProcessWorker(Store);

        Assert.AreEqual(42, await Client.WaitForResultAsync<int>(id, Wait));
    }

    [TestMethod]
    public async Task ExceptionFailsTheFlowWithTypeMessageAndStack()
    {
        await using var worker = new InProcessWorker(Store);

        var id = await Client.StartAsync(() => ContractFlows.Throws("boom"));
        var failed = await Assert.ThrowsExactlyAsync<FlowFailedException>(() => Client.WaitForResultAsync<string>(id, Wait));

        Assert.AreEqual(id, failed.FlowId);
        Assert.AreEqual("System.InvalidOperationException", failed.ErrorType);
        Assert.AreEqual("boom", failed.ErrorMessage);
        StringAssert.Contains(failed.ErrorStackTrace, "SideEffects.Throw");
        StringAssert.Contains(failed.ErrorStackTrace, "ContractFlows.Throws");
        var info = await Client.GetAsync(id);
        Assert.AreEqual(FlowStatus.Failed, info.Status);
        Assert.AreEqual("boom", info.Error!.Message);
    }

    [TestMethod]
    public async Task WaitForResultTimesOutNamingWhatTheFlowWaitsFor()
    {
        await using var worker = new InProcessWorker(Store);
        var id = await Client.StartAsync(() => ContractFlows.WaitForever());
        await WaitUntilAsync(id, i => i.Status == FlowStatus.Waiting);

        var error = await Assert.ThrowsExactlyAsync<TimeoutException>(() => Client.WaitForResultAsync<string>(id, TimeSpan.FromMilliseconds(300)));

        StringAssert.Contains(error.Message, id.Value);
        StringAssert.Contains(error.Message, "signal 'never'");
    }

    [TestMethod]
    public async Task GetDescribesTheSuspendedStackWithSourceLines()
    {
        await using var worker = new InProcessWorker(Store);
        var before = DateTimeOffset.UtcNow.AddSeconds(-1);

        var id = await Client.StartAsync(() => ContractFlows.Outer(21));
        var info = await WaitUntilAsync(id, i => i.Status == FlowStatus.Waiting);

        Assert.AreEqual(FlowWaitKind.Signal, info.Wait!.Kind);
        Assert.AreEqual("approved", info.Wait.SignalName);
        StringAssert.StartsWith(info.Wait.PayloadType, "System.Boolean");
        CollectionAssert.AreEqual(
            new[]
            {
                "Flowmetal.Runtime.Flows.ContractFlows::Inner(System.Int32)",
                "Flowmetal.Runtime.Flows.ContractFlows::Middle(System.Int32)",
                "Flowmetal.Runtime.Flows.ContractFlows::Outer(System.Int32)",
            },
            info.Stack.Select(f => f.Method).ToArray());
        var inner = info.Stack[0];
        StringAssert.EndsWith(inner.SourceFile, "ContractFlows.cs");
        var lines = File.ReadAllLines(inner.SourceFile!);
        StringAssert.Contains(lines[inner.Line - 1], "Flow.WaitForSignal<bool>(\"approved\")");
        StringAssert.Contains(lines[info.Stack[1].Line - 1], "Inner(doubled)");
        StringAssert.Contains(lines[info.Stack[2].Line - 1], "Middle(orderId)");
        StringAssert.Contains(info.Stack[0].ToString(), "ContractFlows.cs:" + inner.Line);
        Assert.IsGreaterThan(before, info.CreatedAt);
        Assert.IsGreaterThanOrEqualTo(info.CreatedAt, info.UpdatedAt);
        Assert.AreEqual(0, info.Attempts, "a waiting flow's step has not started yet");
        Assert.AreEqual(1, info.Suspensions);
        Assert.IsNull(info.FinishedAt);

        await Client.SignalAsync(id, "approved", true);
        Assert.AreEqual("order 21: approved 42/42", await Client.WaitForResultAsync<string>(id, Wait));
    }

    [TestMethod]
    public async Task ListPagesThroughFlowsByStatus()
    {
        await using var worker = new InProcessWorker(Store);
        var waiting = new List<FlowId>();
        for (int i = 0; i < 5; i++)
        {
            waiting.Add(await Client.StartAsync(() => ContractFlows.WaitForever(), new FlowId($"w{i}")));
        }

        var done = await Client.StartAsync(() => ContractFlows.Add(1, 2), new FlowId("done"));
        await Client.WaitForResultAsync<int>(done, Wait);
        foreach (var id in waiting)
        {
            await WaitUntilAsync(id, i => i.Status == FlowStatus.Waiting);
        }

        var seen = new List<FlowId>();
        string? cursor = null;
        int pages = 0;
        do
        {
            var page = await Client.ListAsync(FlowStatus.Waiting, pageSize: 2, cursor);
            Assert.IsLessThanOrEqualTo(2, page.Flows.Count);
            Assert.IsTrue(page.Flows.All(f => f.Status == FlowStatus.Waiting));
            seen.AddRange(page.Flows.Select(f => f.Id));
            cursor = page.NextCursor;
            pages++;
        }
        while (cursor is not null);

        CollectionAssert.AreEquivalent(waiting, seen);
        Assert.IsGreaterThanOrEqualTo(3, pages);
        var completed = await Client.ListAsync(FlowStatus.Completed);
        CollectionAssert.AreEqual(new[] { done }, completed.Flows.Select(f => f.Id).ToArray());
        Assert.HasCount(6, (await Client.ListAsync()).Flows);
    }

    [TestMethod]
    public async Task UnknownIdIsAClearError()
    {
        var unknown = new FlowId("no-such-flow");

        var get = await Assert.ThrowsExactlyAsync<FlowNotFoundException>(() => Client.GetAsync(unknown));
        await Assert.ThrowsExactlyAsync<FlowNotFoundException>(() => Client.SignalAsync(unknown, "x", 1));
        await Assert.ThrowsExactlyAsync<FlowNotFoundException>(() => Client.WaitForResultAsync<int>(unknown, TimeSpan.FromSeconds(1)));
        Assert.AreEqual(unknown, get.FlowId);
        StringAssert.Contains(get.Message, "'no-such-flow'");
        Assert.ThrowsExactly<ArgumentException>(() => new FlowId("has{brace}"));
    }

    [TestMethod]
    public async Task FlowWithoutResultCompletes()
    {
        await using var worker = new InProcessWorker(Store);

        var id = await Client.StartAsync(() => ContractFlows.NoResult("void"));

        Assert.AreEqual(FlowStatus.Completed, (await Client.WaitForCompletionAsync(id, Wait)).Status);
    }

    [TestMethod]
    public async Task SignalToAFinishedFlowIsRefused()
    {
        await using var worker = new InProcessWorker(Store);
        var id = await Client.StartAsync(() => ContractFlows.Add(1, 1));
        await Client.WaitForResultAsync<int>(id, Wait);

        var error = await Assert.ThrowsExactlyAsync<InvalidOperationException>(() => Client.SignalAsync(id, "late", 1));

        StringAssert.Contains(error.Message, "already finished");
    }

    [TestMethod]
    public async Task PayloadOfTheWrongTypeIsRefusedWhenTheFlowWaits()
    {
        await using var worker = new InProcessWorker(Store);
        var id = await Client.StartAsync(() => ContractFlows.Doubles());
        await WaitUntilAsync(id, i => i.Status == FlowStatus.Waiting);

        var error = await Assert.ThrowsExactlyAsync<ArgumentException>(() => Client.SignalAsync(id, "number", "twenty-one"));

        StringAssert.Contains(error.Message, "waits for signal 'number' with a System.Int32 payload");
        await Client.SignalAsync(id, "number", 5);
        Assert.AreEqual(10, await Client.WaitForResultAsync<int>(id, Wait));
    }

    [TestMethod]
    public async Task PayloadOfTheWrongTypeBufferedEarlyFailsOnlyThatFlow()
    {
        var bad = await Client.StartAsync(() => ContractFlows.Doubles());
        await Client.SignalAsync(bad, "number", "twenty-one");
        var good = await Client.StartAsync(() => ContractFlows.Doubles());
        await Client.SignalAsync(good, "number", 4);

        await using var worker = new InProcessWorker(Store);

        var failed = await Assert.ThrowsExactlyAsync<FlowFailedException>(() => Client.WaitForResultAsync<int>(bad, Wait));
        Assert.AreEqual("System.InvalidCastException", failed.ErrorType);
        StringAssert.Contains(failed.ErrorMessage, $"Signal 'number' carried a System.String payload, but the flow waits for a System.Int32 (flow {bad})");
        Assert.AreEqual(8, await Client.WaitForResultAsync<int>(good, Wait));
    }

    [TestMethod]
    public async Task ValueThatCannotBeStoredFailsTheSuspensionNamingMethodLocalAndType()
    {
        await using var worker = new InProcessWorker(Store);

        var id = await Client.StartAsync(() => ContractFlows.HoldsTask());
        var failed = await Assert.ThrowsExactlyAsync<FlowFailedException>(() => Client.WaitForResultAsync<string>(id, Wait));

        Assert.AreEqual("Flowmetal.Serialization.FlowSerializationException", failed.ErrorType);
        StringAssert.Contains(failed.ErrorMessage, "Flow " + id);
        StringAssert.Contains(failed.ErrorMessage, "Flowmetal.Runtime.Flows.ContractFlows::HoldsTask()");
        StringAssert.Contains(failed.ErrorMessage, "local 'pending'");
        StringAssert.Contains(failed.ErrorMessage, "holds a System.Threading.Tasks.Task<System.Int32>");
        StringAssert.Contains(failed.ErrorMessage, "wait for it before the suspension point");
    }

    [TestMethod]
    public async Task RefusedSuspensionCanBeHandledInsideTheFlow()
    {
        await using var worker = new InProcessWorker(Store);

        var id = await Client.StartAsync(() => ContractFlows.CatchesRefusedSuspension());

        StringAssert.Matches(await Client.WaitForResultAsync<string>(id, Wait), new System.Text.RegularExpressions.Regex("^kept caught <>l[0-9]+_stream$"));
    }

    [TestMethod]
    public async Task ExpiredLeaseCannotOverwriteANewerClaim()
    {
        var id = await Client.StartAsync(() => ContractFlows.Add(1, 2));
        var first = (await Store.ClaimAsync("worker-a", 10, TimeSpan.FromMilliseconds(300))).Single();
        Assert.IsEmpty(await Store.ClaimAsync("worker-b", 10, TimeSpan.FromSeconds(10)), "a held lease is not claimable");

        await Task.Delay(700);
        var second = (await Store.ClaimAsync("worker-b", 10, TimeSpan.FromSeconds(10))).Single();
        var stale = await Store.SaveAsync(first, Checkpoint(new byte[] { 1 }));
        var fresh = await Store.SaveAsync(second, Checkpoint(new byte[] { 2 }));

        Assert.AreEqual(id, second.Id);
        Assert.IsGreaterThan(first.Token, second.Token);
        Assert.AreEqual(2, second.Attempt);
        Assert.IsFalse(stale.Accepted, "the expired worker's write is fenced off");
        Assert.IsTrue(fresh.Accepted);
        Assert.IsFalse(await Store.CompleteAsync(first, new byte[] { 0 }));
        Assert.IsFalse(await Store.RenewAsync(first, TimeSpan.FromSeconds(1)));
        Assert.AreEqual(FlowStatus.Running, (await Client.GetAsync(id)).Status);
        Assert.AreEqual("worker-b", (await Client.GetAsync(id)).Worker);
    }

    [TestMethod]
    public async Task DamagedContinuationFailsThatFlowAndTheWorkerServesOthers()
    {
        var damaged = await Client.StartAsync(() => ContractFlows.Add(1, 2));
        var lease = (await Store.ClaimAsync("fake-worker", 10, TimeSpan.FromSeconds(10))).Single();
        Assert.IsTrue((await Store.SaveAsync(lease, Checkpoint(AsStored(damaged, "{\"fmt\":2,\"types\":[\"Flowm"u8.ToArray()), release: true))).Accepted);
        var good = await Client.StartAsync(() => ContractFlows.CountWithCheckpoints(4));

        await using var worker = new InProcessWorker(Store);

        var failed = await Assert.ThrowsExactlyAsync<FlowFailedException>(() => Client.WaitForResultAsync<int>(damaged, Wait));
        Assert.AreEqual("Flowmetal.Execution.FlowResumeException", failed.ErrorType);
        StringAssert.Contains(failed.ErrorMessage, $"Flow {damaged} (Flowmetal.Runtime.Flows.ContractFlows::Add(System.Int32,System.Int32)) cannot be resumed");
        StringAssert.Contains(failed.ErrorMessage, "damaged");
        Assert.AreEqual(6, await Client.WaitForResultAsync<int>(good, Wait));
    }

    [TestMethod]
    public async Task ContinuationNamingATypeOutsideTheAllowListIsRefused()
    {
        var bytes = SuspendOnce(nameof(ContractFlows.HoldsObject));
        var document = System.Text.Json.Nodes.JsonNode.Parse(bytes)!.AsObject();
        var frame = document["frames"]![0]!.AsObject();
        var local = frame.Single(field => field.Value?.GetValueKind() == System.Text.Json.JsonValueKind.String && (string?)field.Value == "marker-value").Key;

        // The object local now refers to a new entry of a type no flow may hold.
        var types = document["types"]!.AsArray();
        types.Add("System.IO.FileInfo, System.IO.FileSystem");
        var objects = document["objects"]!.AsArray();
        objects.Add(new System.Text.Json.Nodes.JsonObject { ["$t"] = types.Count - 1, ["OriginalPath"] = "/etc/passwd" });
        frame[local] = objects.Count - 1;
        var hostile = document.ToJsonString();
        var id = await Client.StartAsync(() => ContractFlows.HoldsObject());
        var lease = (await Store.ClaimAsync("fake-worker", 10, TimeSpan.FromSeconds(10))).Single();
        Assert.IsTrue((await Store.SaveAsync(lease, Checkpoint(AsStored(id, System.Text.Encoding.UTF8.GetBytes(hostile)), release: true))).Accepted);
        var good = await Client.StartAsync(() => ContractFlows.HoldsObject());

        await using var worker = new InProcessWorker(Store);

        var failed = await Assert.ThrowsExactlyAsync<FlowFailedException>(() => Client.WaitForResultAsync<string>(id, Wait));
        StringAssert.Contains(failed.ErrorMessage, "System.IO.FileInfo");
        StringAssert.Contains(failed.ErrorMessage, "not in the allow list");
        Assert.AreEqual("marker-value", await Client.WaitForResultAsync<string>(good, Wait));
    }

    /// <summary>A continuation as a worker stores it (signed, when the store signs), for tests of what loading does with its content.</summary>
    private byte[] AsStored(FlowId id, byte[] continuation) => StateSigner.Sign(StateSigner.Of(Store), id, StateKinds.Continuation, continuation);

    private static FlowSave Checkpoint(byte[] continuation, bool release = false) => new()
    {
        Continuation = continuation,
        Stack = Array.Empty<FlowStackFrame>(),
        Wait = new FlowWait { Kind = FlowWaitKind.Checkpoint, Description = "checkpoint" },
        Release = release,
    };

    private static FlowSave Checkpoint(byte[] continuation) => Checkpoint(continuation, release: false);

    /// <summary>Runs a ContractFlows method to its first suspension and returns the stored continuation.</summary>
    private static byte[] SuspendOnce(string method)
    {
        var entry = typeof(ContractFlows).GetMethod(method)!;
        var step = (Flowmetal.Execution.SuspendedStep)Flowmetal.Execution.FlowRunner.Run(entry, null, Array.Empty<object?>(), null, Flowmetal.Execution.ResumeInput.None);
        return new Flowmetal.Serialization.ContinuationSerializer().Serialize(step.Continuation);
    }

    protected async Task<FlowInfo> WaitUntilAsync(FlowId id, Func<FlowInfo, bool> condition)
    {
        var deadline = DateTime.UtcNow + Wait;
        while (true)
        {
            var info = await Client.GetAsync(id);
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
