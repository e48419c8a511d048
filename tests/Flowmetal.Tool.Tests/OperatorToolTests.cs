using System.Text.Json;
using Flowmetal.Client;
using Flowmetal.Runtime.Flows;
using Flowmetal.Runtime.Flows.Support;
using Flowmetal.Runtime.Tests.Infrastructure;
using Flowmetal.Storage.Redis;
using Flowmetal.Worker;

namespace Flowmetal.Tool.Tests;

/// <summary>
/// An operator at a shell: the flowmetal tool, run as a process against the Redis the flows live in (a worker in this
/// process runs them), looks at a waiting flow's frames and locals, signals, cancels, retries and rewinds.
/// </summary>
[TestClass]
public sealed class OperatorToolTests
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(30);

    private string _prefix = null!;
    private RedisFlowStore _store = null!;
    private FlowClient _client = null!;
    private CancellationTokenSource _stop = null!;
    private Task _worker = null!;

    public TestContext TestContext { get; set; } = null!;

    [TestInitialize]
    public async Task StartWorker()
    {
        _prefix = RedisServer.UniquePrefix("tool");
        _store = await RedisFlowStore.ConnectAsync(RedisServer.Endpoint, new RedisFlowStoreOptions { KeyPrefix = _prefix });
        _client = new FlowClient(_store, new FlowClientOptions { PollInterval = TimeSpan.FromMilliseconds(100) });
        _stop = new CancellationTokenSource();
        var worker = new FlowWorker(_store, new FlowWorkerOptions { PollInterval = TimeSpan.FromMilliseconds(100), LeaseDuration = TimeSpan.FromSeconds(10) });
        _worker = worker.RunAsync(_stop.Token);
    }

    [TestCleanup]
    public async Task StopWorker()
    {
        await _stop.CancelAsync();
        await _worker.WaitAsync(TimeSpan.FromSeconds(30));
        _stop.Dispose();
        await _store.DisposeAsync();
    }

    [TestMethod]
    public async Task ShowPrintsTheThreeFramesOfAWaitingFlowWithTheirLocalsValues()
    {
        var id = await _client.StartAsync(() => OperatorFlows.Order("ann", 3), new FlowId("order-" + Guid.NewGuid().ToString("N")[..6]));
        await WaitUntilAsync(id, i => i.Status == FlowStatus.Waiting);

        var show = Tool("show", id.Value);

        Assert.AreEqual(0, show.ExitCode, show.ToString());
        TestContext.WriteLine($"$ flowmetal show {id} --redis {RedisServer.Endpoint} --prefix {_prefix}\n{show.Output}");
        var text = show.Output;
        StringAssert.Contains(text, $"Flow {id}  Waiting");
        StringAssert.Contains(text, "waits on     signal 'decision' (String)");
        StringAssert.Matches(text, new System.Text.RegularExpressions.Regex(@"build\s+Flowmetal\.Runtime\.Flows \d+\.\d+\.\d+\.\d+ \([0-9a-f]{8}\)"), "the build that stored the flow");
        Assert.DoesNotContain("needs build", text, "a flow its build can resume waits for no other build");
        int approve = text.IndexOf("#0 Flowmetal.Runtime.Flows.OperatorFlows::Approve(System.Int32,Flowmetal.Runtime.Flows.OrderNote)", StringComparison.Ordinal);
        int price = text.IndexOf("#1 Flowmetal.Runtime.Flows.OperatorFlows::Price(System.String,System.Int32,System.Collections.Generic.List`1<System.String>)", StringComparison.Ordinal);
        int order = text.IndexOf("#2 Flowmetal.Runtime.Flows.OperatorFlows::Order(System.String,System.Int32)", StringComparison.Ordinal);
        Assert.IsTrue(approve > 0 && price > approve && order > price, "three frames, innermost first:\n" + text);
        StringAssert.Contains(text, "OperatorFlows.cs:");
        StringAssert.Matches(text[approve..price], new System.Text.RegularExpressions.Regex(@"arg\s+cents\s+int\s+= 1350"));
        StringAssert.Matches(text[approve..price], new System.Text.RegularExpressions.Regex(@"arg\s+note\s+OrderNote = OrderNote \{ Author = ""ann"", Text = ""rush"" \}"));
        StringAssert.Matches(text[approve..price], new System.Text.RegularExpressions.Regex(@"local threshold\s+= 1000"));
        StringAssert.Matches(text[price..order], new System.Text.RegularExpressions.Regex(@"local discount\s+= 0.25"));
        StringAssert.Matches(text[order..], new System.Text.RegularExpressions.Regex(@"local lines\s+List<string> = List<string>\(3\) \[""apple"", ""pear"", ""plum""\]"));
        Assert.IsFalse(File.Exists(Path.Combine(Path.GetDirectoryName(ToolProcess.AssemblyPath)!, "Flowmetal.Runtime.Flows.dll")), "the tool had no assembly of the flows to load");

        var json = Tool("show", id.Value, "--json");
        Assert.AreEqual(0, json.ExitCode, json.ToString());
        using var document = JsonDocument.Parse(json.Output);
        var stack = document.RootElement.GetProperty("stack");
        Assert.AreEqual(3, stack.GetArrayLength());
        Assert.AreEqual("Waiting", document.RootElement.GetProperty("status").GetString());
        StringAssert.StartsWith(document.RootElement.GetProperty("build").GetString(), "Flowmetal.Runtime.Flows ");
        Assert.AreEqual(JsonValueKind.Null, document.RootElement.GetProperty("needsBuild").ValueKind);
        var cents = stack[0].GetProperty("locals").EnumerateArray().Single(l => l.GetProperty("name").GetString() == "cents");
        Assert.AreEqual("1350", cents.GetProperty("value").GetString());
        Assert.AreEqual("Argument", cents.GetProperty("kind").GetString());

        var list = Tool("list", "--status", "Waiting", "--method", "OperatorFlows::Ord*");
        Assert.AreEqual(0, list.ExitCode, list.ToString());
        TestContext.WriteLine(list.Output);
        StringAssert.Contains(list.Output, id.Value);
        StringAssert.Contains(list.Output, "OperatorFlows::Order");
    }

    [TestMethod]
    public async Task SignalResumesAFlowAndCancelEndsOneWithItsReason()
    {
        var approved = await _client.StartAsync(() => OperatorFlows.Order("bob", 1));
        var dropped = await _client.StartAsync(() => OperatorFlows.Order("eve", 5));
        await WaitUntilAsync(approved, i => i.Status == FlowStatus.Waiting);
        await WaitUntilAsync(dropped, i => i.Status == FlowStatus.Waiting);

        var signal = Tool("signal", approved.Value, "decision", "yes");
        var cancel = Tool("cancel", dropped.Value, "customer", "called", "back");

        Assert.AreEqual(0, signal.ExitCode, signal.ToString());
        StringAssert.Contains(signal.Output, $"Signal 'decision' (string) sent to flow {approved}: it waited for it and resumes now.");
        Assert.AreEqual("yes.3 bob 450 0.25 3 rush x1 of 3", await _client.WaitForResultAsync<string>(approved, Wait));
        Assert.AreEqual(0, cancel.ExitCode, cancel.ToString());
        var error = await Assert.ThrowsExactlyAsync<FlowFailedException>(() => _client.WaitForCompletionAsync(dropped, Wait));
        StringAssert.Contains(error.Message, "customer called back");
        Assert.AreEqual(FlowStatus.Cancelled, (await _client.GetAsync(dropped)).Status);

        var counter = await _client.StartAsync(() => OperatorFlows.Steps(1));
        await WaitUntilAsync(counter, i => i.Status == FlowStatus.Waiting);
        var number = Tool("signal", counter.Value, "end", "41");
        StringAssert.Contains(number.Output, "Signal 'end' (System.Int32) sent to flow");
        Assert.AreEqual(42, await _client.WaitForResultAsync<int>(counter, Wait), "the payload became the Int32 the flow waits for");

        var again = Tool("cancel", dropped.Value);
        Assert.AreEqual(1, again.ExitCode, again.ToString());
        StringAssert.Contains(again.Error, $"flow {dropped} has already ended (Cancelled)");
        var late = Tool("signal", approved.Value, "decision", "\"no\"");
        Assert.AreEqual(1, late.ExitCode, late.ToString());
        StringAssert.Contains(late.Error, "has already finished");
        var missing = Tool("show", "no-such-flow");
        Assert.AreEqual(1, missing.ExitCode, missing.ToString());
        StringAssert.Contains(missing.Error, "no flow 'no-such-flow'");
        var usage = Tool("signal", approved.Value);
        Assert.AreEqual(2, usage.ExitCode, usage.ToString());
        StringAssert.Contains(usage.Error, "'flowmetal signal' needs <id> and <name> and <json>");
        var help = Tool("rewind", "--help");
        Assert.AreEqual(0, help.ExitCode, help.ToString());
        StringAssert.Contains(help.Output, "Usage: flowmetal rewind <id> <n>");
    }

    [TestMethod]
    public async Task AParentShowsItsChildrenWithTheirStatusAndResumesWhenTheSignalledChildEnds()
    {
        var parent = await _client.StartAsync(() => OperatorFlows.ParentOfOrder("lee"));
        var joining = await WaitUntilAsync(parent, i => i.Status == FlowStatus.Waiting && i.Wait?.Kind == FlowWaitKind.Child);
        var child = joining.Children.Single();
        await WaitUntilAsync(child, i => i.Status == FlowStatus.Waiting);

        var show = Tool("show", parent.Value);

        Assert.AreEqual(0, show.ExitCode, show.ToString());
        StringAssert.Contains(show.Output, $"children     {child} (Waiting)");
        StringAssert.Contains(show.Output, "#0 Flowmetal.Runtime.Flows.OperatorFlows::ParentOfOrder(System.String)");
        var childShown = Tool("show", child.Value);
        StringAssert.Contains(childShown.Output, $"parent       {parent}");
        Assert.AreEqual(0, Tool("signal", child.Value, "decision", "fine").ExitCode);
        Assert.AreEqual("parent saw: fine.3 lee 450 0.25 3 rush x1 of 3", await _client.WaitForResultAsync<string>(parent, Wait));
    }

    [TestMethod]
    public async Task RetryRunsAFailedFlowAgainFromItsLastContinuation()
    {
        var key = "fragile-" + Guid.NewGuid().ToString("N")[..6];
        var id = await _client.StartAsync(() => OperatorFlows.Fragile(key));
        await WaitUntilAsync(id, i => i.Status == FlowStatus.Waiting);
        Assert.AreEqual(0, Tool("signal", id.Value, "go", "payload-1").ExitCode);
        await Assert.ThrowsExactlyAsync<FlowFailedException>(() => _client.WaitForResultAsync<string>(id, Wait));
        var failed = Tool("list", "--status", "failed");
        StringAssert.Contains(failed.Output, id.Value);
        StringAssert.Contains(failed.Output, "InvalidOperationException: the dependency of " + key + " is down");
        var show = Tool("show", id.Value);
        StringAssert.Contains(show.Output, "error        System.InvalidOperationException: the dependency of " + key + " is down");
        StringAssert.Contains(show.Output, "Last kept continuation, checkpoint #2 (signal 'go' (String)), where 'flowmetal retry' resumes:");
        StringAssert.Matches(show.Output, new System.Text.RegularExpressions.Regex(@"local steps List<string> = List<string>\(1\) \[""prepared""\]"));
        OperatorInputs.Set(key, "fixed", 1);

        var retry = Tool("retry", id.Value);

        Assert.AreEqual(0, retry.ExitCode, retry.ToString());
        StringAssert.Contains(retry.Output, $"Flow {id} runs again from its last continuation");
        Assert.AreEqual("prepared,payload-1,done", await _client.WaitForResultAsync<string>(id, Wait));
        Assert.AreEqual(1, OperatorInputs.Recorded(key, "prepared"), "the code before the last continuation did not run again");
        var twice = Tool("retry", id.Value);
        Assert.AreEqual(1, twice.ExitCode, twice.ToString());
        StringAssert.Contains(twice.Error, $"Flow {id} is Completed, not Failed: only a failed flow can be retried.");
    }

    [TestMethod]
    public async Task RewindToAnEarlierCheckpointGivesTheResultAPlainRunFromThereWould()
    {
        var key = "quote-" + Guid.NewGuid().ToString("N")[..6];
        OperatorInputs.Set(key, "rate", 2);
        OperatorInputs.Set(key, "fee", 5);
        var id = await _client.StartAsync(() => OperatorFlows.Quote(key));
        await WaitUntilAsync(id, i => i.Status == FlowStatus.Waiting);

        var history = Tool("history", id.Value, "--locals");
        Assert.AreEqual(0, history.ExitCode, history.ToString());
        TestContext.WriteLine($"$ flowmetal history {id} --locals --redis {RedisServer.Endpoint} --prefix {_prefix}\n{history.Output}");
        StringAssert.Contains(history.Output, "#3");
        StringAssert.Contains(history.Output, "signal 'confirm' (Boolean)");
        var first = history.Output[history.Output.IndexOf("Checkpoint #1,", StringComparison.Ordinal)..];
        StringAssert.Matches(first, new System.Text.RegularExpressions.Regex(@"local price\s+= 100"));
        StringAssert.Matches(history.Output[..history.Output.IndexOf("Checkpoint #2,", StringComparison.Ordinal)], new System.Text.RegularExpressions.Regex(@"local price\s+= 205"));
        var json = Tool("history", id.Value, "--json");
        using (var document = JsonDocument.Parse(json.Output))
        {
            CollectionAssert.AreEqual(new[] { 3, 2, 1 }, document.RootElement.EnumerateArray().Select(c => c.GetProperty("number").GetInt32()).ToArray());
        }

        // The rate was wrong: fix it and take the flow back to before it read it.
        OperatorInputs.Set(key, "rate", 3);
        var rewind = Tool("rewind", id.Value, "1");
        Assert.AreEqual(0, rewind.ExitCode, rewind.ToString());
        StringAssert.Contains(rewind.Output, $"Flow {id} rewound to checkpoint #1 (kept now as #4)");
        await WaitUntilAsync(id, i => i.Status == FlowStatus.Waiting && i.Suspensions > 4);
        Assert.AreEqual(0, Tool("signal", id.Value, "confirm", "true").ExitCode);
        int rewound = await _client.WaitForResultAsync<int>(id, Wait);

        var plain = await _client.StartAsync(() => OperatorFlows.Quote(key));
        await WaitUntilAsync(plain, i => i.Status == FlowStatus.Waiting);
        await _client.SignalAsync(plain, "confirm", true);
        Assert.AreEqual(await _client.WaitForResultAsync<int>(plain, Wait), rewound);
        Assert.AreEqual(305, rewound);

        var missing = Tool("rewind", id.Value, "1");
        Assert.AreEqual(1, missing.ExitCode, missing.ToString());
        StringAssert.Contains(missing.Error, $"Flow {id} has no stored checkpoint 1: the store keeps #6, #5, #4, #3, #2 (FlowStoreLimits.KeptContinuations = 5)");
    }

    [TestMethod]
    public async Task AStoreThatSignsItsStateIsShownWithoutTheKeyAndSignalledWithIt()
    {
        var key = System.Security.Cryptography.RandomNumberGenerator.GetBytes(32);
        var prefix = RedisServer.UniquePrefix("tool-signed");
        await using var signed = await RedisFlowStore.ConnectAsync(RedisServer.Endpoint, new RedisFlowStoreOptions { KeyPrefix = prefix, SigningKey = key });
        var client = new FlowClient(signed, new FlowClientOptions { PollInterval = TimeSpan.FromMilliseconds(100) });
        using var stop = new CancellationTokenSource();
        var worker = new FlowWorker(signed, new FlowWorkerOptions { PollInterval = TimeSpan.FromMilliseconds(100) }).RunAsync(stop.Token);
        try
        {
            var id = await client.StartAsync(() => OperatorFlows.Order("kim", 2));
            while ((await client.GetAsync(id)).Status != FlowStatus.Waiting)
            {
                await Task.Delay(20, TestContext.CancellationToken);
            }

            var show = ToolProcess.Run("show", id.Value, "--redis", RedisServer.Endpoint, "--prefix", prefix);
            Assert.AreEqual(0, show.ExitCode, show.ToString());
            StringAssert.Contains(show.Output, "OrderNote { Author = \"kim\", Text = \"rush\" }");

            var unsigned = ToolProcess.Run("signal", id.Value, "decision", "ok", "--redis", RedisServer.Endpoint, "--prefix", prefix);
            Assert.AreEqual(1, unsigned.ExitCode, unsigned.ToString());
            StringAssert.Contains(unsigned.Error, $"Flow {id}'s state is signed (RedisFlowStoreOptions.SigningKey) and this client has no key");
            Assert.AreEqual(FlowStatus.Waiting, (await client.GetAsync(id)).Status, "nothing was sent");

            var signal = ToolProcess.Run(
                new Dictionary<string, string> { ["FLOWMETAL_SIGNING_KEY"] = Convert.ToBase64String(key) }, "signal", id.Value, "decision", "ok", "--redis", RedisServer.Endpoint, "--prefix", prefix);
            Assert.AreEqual(0, signal.ExitCode, signal.ToString());
            Assert.AreEqual("ok.3 kim 900 0.25 3 rush x2 of 3", await client.WaitForResultAsync<string>(id, Wait));
        }
        finally
        {
            await stop.CancelAsync();
            await worker.WaitAsync(TimeSpan.FromSeconds(30));
        }
    }

    private ToolRun Tool(params string[] arguments) =>
        ToolProcess.Run(arguments.Concat(new[] { "--redis", RedisServer.Endpoint, "--prefix", _prefix }).ToArray());

    private async Task<FlowInfo> WaitUntilAsync(FlowId id, Func<FlowInfo, bool> condition)
    {
        var deadline = DateTime.UtcNow + Wait;
        while (true)
        {
            var info = await _client.GetAsync(id);
            if (condition(info))
            {
                return info;
            }

            Assert.IsLessThan(deadline, DateTime.UtcNow, $"flow {id} did not reach the state; it is {info.Status}, waiting on {info.Wait?.Description}");
            await Task.Delay(20, TestContext.CancellationToken);
        }
    }
}
