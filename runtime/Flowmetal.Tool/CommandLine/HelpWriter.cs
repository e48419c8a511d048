namespace Flowmetal.Tool.CommandLine;

/// <summary>The tool's help and each command's.</summary>
internal static class HelpWriter
{
    public static void WriteTool(TextWriter output, IReadOnlyList<CommandSpec> commands)
    {
        output.WriteLine("flowmetal: look at, signal, cancel, retry and rewind Flowmetal flows stored in Redis.");
        output.WriteLine("It reads stored state only: it never loads an assembly of your flows.");
        output.WriteLine();
        output.WriteLine("Usage: flowmetal <command> [arguments] [options]");
        output.WriteLine();
        output.WriteLine("Commands:");
        foreach (var command in commands)
        {
            output.WriteLine($"  {command.Name,-9} {command.Summary}");
        }

        output.WriteLine();
        WriteOptions(output, CommandSpec.Common);
        output.WriteLine();
        output.WriteLine("Environment: FLOWMETAL_REDIS and FLOWMETAL_PREFIX (defaults of --redis and --prefix); FLOWMETAL_SIGNING_KEY, base64,");
        output.WriteLine("the store's RedisFlowStoreOptions.SigningKey when it signs (a signal must be signed to be taken).");
        output.WriteLine();
        output.WriteLine("Exit codes: 0 done, 1 failed (no such flow, refused, Redis unreachable), 2 wrong command line.");
        output.WriteLine("Run 'flowmetal <command> --help' for a command's arguments.");
    }

    public static void WriteCommand(TextWriter output, CommandSpec command)
    {
        output.WriteLine(command.Summary);
        output.WriteLine();
        output.WriteLine("Usage: " + command.Usage);
        if (command.Arguments.Count > 0)
        {
            output.WriteLine();
            output.WriteLine("Arguments:");
            foreach (var argument in command.Arguments)
            {
                output.WriteLine($"  {argument.Name,-22} {argument.Description}");
            }
        }

        output.WriteLine();
        WriteOptions(output, command.Options.Concat(CommandSpec.Common).ToArray());
        if (command.Details is not null)
        {
            output.WriteLine();
            output.WriteLine(command.Details);
        }
    }

    private static void WriteOptions(TextWriter output, IReadOnlyList<OptionSpec> options)
    {
        output.WriteLine("Options:");
        foreach (var option in options)
        {
            var name = option.ValueName is null ? option.Name : $"{option.Name} <{option.ValueName}>";
            output.WriteLine($"  {name,-22} {option.Description}");
        }
    }
}
