using Flowmetal.Client;
using Flowmetal.Runtime.Flows;
using Flowmetal.Runtime.Tests.Infrastructure;
using Flowmetal.Storage.InMemory;
using Flowmetal.Storage.Redis;

namespace Flowmetal.Runtime.Tests.MultiProcess;

/// <summary>
/// Process A starts flows and runs them until they wait for signals, then dies by SIGKILL; a fresh
/// process B signals them and they finish, with the results of uninterrupted runs.
/// </summary>
[TestClass]
public sealed class MigrationTests
{
    private const int Flows = 4;

    [TestMethod]
    public Task FlowsSuspendedInAKilledProcessFinishInAFreshOne() => RunAsync(RedisServer.Endpoint);

    /// <summary>The migration on the Redis at <paramref name="endpoint"/> (a single node, or any node list of a cluster).</summary>
    internal static async Task RunAsync(string endpoint)
    {
        var prefix = RedisServer.UniquePrefix("migration");
        var ids = Enumerable.Range(0, Flows).Select(i => $"mig-{i}").ToArray();
        using (var a = new WorkerProcess("start", "--redis", endpoint, "--prefix", prefix, "--count", Flows.ToString(System.Globalization.CultureInfo.InvariantCulture)))
        {
            a.ReadLine("READY", TimeSpan.FromSeconds(60));
            a.Kill();
        }

        await using var store = await RedisFlowStore.ConnectAsync(endpoint, new RedisFlowStoreOptions { KeyPrefix = prefix });
        var client = new FlowClient(store);
        foreach (var id in ids)
        {
            var info = await client.GetAsync(id);
            Assert.AreEqual(FlowStatus.Waiting, info.Status);
            Assert.AreEqual("go", info.Wait!.SignalName);
            Assert.AreEqual("Flowmetal.Runtime.Flows.MigrationFlows::Run(System.Int32)", info.Stack.Single().Method);
        }

        var results = new Dictionary<string, string>();
        using (var b = new WorkerProcess("signal", "--redis", endpoint, "--prefix", prefix, "--ids", string.Join(",", ids)))
        {
            foreach (var id in ids)
            {
                var line = b.ReadLine("RESULT " + id + " ", TimeSpan.FromSeconds(60));
                results[id] = line.Substring(("RESULT " + id + " ").Length);
            }

            b.WaitForExit(TimeSpan.FromSeconds(30));
            Assert.AreEqual(0, b.ExitCode, b.Errors);
        }

        for (int seed = 0; seed < Flows; seed++)
        {
            Assert.AreEqual(await RunUninterruptedAsync(seed), results[ids[seed]], $"flow {ids[seed]}");
            Assert.AreEqual(FlowStatus.Completed, (await client.GetAsync(ids[seed])).Status);
        }
    }

    private static async Task<string> RunUninterruptedAsync(int seed)
    {
        var store = new InMemoryFlowStore();
        var client = new FlowClient(store);
        await using var worker = new InProcessWorker(store);
        var id = await client.StartAsync(() => MigrationFlows.Run(seed));
        await client.SignalAsync(id, "go", 10);
        await client.SignalAsync(id, "go", 20);
        return await client.WaitForResultAsync<string>(id, TimeSpan.FromSeconds(30));
    }
}
