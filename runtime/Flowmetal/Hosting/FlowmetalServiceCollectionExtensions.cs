using Flowmetal.Client;
using Flowmetal.Hosting;
using Flowmetal.Storage;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers Flowmetal with a Microsoft.Extensions.Hosting host.</summary>
public static class FlowmetalServiceCollectionExtensions
{
    /// <summary>
    /// Adds Flowmetal: one store (<see cref="IFlowStore"/>) and an injectable <see cref="FlowClient"/>, configured by
    /// <paramref name="configure"/> and validated when the host starts. Add workers with
    /// <see cref="FlowmetalBuilder.AddFlowmetalWorker"/>.
    /// </summary>
    /// <param name="services">The host's services.</param>
    /// <param name="configure">Chooses the store (<c>o.UseRedis(...)</c>, <c>o.UseInMemory()</c>) and shared options.</param>
    /// <returns>A builder to add workers with.</returns>
    /// <example>
    /// <code>
    /// builder.Services.AddFlowmetal(o => o.UseRedis("localhost:6379"))
    ///                 .AddFlowmetalWorker("default", w => w.MaxConcurrentFlows = 8);
    /// </code>
    /// </example>
    public static FlowmetalBuilder AddFlowmetal(this IServiceCollection services, Action<FlowmetalOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        services.AddOptions<FlowmetalOptions>().Configure(configure).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<FlowmetalOptions>, FlowmetalOptionsValidator>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<Flowmetal.Worker.FlowWorkerOptions>, FlowmetalWorkerOptionsValidator>());
        services.TryAddSingleton(provider => FlowStoreFactory.Create(provider, provider.GetRequiredService<IOptions<FlowmetalOptions>>().Value));
        services.TryAddSingleton(provider =>
        {
            var options = provider.GetRequiredService<IOptions<FlowmetalOptions>>().Value;
            return new FlowClient(
                provider.GetRequiredService<IFlowStore>(),
                new FlowClientOptions { Serialization = options.Serialization, PollInterval = options.ClientPollInterval });
        });

        var workers = services.Where(d => !d.IsKeyedService).Select(d => d.ImplementationInstance).OfType<FlowmetalWorkerNames>().FirstOrDefault();
        if (workers is null)
        {
            workers = new FlowmetalWorkerNames();
            services.AddSingleton(workers);
        }

        return new FlowmetalBuilder(services, workers.Names);
    }
}
