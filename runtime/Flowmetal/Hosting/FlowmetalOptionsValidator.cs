using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Flowmetal.Hosting;

/// <summary>Checks <see cref="FlowmetalOptions"/> when the host starts, naming what is wrong and how to fix it.</summary>
internal sealed class FlowmetalOptionsValidator : IValidateOptions<FlowmetalOptions>
{
    public ValidateOptionsResult Validate(string? name, FlowmetalOptions options)
    {
        var failures = new List<string>();
        int stores = (options.InMemory ? 1 : 0) + (options.RedisConnectionString is not null ? 1 : 0) + (options.StoreFactory is not null ? 1 : 0);
        if (stores == 0)
        {
            failures.Add("Flowmetal has no store: call o.UseRedis(\"host:port\"), o.UseInMemory() or o.UseStore(...) in services.AddFlowmetal(o => ...).");
        }
        else if (stores > 1)
        {
            failures.Add("Flowmetal has more than one store configured: choose one of UseRedis, UseInMemory and UseStore.");
        }

        if (options.RedisConnectionString is { } connection)
        {
            if (string.IsNullOrWhiteSpace(connection))
            {
                failures.Add("Flowmetal's Redis connection string is empty: pass host:port (and password=, ssl=true... as needed) to UseRedis.");
            }
            else
            {
                try
                {
                    ConfigurationOptions.Parse(connection);
                }
                catch (ArgumentException error)
                {
                    failures.Add($"Flowmetal's Redis connection string '{connection}' is not valid ({error.Message}): use the StackExchange.Redis format, like localhost:6379,password=secret.");
                }
            }

            if (string.IsNullOrEmpty(options.RedisKeyPrefix) || options.RedisKeyPrefix.Any(c => c is '{' or '}' || char.IsWhiteSpace(c)))
            {
                failures.Add($"Flowmetal's Redis key prefix '{options.RedisKeyPrefix}' is not valid: it must be non-empty, without braces or whitespace.");
            }
        }

        if (options.Limits is null)
        {
            failures.Add("Flowmetal's Limits is null: leave the default or set a FlowStoreLimits.");
        }
        else
        {
            try
            {
                options.Limits.Validate();
            }
            catch (ArgumentOutOfRangeException error)
            {
                failures.Add($"Flowmetal's Limits.{error.ParamName} is {error.ActualValue}: {error.Message.Split(" (Parameter", 2)[0]}");
            }
        }

        if (options.RedisReplicasToAcknowledge < 0)
        {
            failures.Add($"Flowmetal's RedisReplicasToAcknowledge is {options.RedisReplicasToAcknowledge}; it cannot be negative.");
        }

        if (options.ClientPollInterval <= TimeSpan.Zero)
        {
            failures.Add($"Flowmetal's ClientPollInterval is {options.ClientPollInterval}; it must be positive.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
