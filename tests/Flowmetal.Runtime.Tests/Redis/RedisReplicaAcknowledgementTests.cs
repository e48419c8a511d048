using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Flowmetal.Client;
using Flowmetal.Runtime.Flows;
using Flowmetal.Runtime.Tests.Infrastructure;
using Flowmetal.Storage.Redis;
using StackExchange.Redis;

namespace Flowmetal.Runtime.Tests.Redis;

/// <summary>
/// <see cref="RedisFlowStoreOptions.ReplicasToAcknowledge"/> makes each write wait for a replica (Redis WAIT on the
/// connection that wrote): with the replica stopped, a write is refused with an error that says so; with it running,
/// writes go through.
/// </summary>
[TestClass]
public sealed class RedisReplicaAcknowledgementTests
{
    [TestMethod]
    public async Task WriteWaitsForTheReplicaAndFailsWhenNoneAcknowledges()
    {
        var directory = Directory.CreateTempSubdirectory("flowmetal-replica-").FullName;
        var ports = TestPorts.Free(2);
        int primaryPort = ports[0];
        int replicaPort = ports[1];
        using var primary = StartServer(primaryPort, directory, "primary");
        using var replica = StartServer(replicaPort, directory, "replica", "--replicaof", "127.0.0.1", primaryPort.ToString(CultureInfo.InvariantCulture));
        try
        {
            await using (var probe = await ConnectionMultiplexer.ConnectAsync($"127.0.0.1:{replicaPort},allowAdmin=true"))
            {
                var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(20);
                while (!((string?)await probe.GetServer($"127.0.0.1:{replicaPort}").ExecuteAsync("INFO", "replication"))!.Contains("master_link_status:up", StringComparison.Ordinal))
                {
                    Assert.IsLessThan(deadline, DateTime.UtcNow, "the replica did not connect");
                    await Task.Delay(100);
                }
            }

            await using var store = await RedisFlowStore.ConnectAsync($"127.0.0.1:{primaryPort}", new RedisFlowStoreOptions
            {
                KeyPrefix = RedisServer.UniquePrefix("ack"),
                ReplicasToAcknowledge = 1,
                ReplicaAcknowledgeTimeout = TimeSpan.FromMilliseconds(300),
            });
            var client = new FlowClient(store);

            var acknowledged = await client.StartAsync(() => ContractFlows.Add(1, 2));
            Signal(replica, "STOP");
            RedisException refused;
            try
            {
                refused = await Assert.ThrowsAsync<RedisException>(() => client.StartAsync(() => ContractFlows.Add(3, 4)));
            }
            finally
            {
                Signal(replica, "CONT");
            }

            var again = await client.StartAsync(() => ContractFlows.Add(5, 6));

            Assert.AreEqual(FlowStatus.Pending, (await client.GetAsync(acknowledged)).Status);
            StringAssert.Contains(refused.Message, "Only 0 of the 1 replicas");
            StringAssert.Contains(refused.Message, "ReplicasToAcknowledge");
            Assert.AreEqual(FlowStatus.Pending, (await client.GetAsync(again)).Status);
        }
        finally
        {
            foreach (var server in new[] { primary, replica })
            {
                if (!server.HasExited)
                {
                    server.Kill();
                    server.WaitForExit(5000);
                }
            }

            Directory.Delete(directory, recursive: true);
        }
    }

    private static Process StartServer(int port, string root, string name, params string[] extra)
    {
        var directory = Path.Combine(root, name);
        Directory.CreateDirectory(directory);
        var start = new ProcessStartInfo("redis-server") { RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var argument in new[] { "--port", port.ToString(CultureInfo.InvariantCulture), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--dir", directory }.Concat(extra))
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        while (true)
        {
            try
            {
                using var probe = new TcpClient();
                probe.Connect(IPAddress.Loopback, port);
                return process;
            }
            catch (SocketException) when (DateTime.UtcNow < deadline)
            {
                Thread.Sleep(50);
            }
        }
    }

    /// <summary>SIGSTOP/SIGCONT: a stopped replica takes no replication, like one on a stalled machine.</summary>
    private static void Signal(Process process, string signal)
    {
        using var kill = Process.Start(new ProcessStartInfo("kill") { ArgumentList = { "-" + signal, process.Id.ToString(CultureInfo.InvariantCulture) } })!;
        kill.WaitForExit();
    }
}
