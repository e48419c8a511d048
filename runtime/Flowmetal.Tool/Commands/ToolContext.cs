using Flowmetal.Client;

namespace Flowmetal.Tool.Commands;

/// <summary>What a command runs with: the client of the store (connected on first use, after the command line was checked), where to write, and how.</summary>
internal sealed class ToolContext
{
    private readonly Func<Task<FlowClient>> _connect;
    private Task<FlowClient>? _client;

    public ToolContext(Func<Task<FlowClient>> connect) => _connect = connect;

    public required TextWriter Out { get; init; }

    public required TextWriter Error { get; init; }

    public required bool Json { get; init; }

    /// <summary>Where the flows are, for messages: <c>Redis localhost:6379, prefix 'flowmetal'</c>.</summary>
    public required string Where { get; init; }

    public DateTimeOffset Now { get; } = DateTimeOffset.UtcNow;

    public Task<FlowClient> ClientAsync() => _client ??= _connect();
}
