using System.Collections.Concurrent;
using System.Diagnostics;

namespace Flowmetal.Tests.Shared;

/// <summary>
/// A <c>dotnet</c> program the tests start (a worker host, a build of a fixture): its output read line by line as it
/// comes, its errors kept for failure messages, killed with its process tree when disposed, like a crash.
/// </summary>
internal sealed class OutputLineProcess : IDisposable
{
    private readonly Process _process;
    private readonly BlockingCollection<string> _lines = new();
    private readonly ConcurrentQueue<string> _errors = new();
    private readonly string _name;
    private bool _disposed;

    /// <summary>Starts <c>dotnet <paramref name="assembly"/> <paramref name="arguments"/></c>.</summary>
    /// <param name="name">What the program is, for messages ("the worker host").</param>
    public OutputLineProcess(string name, string assembly, IEnumerable<string> arguments, IReadOnlyDictionary<string, string>? environment = null)
    {
        _name = name;
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(assembly);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (variable, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[variable] = value;
        }

        _process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {name}.");
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

    public int ExitCode => _process.ExitCode;

    /// <summary>What the program wrote to its standard error so far.</summary>
    public string Errors => string.Join(Environment.NewLine, _errors);

    /// <summary>The next line of output starting with <paramref name="prefix"/> (any line for an empty one), skipping others.</summary>
    /// <exception cref="TimeoutException">None came in time (or the program ended); the message carries its errors.</exception>
    public string ReadLine(string prefix, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            var left = deadline - DateTime.UtcNow;
            if (left <= TimeSpan.Zero || !_lines.TryTake(out var line, left))
            {
                throw new TimeoutException($"{_name} printed no '{prefix}' line within {timeout}. Its errors: {Errors}");
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
            throw new TimeoutException($"{_name} did not exit within {timeout}. Its errors: {Errors}");
        }
    }

    /// <summary>Kills the process tree with SIGKILL: no cleanup, no flushing, like a crash.</summary>
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
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        try
        {
            Kill();
        }
        finally
        {
            _process.Dispose();
            _lines.Dispose();
        }
    }
}
