using System.Diagnostics;

namespace Flowmetal.Benchmarks.Runtime;

/// <summary>A Flowmetal.Runtime.WorkerHost process started by a benchmark, killed when disposed.</summary>
internal sealed class WorkerHost : IDisposable
{
    private readonly Process _process;

    private WorkerHost(Process process) => _process = process;

    public static WorkerHost Start(params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Flowmetal.Runtime.WorkerHost.dll"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        return new WorkerHost(Process.Start(start) ?? throw new InvalidOperationException("Could not start the worker host."));
    }

    public void WaitForLine(string prefix)
    {
        while (_process.StandardOutput.ReadLine() is { } line)
        {
            if (line.StartsWith(prefix, StringComparison.Ordinal))
            {
                return;
            }
        }

        throw new InvalidOperationException($"The worker host exited before printing '{prefix}'.");
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(10_000);
        }

        _process.Dispose();
    }
}
