using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Flowmetal.Benchmarks.Runtime;

/// <summary>
/// The Redis a benchmark uses: <c>--redis host:port</c>, else FLOWMETAL_BENCH_REDIS, else FLOWMETAL_TEST_REDIS, else a
/// redis-server started on a free port for the run.
/// </summary>
internal sealed class BenchmarkRedis : IDisposable
{
    private readonly Process? _server;

    public BenchmarkRedis(string[] args)
    {
        var given = Stats.Option(
            args,
            "--redis",
            Environment.GetEnvironmentVariable("FLOWMETAL_BENCH_REDIS") ?? Environment.GetEnvironmentVariable("FLOWMETAL_TEST_REDIS") ?? string.Empty);
        if (given.Length > 0)
        {
            Endpoint = given;
            return;
        }

        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        int port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        var start = new ProcessStartInfo("redis-server") { RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var argument in new[] { "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no" })
        {
            start.ArgumentList.Add(argument);
        }

        try
        {
            _server = Process.Start(start);
        }
        catch (System.ComponentModel.Win32Exception)
        {
            throw new InvalidOperationException("redis-server was not found: install redis-server (apt-get install -y redis-server) or pass --redis host:port.");
        }

        _server!.OutputDataReceived += (_, _) => { };
        _server.BeginOutputReadLine();
        Endpoint = "127.0.0.1:" + port;
        for (int i = 0; i < 100; i++)
        {
            try
            {
                using var probe = new TcpClient();
                probe.Connect(IPAddress.Loopback, port);
                return;
            }
            catch (SocketException)
            {
                Thread.Sleep(50);
            }
        }
    }

    public string Endpoint { get; }

    /// <summary>
    /// Deletes a run's keys (every key under <paramref name="prefix"/>), so that benchmarks run
    /// against a long-lived Redis (<c>--redis</c>) do not leave tens of thousands of keys behind.
    /// </summary>
    public static async Task DeleteKeysAsync(string endpoint, string prefix)
    {
        await using var connection = await StackExchange.Redis.ConnectionMultiplexer.ConnectAsync(endpoint);
        var database = connection.GetDatabase();
        var batch = new List<StackExchange.Redis.RedisKey>(1000);
        foreach (var server in connection.GetServers())
        {
            await foreach (var key in server.KeysAsync(pattern: prefix + ":*", pageSize: 1000))
            {
                batch.Add(key);
                if (batch.Count == 1000)
                {
                    await database.KeyDeleteAsync(batch.ToArray());
                    batch.Clear();
                }
            }
        }

        if (batch.Count > 0)
        {
            await database.KeyDeleteAsync(batch.ToArray());
        }
    }

    public void Dispose()
    {
        if (_server is { HasExited: false })
        {
            _server.Kill();
            _server.WaitForExit(5000);
        }

        _server?.Dispose();
    }
}
