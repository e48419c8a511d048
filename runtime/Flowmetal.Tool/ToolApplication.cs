using Flowmetal.Client;
using Flowmetal.Storage.Redis;
using Flowmetal.Tool.CommandLine;
using Flowmetal.Tool.Commands;
using StackExchange.Redis;

namespace Flowmetal.Tool;

/// <summary>Reads the command line, connects to the store, runs the command, and turns what went wrong into a message and an exit code.</summary>
internal static class ToolApplication
{
    public const int Ok = 0;
    public const int Failed = 1;
    public const int Usage = 2;

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var specs = ToolCommand.All.Select(c => c.Spec).ToArray();
        if (args.Length == 0)
        {
            error.WriteLine("flowmetal: No command given.");
            HelpWriter.WriteTool(error, specs);
            return Usage;
        }

        if (args is ["--version"])
        {
            output.WriteLine(typeof(ToolApplication).Assembly.GetName().Version?.ToString(3));
            return Ok;
        }

        ParsedCommand parsed;
        try
        {
            parsed = ArgumentParser.Parse(specs, args);
        }
        catch (UsageException usage) when (usage.Command is null && usage.Message.Length == 0)
        {
            // --help without a command.
            HelpWriter.WriteTool(output, specs);
            return Ok;
        }
        catch (UsageException usage)
        {
            error.WriteLine("flowmetal: " + usage.Message);
            error.WriteLine(usage.Command is null ? "Run 'flowmetal --help' for the commands." : $"Usage: {usage.Command.Usage}\nRun 'flowmetal {usage.Command.Name} --help' for more.");
            return Usage;
        }

        if (parsed.Has("--help"))
        {
            HelpWriter.WriteCommand(output, parsed.Spec);
            return Ok;
        }

        var redis = parsed.Option("--redis") ?? Environment.GetEnvironmentVariable("FLOWMETAL_REDIS") ?? "localhost:6379";
        var prefix = parsed.Option("--prefix") ?? Environment.GetEnvironmentVariable("FLOWMETAL_PREFIX") ?? "flowmetal";
        var where = $"Redis {redis}, prefix '{prefix}'";
        var command = ToolCommand.All.Single(c => c.Spec == parsed.Spec);
        RedisFlowStore? store = null;
        try
        {
            var context = new ToolContext(async () => new FlowClient(store = await ConnectAsync(redis, prefix).ConfigureAwait(false)))
            {
                Out = output,
                Error = error,
                Json = parsed.Has("--json"),
                Where = where,
            };
            return await command.RunAsync(context, parsed, cancellationToken).ConfigureAwait(false);
        }
        catch (UsageException usage)
        {
            error.WriteLine("flowmetal: " + usage.Message);
            error.WriteLine($"Usage: {parsed.Spec.Usage}");
            return Usage;
        }
        catch (FlowNotFoundException)
        {
            error.WriteLine($"flowmetal: no flow '{parsed.Argument(0)}' in {where} (never started, or finished longer ago than the store keeps flows). " +
                "List them with 'flowmetal list'; check --redis and --prefix.");
            return Failed;
        }
        catch (RedisConnectionException unreachable)
        {
            var cause = unreachable.InnerException?.Message is { Length: > 0 } inner ? $" ({inner})" : string.Empty;
            error.WriteLine($"flowmetal: cannot reach {where}: no connection{cause}. Check --redis (or $FLOWMETAL_REDIS) and that Redis runs there.");
            return Failed;
        }
        catch (Exception failure) when (failure is InvalidOperationException or ArgumentException or FlowDamagedException or FlowLimitExceededException or RedisException or TimeoutException)
        {
            error.WriteLine("flowmetal: " + failure.Message);
            return Failed;
        }
        finally
        {
            if (store is not null)
            {
                await store.DisposeAsync().ConfigureAwait(false);
            }
        }
    }

    private static async Task<RedisFlowStore> ConnectAsync(string redis, string prefix)
    {
        ConfigurationOptions configuration;
        try
        {
            configuration = ConfigurationOptions.Parse(redis);
        }
        catch (ArgumentException error)
        {
            throw new UsageException($"'{redis}' is not a Redis address ({error.Message}); use host:port.");
        }

        configuration.AbortOnConnectFail = true;
        configuration.ConnectTimeout = 5000;
        configuration.ConnectRetry = 1;
        var key = Environment.GetEnvironmentVariable("FLOWMETAL_SIGNING_KEY");
        byte[]? signingKey = null;
        if (!string.IsNullOrEmpty(key))
        {
            try
            {
                signingKey = Convert.FromBase64String(key);
            }
            catch (FormatException)
            {
                throw new InvalidOperationException("FLOWMETAL_SIGNING_KEY is not base64: give the store's RedisFlowStoreOptions.SigningKey as Convert.ToBase64String writes it.");
            }
        }

        var options = new RedisFlowStoreOptions { KeyPrefix = prefix, SigningKey = signingKey };
        try
        {
            return await RedisFlowStore.ConnectAsync(configuration, options).ConfigureAwait(false);
        }
        catch (ArgumentException invalid) when (invalid.ParamName == nameof(RedisFlowStoreOptions.KeyPrefix))
        {
            throw new UsageException($"--prefix '{prefix}' is not a key prefix a store can have: not empty, no braces, no whitespace.");
        }
    }
}
