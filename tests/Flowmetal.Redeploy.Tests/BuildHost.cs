using System.Collections.Concurrent;
using System.Diagnostics;

namespace Flowmetal.Redeploy.Tests;

/// <summary>A Flowmetal.Redeploy.Host process running one build of the fixture: read line by line, killed when disposed.</summary>
internal sealed class BuildHost : IDisposable
{
    private readonly Process _process;
    private readonly BlockingCollection<string> _lines = new();
    private readonly ConcurrentQueue<string> _errors = new();
    private bool _disposed;

    private BuildHost(string build, string mode, string prefix, params string[] extra)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Flowmetal.Redeploy.Host.dll"));
        start.ArgumentList.Add(mode);
        foreach (var argument in new[] { "--fixture", Path.Combine(AppContext.BaseDirectory, "builds", build, "Flowmetal.Fixtures.Redeploy.dll"), "--redis", Runtime.Tests.Infrastructure.RedisServer.Endpoint, "--prefix", prefix }.Concat(extra))
        {
            start.ArgumentList.Add(argument);
        }

        _process = Process.Start(start) ?? throw new InvalidOperationException("Could not start the redeploy host.");
        _process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is null)
            {
                _lines.CompleteAdding();
            }
            else
            {
                _lines.Add(e.Data);
            }
        };
        _process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                _errors.Enqueue(e.Data);
            }
        };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    /// <summary>Starts <c>Case:id:n</c> flows in <paramref name="build"/>, runs them until each waits for "go", and returns the build each recorded.</summary>
    public static Dictionary<string, string> StartFlows(string build, string prefix, params string[] flows)
    {
        using var host = new BuildHost(build, "start", prefix, "--flows", string.Join(",", flows));
        var builds = new Dictionary<string, string>();
        while (true)
        {
            var line = host.ReadLine(TimeSpan.FromSeconds(90));
            if (line == "READY")
            {
                host._process.WaitForExit(30_000);
                return builds;
            }

            if (line.StartsWith("BUILD ", StringComparison.Ordinal))
            {
                var parts = line.Split(' ', 3);
                builds[parts[1]] = parts[2];
            }
        }
    }

    /// <summary>A worker of <paramref name="build"/>, running until disposed.</summary>
    public static BuildHost Worker(string build, string prefix, params string[] extra)
    {
        var host = new BuildHost(build, "work", prefix, extra);
        while (!host.ReadLine(TimeSpan.FromSeconds(60)).StartsWith("READY", StringComparison.Ordinal))
        {
        }

        return host;
    }

    public string Errors => string.Join(Environment.NewLine, _errors);

    private string ReadLine(TimeSpan timeout)
    {
        if (!_lines.TryTake(out var line, timeout))
        {
            throw new TimeoutException($"The redeploy host printed nothing within {timeout}. Its errors: {Errors}");
        }

        return line;
    }

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                _process.WaitForExit(10_000);
            }
        }
        finally
        {
            _process.Dispose();
        }
    }
}
