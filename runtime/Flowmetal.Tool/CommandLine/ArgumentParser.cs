namespace Flowmetal.Tool.CommandLine;

/// <summary>
/// Reads <c>flowmetal &lt;command&gt; [arguments] [options]</c> (and <c>flowmetal help [command]</c>): options anywhere after the command (the common ones before
/// it too), <c>--name value</c> or <c>--name=value</c>, <c>--</c> ending the options (a reason that starts with dashes).
/// </summary>
internal static class ArgumentParser
{
    public static ParsedCommand Parse(IReadOnlyList<CommandSpec> commands, string[] args)
    {
        CommandSpec? spec = null;
        var positional = new List<string>();
        var options = new Dictionary<string, string?>(StringComparer.Ordinal);
        bool literal = false;
        for (int i = 0; i < args.Length; i++)
        {
            var arg = args[i];
            if (!literal && arg == "--")
            {
                literal = true;
                continue;
            }

            if (!literal && arg.StartsWith('-') && arg.Length > 1 && !IsNegativeNumber(arg))
            {
                var (name, inline) = Split(arg == "-h" ? "--help" : arg);
                var known = (spec?.Options ?? Array.Empty<OptionSpec>()).Concat(CommandSpec.Common).FirstOrDefault(o => o.Name == name) ??
                    throw new UsageException(spec is null ? $"Unknown option {name}." : $"'flowmetal {spec.Name}' has no option {name}.", spec);
                string? value = null;
                if (known.ValueName is not null)
                {
                    value = inline ?? (i + 1 < args.Length ? args[++i] : throw new UsageException($"{name} needs a value ({known.ValueName}).", spec));
                }
                else if (inline is not null)
                {
                    throw new UsageException($"{name} takes no value.", spec);
                }

                options[name] = value;
                continue;
            }

            if (spec is null && arg == "help" && !options.ContainsKey("--help"))
            {
                // flowmetal help [command]
                options["--help"] = null;
                continue;
            }

            if (spec is null)
            {
                spec = commands.FirstOrDefault(c => c.Name == arg) ??
                    throw new UsageException($"Unknown command '{arg}'. Commands: {string.Join(", ", commands.Select(c => c.Name))}.");
                continue;
            }

            positional.Add(arg);
        }

        if (spec is null)
        {
            throw new UsageException(options.ContainsKey("--help") ? string.Empty : "No command given.");
        }

        var parsed = new ParsedCommand(spec, positional, options);
        if (options.ContainsKey("--help"))
        {
            return parsed;
        }

        int required = spec.Arguments.Count(a => a.Required);
        if (positional.Count < required)
        {
            throw new UsageException($"'flowmetal {spec.Name}' needs {string.Join(" and ", spec.Arguments.Where(a => a.Required).Select(a => "<" + a.Name + ">"))}.", spec);
        }

        bool takesRest = spec.Arguments.Count > 0 && spec.Arguments[^1].Name.EndsWith("...", StringComparison.Ordinal);
        if (positional.Count > spec.Arguments.Count && !takesRest)
        {
            throw new UsageException($"'flowmetal {spec.Name}' takes {spec.Arguments.Count} argument(s); '{positional[spec.Arguments.Count]}' is one too many (quote a value with spaces).", spec);
        }

        return parsed;
    }

    private static (string Name, string? Value) Split(string arg)
    {
        int equals = arg.IndexOf('=', StringComparison.Ordinal);
        return equals < 0 ? (arg, null) : (arg[..equals], arg[(equals + 1)..]);
    }

    // A JSON payload such as -3 is an argument, not an option.
    private static bool IsNegativeNumber(string arg) => arg.Length > 1 && char.IsAsciiDigit(arg[1]);
}
