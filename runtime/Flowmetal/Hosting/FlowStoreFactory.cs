using Flowmetal.Storage;
using Flowmetal.Storage.InMemory;
using Flowmetal.Storage.Redis;
using StackExchange.Redis;

namespace Flowmetal.Hosting;

/// <summary>Makes the host's one store from <see cref="FlowmetalOptions"/>.</summary>
internal static class FlowStoreFactory
{
    public static IFlowStore Create(IServiceProvider services, FlowmetalOptions options)
    {
        if (options.StoreFactory is { } factory)
        {
            return factory(services);
        }

        if (options.InMemory)
        {
            return new InMemoryFlowStore(options.Limits);
        }

        var configuration = ConfigurationOptions.Parse(options.RedisConnectionString
            ?? throw new InvalidOperationException("Flowmetal has no store: call o.UseRedis(...), o.UseInMemory() or o.UseStore(...) in services.AddFlowmetal."));
        return RedisFlowStore.Connect(configuration, new RedisFlowStoreOptions
        {
            KeyPrefix = options.RedisKeyPrefix,
            Database = options.RedisDatabase,
            Limits = options.Limits,
            ReplicasToAcknowledge = options.RedisReplicasToAcknowledge,
            Logger = (services.GetService(typeof(Microsoft.Extensions.Logging.ILoggerFactory)) as Microsoft.Extensions.Logging.ILoggerFactory)?.CreateLogger("Flowmetal.Storage.Redis"),
        });
    }
}
