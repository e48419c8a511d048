using System.Globalization;

namespace Flowmetal.Tool.CommandLine;

/// <summary>A command line read against its command's spec: positional arguments and option values by name.</summary>
internal sealed class ParsedCommand
{
    private readonly Dictionary<string, string?> _options;
    private readonly IReadOnlyList<string> _arguments;

    public ParsedCommand(CommandSpec spec, IReadOnlyList<string> arguments, Dictionary<string, string?> options)
    {
        Spec = spec;
        _arguments = arguments;
        _options = options;
    }

    public CommandSpec Spec { get; }

    public bool Has(string option) => _options.ContainsKey(option);

    public string? Option(string option) => _options.TryGetValue(option, out var value) ? value : null;

    /// <summary>The positional argument at <paramref name="index"/>, or <see langword="null"/> when not given.</summary>
    public string? Argument(int index) => index < _arguments.Count ? _arguments[index] : null;

    /// <summary>The positional arguments from <paramref name="index"/> on, joined by spaces (a reason written without quotes).</summary>
    public string? Rest(int index) => index < _arguments.Count ? string.Join(' ', _arguments.Skip(index)) : null;

    public FlowId Id(int index = 0)
    {
        var text = Argument(index)!;
        return FlowId.TryParse(text, out var id) ? id : throw new UsageException($"'{text}' is not a flow id.", Spec);
    }

    public int Number(string name, string? text, int min)
    {
        if (text is null)
        {
            throw new UsageException($"{name} is missing.", Spec);
        }

        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= min
            ? n
            : throw new UsageException($"{name} must be a whole number of at least {min}, not '{text}'.", Spec);
    }
}
