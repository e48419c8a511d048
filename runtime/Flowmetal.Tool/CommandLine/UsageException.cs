namespace Flowmetal.Tool.CommandLine;

/// <summary>The command line is wrong: the tool prints the message and the command's usage, and exits with 2.</summary>
internal sealed class UsageException : Exception
{
    public UsageException(string message, CommandSpec? command = null)
        : base(message)
    {
        Command = command;
    }

    /// <summary>The command whose usage to show, or <see langword="null"/> for the tool's.</summary>
    public CommandSpec? Command { get; }
}
