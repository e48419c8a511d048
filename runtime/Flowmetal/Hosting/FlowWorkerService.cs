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
        var options = _services.GetRequiredService<IOptionsMonitor<FlowmetalWorkerOptions>>().Get(_name);
        var shared = _services.GetRequiredService<IOptions<FlowmetalOptions>>().Value;
        var store = _services.GetRequiredService<IFlowStore>();
        var loggers = _services.GetService<ILoggerFactory>();
        Worker = new FlowWorker(store, new FlowWorkerOptions
        {
            WorkerId = options.WorkerId ?? $"{_name}@{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid().ToString("N")[..6]}",
            MaxConcurrentFlows = options.MaxConcurrentFlows,
            LeaseDuration = options.LeaseDuration,
            PollInterval = options.PollInterval,
            ShutdownGracePeriod = options.ShutdownGracePeriod,
            ClaimAhead = options.ClaimAhead,
            MaxStepAttempts = options.MaxStepAttempts,
            StepRetryBackoff = options.StepRetryBackoff,
            MaxStepRetryBackoff = options.MaxStepRetryBackoff,
            MaxContinuationBytes = options.MaxContinuationBytes,
            IncompatibleFlows = options.IncompatibleFlows,
            IncompatibleFlowRecheck = options.IncompatibleFlowRecheck,
            Serialization = shared.Serialization,
            Logger = loggers?.CreateLogger("Flowmetal.Worker." + _name),
        });
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
