using System.Diagnostics;
using System.Globalization;

namespace Flowmetal.Runtime.Tests.Infrastructure;

/// <summary>
/// A Redis Cluster on loopback, started for the tests: <c>redis-server --cluster-enabled yes</c> per node, joined by
/// <c>redis-cli --cluster create</c>, with a replica per master when asked. Each node's client and bus ports are
/// <see cref="TestPorts.Free"/> ports. <see cref="Shared"/> is one 3-master
/// cluster for the whole test run (the contract suite and the migration test); a failover test starts its own.
/// </summary>
internal sealed class RedisCluster : IDisposable
{
    private static readonly object SharedGate = new();
    private static RedisCluster? s_shared;
    private readonly List<Node> _nodes = new();
    private readonly string _directory;

    private RedisCluster(int masters, int replicasPerMaster)
    {
        _directory = Directory.CreateTempSubdirectory("flowmetal-cluster-").FullName;
        try
        {
            var ports = TestPorts.Free(2 * masters * (1 + replicasPerMaster));
            for (int i = 0; i < masters * (1 + replicasPerMaster); i++)
            {
                var node = new Node(ports[2 * i], ports[2 * i + 1]);
                node.Process = StartServer(node);
                _nodes.Add(node);
            }

            foreach (var node in _nodes)
            {
                WaitUntil(() => Cli(node.Port, "ping").Trim() == "PONG", TimeSpan.FromSeconds(10), $"redis-server on port {node.Port} did not answer");
            }

            var create = new List<string> { "--cluster", "create" };
            create.AddRange(_nodes.Select(n => "127.0.0.1:" + n.Port.ToString(CultureInfo.InvariantCulture)));
            create.AddRange(new[] { "--cluster-replicas", replicasPerMaster.ToString(CultureInfo.InvariantCulture), "--cluster-yes" });
            var output = Cli(_nodes[0].Port, create.ToArray());
            if (!output.Contains("All 16384 slots covered", StringComparison.Ordinal))
            {
                throw new InvalidOperationException("redis-cli --cluster create failed: " + output);
            }

            foreach (var node in _nodes)
            {
                WaitUntil(() => Cli(node.Port, "cluster", "info").Contains("cluster_state:ok", StringComparison.Ordinal), TimeSpan.FromSeconds(30),
                    $"the cluster node on port {node.Port} did not reach cluster_state:ok");
            }

            if (replicasPerMaster > 0)
            {
                WaitUntil(() => Masters.All(m => Cli(m.Port, "info", "replication").Contains("state=online", StringComparison.Ordinal)), TimeSpan.FromSeconds(30),
                    "the replicas did not come online");
            }
        }
        catch
        {
            Dispose();
            throw;
        }
    }

    /// <summary>One 3-master cluster without replicas for the whole test run, started on first use.</summary>
    public static RedisCluster Shared
    {
        get
        {
            lock (SharedGate)
            {
                if (s_shared is null)
                {
                    s_shared = new RedisCluster(3, 0);
                    RedisServer.AtCleanup(StopShared);
                }

                return s_shared;
            }
        }
    }

    /// <summary>The connection string: every node, so a client finds the cluster from any of them.</summary>
    public string Endpoint => string.Join(",", _nodes.Where(n => !n.Process.HasExited).Select(n => "127.0.0.1:" + n.Port.ToString(CultureInfo.InvariantCulture)));

    /// <summary>The nodes that are masters now.</summary>
    public IReadOnlyList<Node> Masters => _nodes.Where(n => !n.Process.HasExited && Cli(n.Port, "role").StartsWith("master", StringComparison.Ordinal)).ToList();

    public static RedisCluster Start(int masters, int replicasPerMaster) => new(masters, replicasPerMaster);

    public static void StopShared()
    {
        lock (SharedGate)
        {
            s_shared?.Dispose();
            s_shared = null;
        }
    }

    /// <summary>Kills a node with SIGKILL: no shutdown, no last replication, like a crashed machine.</summary>
    public static void Kill(Node node)
    {
        node.Process.Kill();
        node.Process.WaitForExit(5000);
    }

    /// <summary>Starts a killed node again on its ports and files: it rejoins as a replica of the master that took its place.</summary>
    public void Restart(Node node)
    {
        node.Process.Dispose();
        node.Process = StartServer(node);
        WaitUntil(() => Cli(node.Port, "role").StartsWith("slave", StringComparison.Ordinal) && Cli(node.Port, "info", "replication").Contains("master_link_status:up", StringComparison.Ordinal),
            TimeSpan.FromSeconds(30), $"the node on port {node.Port} did not rejoin as a replica");
    }

    /// <summary>Waits until a replica has taken the place of each killed master and every live node says the cluster is ok.</summary>
    public void WaitForFailover(int masters, TimeSpan timeout) =>
        WaitUntil(
            () => Masters.Count == masters &&
                _nodes.Where(n => !n.Process.HasExited).All(n => Cli(n.Port, "cluster", "info").Contains("cluster_state:ok", StringComparison.Ordinal)),
            timeout,
            "no replica took over");

    public void Dispose()
    {
        foreach (var node in _nodes)
        {
            if (!node.Process.HasExited)
            {
                node.Process.Kill();
                node.Process.WaitForExit(5000);
            }

            node.Process.Dispose();
        }

        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private Process StartServer(Node node)
    {
        int port = node.Port;
        int busPort = node.BusPort;
        var directory = Path.Combine(_directory, port.ToString(CultureInfo.InvariantCulture));
        Directory.CreateDirectory(directory);
        var start = new ProcessStartInfo("redis-server") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[]
        {
            "--port", port.ToString(CultureInfo.InvariantCulture), "--cluster-port", busPort.ToString(CultureInfo.InvariantCulture),
            "--bind", "127.0.0.1", "--cluster-enabled", "yes", "--cluster-config-file", "nodes.conf", "--cluster-node-timeout", "1000",
            "--save", "", "--appendonly", "no", "--dir", directory,
        })
        {
            start.ArgumentList.Add(argument);
        }

        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            throw new InvalidOperationException("redis-server was not found: install redis-server (apt-get install -y redis-server) or run .ci/run.");
        }

        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static string Cli(int port, params string[] arguments)
    {
        var start = new ProcessStartInfo("redis-cli") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add("-p");
        start.ArgumentList.Add(port.ToString(CultureInfo.InvariantCulture));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
        process.WaitForExit();
        return output;
    }

    private static void WaitUntil(Func<bool> condition, TimeSpan timeout, string failure)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"{failure} within {timeout}.");
            }

            Thread.Sleep(100);
        }
    }

    /// <summary>One redis-server of the cluster.</summary>
    internal sealed class Node(int port, int busPort)
    {
        public int Port { get; } = port;

        public int BusPort { get; } = busPort;

        public Process Process { get; set; } = null!;
    }
}
