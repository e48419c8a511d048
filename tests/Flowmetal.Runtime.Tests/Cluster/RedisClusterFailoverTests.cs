using System.Collections.Concurrent;
using Flowmetal.Client;
using Flowmetal.Runtime.Flows;
using Flowmetal.Runtime.Flows.Support;
using Flowmetal.Runtime.Tests.Infrastructure;
using Flowmetal.Storage.Redis;
using Flowmetal.Worker;
using StackExchange.Redis;

namespace Flowmetal.Runtime.Tests.Cluster;

/// <summary>
/// A Redis Cluster of three masters with a replica each; while flows run, the master holding the store's indexes is
/// killed with SIGKILL, its replica takes over, and every flow finishes with its result. The store waits for a
/// replica's acknowledgement of each write (<see cref="RedisFlowStoreOptions.ReplicasToAcknowledge"/>), so the failover
/// loses nothing that was acknowledged; steps cut short by it run again (at least once, as after a worker's crash).
/// The promoted master has no replica until the killed node comes back as one: writes to its slots fail meanwhile (and
/// the steps making them are attempted again), as an operator restoring the node would see.
/// </summary>
[TestClass]
public sealed class RedisClusterFailoverTests
{
    private const int Flows = 30;
    private const int Steps = 8;

    [TestMethod]
    public async Task FlowsFinishWhenAMasterIsKilledAndItsReplicaTakesOver()
    {
        using var cluster = RedisCluster.Start(masters: 3, replicasPerMaster: 1);
        var prefix = RedisServer.UniquePrefix("failover");
        var connection = cluster.Endpoint + ",abortConnect=false,connectTimeout=1000,syncTimeout=2000,asyncTimeout=2000";
        var log = new CapturingLogger();
        await using var store = await RedisFlowStore.ConnectAsync(connection, new RedisFlowStoreOptions { KeyPrefix = prefix, ReplicasToAcknowledge = 1, Logger = log });
        var client = new FlowClient(store, new FlowClientOptions { PollInterval = TimeSpan.FromMilliseconds(200) });
        var effects = new ConcurrentDictionary<string, int>();
        SideEffects.Sink = key => effects.AddOrUpdate(key, 1, (_, n) => n + 1);
        SideEffects.StepMilliseconds = 30;
        try
        {
            var ids = new List<FlowId>();
            for (int i = 0; i < Flows; i++)
            {
                var key = "f" + i;
                ids.Add(await client.StartAsync(() => CrashFlows.Count(key, Steps), new FlowId("failover-" + i)));
            }

            await using var worker = new InProcessWorker(store, new FlowWorkerOptions
            {
                LeaseDuration = TimeSpan.FromSeconds(2),
                PollInterval = TimeSpan.FromMilliseconds(100),
                MaxConcurrentFlows = 8,
                MaxStepAttempts = 30,
                StepRetryBackoff = TimeSpan.FromMilliseconds(200),
                MaxStepRetryBackoff = TimeSpan.FromSeconds(1),
                Logger = log,
            });
            var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
            while (effects.GetValueOrDefault("steps") < Flows * Steps / 4)
            {
                Assert.IsLessThan(deadline, DateTime.UtcNow, "the flows made no progress");
                await Task.Delay(10);
            }

            await using var probe = await ConnectionMultiplexer.ConnectAsync(connection);
            var indexMaster = probe.GetDatabase().IdentifyEndpoint($"{prefix}:{{{prefix}}}:schedule")!.ToString()!;
            var victim = cluster.Masters.Single(m => indexMaster.EndsWith(":" + m.Port, StringComparison.Ordinal));
            int stepsAtKill = effects.GetValueOrDefault("steps");
            RedisCluster.Kill(victim);
            cluster.WaitForFailover(masters: 3, TimeSpan.FromSeconds(30));
            cluster.Restart(victim);

            long expected = Enumerable.Range(1, Steps).Sum(i => (long)i * i);
            foreach (var id in ids)
            {
                Assert.AreEqual(expected, await Patiently(() => client.WaitForResultAsync<long>(id, TimeSpan.FromSeconds(90))), $"flow {id}");
            }

            Assert.IsLessThan(Flows * Steps, stepsAtKill, "the master was killed while flows ran");
            // On a cluster the status sets are hints a worker repairs from the flows' own records (an index write lost to
            // the failover is redone when a worker next looks at the flow): they converge.
            var settled = DateTime.UtcNow + TimeSpan.FromSeconds(20);
            while ((await Patiently(() => client.ListAsync(FlowStatus.Completed, pageSize: 100))).Flows.Count != Flows)
            {
                Assert.IsLessThan(settled, DateTime.UtcNow, "every completion is indexed once");
                await Task.Delay(200);
            }
            Assert.IsTrue(Enumerable.Range(0, Flows).All(i => effects.GetValueOrDefault("completed:f" + i) >= 1), "no flow was lost");
        }
        catch (Exception) when (Dump(log))
        {
            throw;
        }
        finally
        {
            SideEffects.Sink = null;
            SideEffects.StepMilliseconds = 0;
        }
    }

    private static bool Dump(CapturingLogger log)
    {
        foreach (var entry in log.Entries.Where(e => e.Level >= Microsoft.Extensions.Logging.LogLevel.Information).TakeLast(60))
        {
            Console.WriteLine($"{entry.Level} {entry.Event.Id}: {entry.Message}");
        }

        return false;
    }

    /// <summary>A client call retried while the failover is under way (a client sees the dead node's errors until then, as any Redis client does).</summary>
    private static async Task<T> Patiently<T>(Func<Task<T>> call)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (true)
        {
            try
            {
                return await call();
            }
            catch (Exception error) when ((error is RedisConnectionException or RedisTimeoutException || error.Message.StartsWith("CLUSTERDOWN", StringComparison.Ordinal)) &&
                DateTime.UtcNow < deadline)
            {
                await Task.Delay(200);
            }
        }
    }
}
