using System.Collections.Concurrent;
using System.Diagnostics;

namespace Flowmetal.Runtime.Tests.Infrastructure;

/// <summary>A Flowmetal.Runtime.WorkerHost process: started with arguments, read line by line, killed with SIGKILL.</summary>
internal sealed class WorkerProcess : IDisposable
{
    private readonly Process _process;
    private readonly BlockingCollection<string> _lines = new();
    private readonly ConcurrentQueue<string> _errors = new();

    public WorkerProcess(params string[] arguments)
        : this(null, arguments)
    {
    }

    /// <summary>Starts the host with extra environment variables (a GC heap limit, say).</summary>
    public WorkerProcess(IReadOnlyDictionary<string, string>? environment, params string[] arguments)
    {
        var host = Path.Combine(AppContext.BaseDirectory, "Flowmetal.Runtime.WorkerHost.dll");
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(host);
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        _process = Process.Start(start) ?? throw new InvalidOperationException("Could not start the worker host.");
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

    public int Id => _process.Id;

    public bool HasExited => _process.HasExited;

    /// <summary>The next line of output starting with <paramref name="prefix"/>, skipping others.</summary>
    public string ReadLine(string prefix, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            var left = deadline - DateTime.UtcNow;
            if (left <= TimeSpan.Zero || !_lines.TryTake(out var line, left))
            {
                throw new TimeoutException($"The worker host printed no '{prefix}' line within {timeout}. Its errors: {string.Join(Environment.NewLine, _errors)}");
            }

            if (line.StartsWith(prefix, StringComparison.Ordinal))
            {
                return line;
            }
        }
    }

    public void WaitForExit(TimeSpan timeout)
    {
        if (!_process.WaitForExit(timeout))
        {
            throw new TimeoutException($"The worker host did not exit within {timeout}. Its errors: {string.Join(Environment.NewLine, _errors)}");
        }
    }

    public int ExitCode => _process.ExitCode;

    public string Errors => string.Join(Environment.NewLine, _errors);

    /// <summary>Kills the process with SIGKILL: no cleanup, no flushing, like a crash.</summary>
    public void Kill()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(10_000);
        }
    }

    public void Dispose()
    {
        Kill();
        _process.Dispose();
        _lines.Dispose();
    }
}
