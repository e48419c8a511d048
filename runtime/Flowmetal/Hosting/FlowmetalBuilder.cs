using Flowmetal.Worker;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Flowmetal.Hosting;

/// <summary>Returned by <c>services.AddFlowmetal(...)</c>: adds workers to the host.</summary>
public sealed class FlowmetalBuilder
{
    private readonly HashSet<string> _workers;

    internal FlowmetalBuilder(IServiceCollection services, HashSet<string> workers)
    {
        Services = services;
        _workers = workers;
    }

    /// <summary>The host's services.</summary>
    public IServiceCollection Services { get; }

    /// <summary>
    /// Adds a worker that runs flows from the store for the host's lifetime. A host may have several
    /// (each with its own threads and options), for example to give some flows their own capacity.
    /// </summary>
    /// <param name="name">The worker's name, unique in the host; it names its options and its logger (<c>Flowmetal.Worker.{name}</c>).</param>
    /// <param name="configure">
    /// Sets the worker's options, or <see langword="null"/> for the defaults. <see cref="FlowWorkerOptions.Serialization"/>
    /// is the host's (<see cref="FlowmetalOptions.Serialization"/>), and <see cref="FlowWorkerOptions.Logger"/> defaults
    /// to the host's logger <c>Flowmetal.Worker.{name}</c>.
    /// </param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException">The name is empty or already used in this host.</exception>
    public FlowmetalBuilder AddFlowmetalWorker(string name, Action<FlowWorkerOptions>? configure = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (!_workers.Add(name))
        {
            throw new ArgumentException($"A Flowmetal worker named '{name}' is already added to this host: give each worker its own name.", nameof(name));
        }

        var options = Services.AddOptions<FlowWorkerOptions>(name);
        if (configure is not null)
        {
            options.Configure(configure);
        }

        options.ValidateOnStart();

        // Not AddHostedService: it keeps one registration per service type, and a host may run several workers.
        Services.AddSingleton<IHostedService>(services => new FlowWorkerService(name, services));
        return this;
    }
}
