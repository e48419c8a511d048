using Flowmetal.Storage;
using Flowmetal.Worker;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Flowmetal.Hosting;

/// <summary>
/// Runs one named <see cref="FlowWorker"/> for the host's lifetime. On shutdown the worker stops
/// claiming, lets running flows reach their next suspension within the grace period, and releases
/// the rest, so another node resumes them.
/// </summary>
internal sealed class FlowWorkerService : IHostedService, IDisposable
{
    private readonly string _name;
    private readonly IServiceProvider _services;
    private readonly CancellationTokenSource _stop = new();
    private Task? _running;

    public FlowWorkerService(string name, IServiceProvider services)
    {
        _name = name;
        _services = services;
    }

    /// <summary>The running worker, once started.</summary>
    public FlowWorker? Worker { get; private set; }

    public string Name => _name;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        var options = _services.GetRequiredService<IOptionsMonitor<FlowWorkerOptions>>().Get(_name).Clone();
        var shared = _services.GetRequiredService<IOptions<FlowmetalOptions>>().Value;
        options.WorkerId ??= $"{_name}@{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid().ToString("N")[..6]}";
        // The client and every worker of a host read the same continuations, so they share one allow list.
        options.Serialization = shared.Serialization;
        options.Logger ??= _services.GetService<ILoggerFactory>()?.CreateLogger("Flowmetal.Worker." + _name);
        Worker = new FlowWorker(_services.GetRequiredService<IFlowStore>(), options);
        _running = Worker.RunAsync(_stop.Token);
        return Task.CompletedTask;
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_running is null)
        {
            return;
        }

        await _stop.CancelAsync().ConfigureAwait(false);
        try
        {
            // Bounded by the host's shutdown timeout as well as by the worker's own grace period.
            await _running.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
    }

    public void Dispose() => _stop.Dispose();
}
