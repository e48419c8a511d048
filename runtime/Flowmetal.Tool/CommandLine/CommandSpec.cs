namespace Flowmetal.Tool.CommandLine;

/// <summary>An option: <c>--name value</c>, or a flag without value.</summary>
internal sealed record OptionSpec(string Name, string? ValueName, string Description);

/// <summary>A positional argument.</summary>
internal sealed record ArgumentSpec(string Name, bool Required, string Description);

/// <summary>What a command accepts, and the words its help is made of.</summary>
internal sealed record CommandSpec(string Name, string Summary, IReadOnlyList<ArgumentSpec> Arguments, IReadOnlyList<OptionSpec> Options, string? Details = null)
{
    /// <summary>The options every command takes.</summary>
    public static readonly IReadOnlyList<OptionSpec> Common = new[]
    {
        new OptionSpec("--redis", "host:port", "Redis to read (any StackExchange.Redis configuration string). Default: $FLOWMETAL_REDIS, else localhost:6379."),
        new OptionSpec("--prefix", "prefix", "The store's key prefix (RedisFlowStoreOptions.KeyPrefix). Default: $FLOWMETAL_PREFIX, else flowmetal."),
        new OptionSpec("--json", null, "Write JSON to standard output, for scripts."),
        new OptionSpec("--help", null, "Show this help."),
    };

    public string Usage =>
        $"flowmetal {Name}" + string.Concat(Arguments.Select(a => a.Required ? $" <{a.Name}>" : $" [{a.Name}]")) +
        string.Concat(Options.Select(o => o.ValueName is null ? $" [{o.Name}]" : $" [{o.Name} {o.ValueName}]")) + " [--redis host:port] [--prefix p] [--json]";
}
