using Flowmetal.Tests.Shared;

namespace Flowmetal.Redeploy.Tests;

/// <summary>A Flowmetal.Redeploy.Host process running one build of the fixture: read line by line, killed when disposed.</summary>
internal sealed class BuildHost : IDisposable
{
    private readonly OutputLineProcess _process;

    private BuildHost(string build, string mode, string prefix, params string[] extra) =>
        _process = new OutputLineProcess(
            "The redeploy host",
            Path.Combine(AppContext.BaseDirectory, "Flowmetal.Redeploy.Host.dll"),
            new[] { mode, "--fixture", Path.Combine(AppContext.BaseDirectory, "builds", build, "Flowmetal.Fixtures.Redeploy.dll"), "--redis", Runtime.Tests.Infrastructure.RedisServer.Endpoint, "--prefix", prefix }.Concat(extra));

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
                host._process.WaitForExit(TimeSpan.FromSeconds(30));
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

    public string Errors => _process.Errors;

    private string ReadLine(TimeSpan timeout) => _process.ReadLine(string.Empty, timeout);

    public void Dispose() => _process.Dispose();
}
