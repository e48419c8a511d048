using Flowmetal.Tool.CommandLine;
using Flowmetal.Tool.Output;

namespace Flowmetal.Tool.Commands;

/// <summary><c>flowmetal history &lt;id&gt;</c>.</summary>
internal sealed class HistoryCommand : ToolCommand
{
    public override CommandSpec Spec { get; } = new(
        "history",
        "List the continuations the store keeps of a flow, newest first: the checkpoints 'flowmetal rewind' can take it back to.",
        new[] { new ArgumentSpec("id", true, "The flow's id.") },
        new[] { new OptionSpec("--locals", null, "Show each checkpoint's stack with every frame's locals.") },
        "How many are kept: FlowStoreLimits.KeptContinuations (default 5) of the store that wrote them.");

    public override async Task<int> RunAsync(ToolContext context, ParsedCommand command, CancellationToken cancellationToken)
    {
        var id = command.Id();
        var history = await (await context.ClientAsync().ConfigureAwait(false)).GetHistoryAsync(id, cancellationToken).ConfigureAwait(false);
        if (context.Json)
        {
            FlowJson.Write(context.Out, json =>
            {
                json.WriteStartArray();
                foreach (var checkpoint in history)
                {
                    FlowJson.Checkpoint(json, checkpoint);
                }

                json.WriteEndArray();
            });
        }
        else
        {
            FlowText.WriteHistory(context.Out, id, history, context.Now, command.Has("--locals"));
        }

        return 0;
    }
}
