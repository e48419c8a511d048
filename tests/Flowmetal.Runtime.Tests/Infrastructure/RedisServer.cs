using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Flowmetal.Runtime.Tests.Infrastructure;

/// <summary>
/// The Redis the tests use: FLOWMETAL_TEST_REDIS when set (CI starts one), else a redis-server
/// started here on a free port for the test run and stopped after it.
/// </summary>
public static class RedisServer
{
    private static Process? s_server;
    private static string? s_directory;

    /// <summary><c>host:port</c> of the test Redis.</summary>
    public static string Endpoint { get; private set; } = string.Empty;

    public static void Start()
    {
        var configured = Environment.GetEnvironmentVariable("FLOWMETAL_TEST_REDIS");
        if (!string.IsNullOrWhiteSpace(configured))
        {
            Endpoint = configured;
            return;
        }

        int port = FreePort();
        s_directory = Directory.CreateTempSubdirectory("flowmetal-redis-").FullName;
        try
        {
            s_server = Process.Start(new ProcessStartInfo("redis-server")
            {
                ArgumentList = { "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--dir", s_directory },
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            });
        }
        catch (System.ComponentModel.Win32Exception)
        {
            throw new InvalidOperationException("redis-server was not found: install redis-server (apt-get install -y redis-server) or run .ci/run.");
        }

        s_server!.OutputDataReceived += (_, _) => { };
        s_server.BeginOutputReadLine();
        Endpoint = "127.0.0.1:" + port;
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        while (DateTime.UtcNow < deadline)
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

        throw new InvalidOperationException($"redis-server did not start listening on port {port} within 10 s.");
    }

    private static readonly List<Action> s_cleanups = new();

    /// <summary>Runs <paramref name="cleanup"/> when the test run ends (servers the tests started besides this one).</summary>
    internal static void AtCleanup(Action cleanup)
    {
        lock (s_cleanups)
        {
            s_cleanups.Add(cleanup);
        }
    }

    public static void Stop()
    {
        lock (s_cleanups)
        {
            foreach (var cleanup in s_cleanups)
            {
                cleanup();
            }

            s_cleanups.Clear();
        }

        if (s_server is { HasExited: false })
        {
            s_server.Kill();
            s_server.WaitForExit(5000);
        }

        s_server?.Dispose();
        if (s_directory is not null)
        {
            try
            {
                Directory.Delete(s_directory, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }

    /// <summary>A key prefix no other test class or run uses.</summary>
    public static string UniquePrefix(string name) => $"fmtest-{name}-{Guid.NewGuid().ToString("N")[..8]}";

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
