using Flowmetal.Tool.CommandLine;

namespace Flowmetal.Tool.Commands;

/// <summary>One command of the tool: its spec (arguments, options, help) and what it does. Returns the exit code.</summary>
internal abstract class ToolCommand
{
    public abstract CommandSpec Spec { get; }

    public abstract Task<int> RunAsync(ToolContext context, ParsedCommand command, CancellationToken cancellationToken);

    /// <summary>Every command, in the order the help lists them.</summary>
    public static IReadOnlyList<ToolCommand> All { get; } = new ToolCommand[]
    {
        new ListCommand(), new ShowCommand(), new SignalCommand(), new CancelCommand(), new RetryCommand(), new HistoryCommand(), new RewindCommand(),
    };
}
