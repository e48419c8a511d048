using Flowmetal.Tests.Shared;

namespace Flowmetal.Runtime.Tests.Infrastructure;

/// <summary>A Flowmetal.Runtime.WorkerHost process: started with arguments, read line by line, killed with SIGKILL.</summary>
internal sealed class WorkerProcess : IDisposable
{
    private readonly OutputLineProcess _process;

    public WorkerProcess(params string[] arguments)
        : this(null, arguments)
    {
    }

    /// <summary>Starts the host with extra environment variables (a GC heap limit, say).</summary>
    public WorkerProcess(IReadOnlyDictionary<string, string>? environment, params string[] arguments) =>
        _process = new OutputLineProcess("The worker host", Path.Combine(AppContext.BaseDirectory, "Flowmetal.Runtime.WorkerHost.dll"), arguments, environment);

    public int Id => _process.Id;

    public bool HasExited => _process.HasExited;

    public int ExitCode => _process.ExitCode;

    public string Errors => _process.Errors;

    /// <summary>The next line of output starting with <paramref name="prefix"/>, skipping others.</summary>
    public string ReadLine(string prefix, TimeSpan timeout) => _process.ReadLine(prefix, timeout);

    public void WaitForExit(TimeSpan timeout) => _process.WaitForExit(timeout);

    /// <summary>Kills the process with SIGKILL: no cleanup, no flushing, like a crash.</summary>
    public void Kill() => _process.Kill();

    public void Dispose() => _process.Dispose();
}
