using Flowmetal.Tool.CommandLine;
using Flowmetal.Tool.Output;

namespace Flowmetal.Tool.Commands;

/// <summary><c>flowmetal cancel &lt;id&gt; [reason]</c>.</summary>
internal sealed class CancelCommand : ToolCommand
{
    public override CommandSpec Spec { get; } = new(
        "cancel",
        "Cancel a flow: a FlowCancelledException is thrown inside it where it waits (or at its next suspension when it runs), so its catch and finally blocks run.",
        new[]
        {
            new ArgumentSpec("id", true, "The flow's id."),
            new ArgumentSpec("reason...", false, "Why, for the flow's exception and error (the rest of the line)."),
        },
        Array.Empty<OptionSpec>());

    public override async Task<int> RunAsync(ToolContext context, ParsedCommand command, CancellationToken cancellationToken)
    {
        var id = command.Id();
        var reason = command.Rest(1) ?? "cancelled with flowmetal cancel";
        bool recorded = await (await context.ClientAsync().ConfigureAwait(false)).CancelAsync(id, reason, cancellationToken).ConfigureAwait(false);
        if (context.Json)
        {
            FlowJson.Write(context.Out, json =>
            {
                json.WriteStartObject();
                json.WriteString("id", id.Value);
                json.WriteBoolean("cancelled", recorded);
                json.WriteString("reason", reason);
                json.WriteEndObject();
            });
        }

        if (!recorded)
        {
            var flow = await (await context.ClientAsync().ConfigureAwait(false)).GetAsync(id, cancellationToken).ConfigureAwait(false);
            context.Error.WriteLine($"flowmetal: flow {id} has already ended ({flow.Status}); nothing to cancel.");
            return 1;
        }

        if (!context.Json)
        {
            context.Out.WriteLine($"Cancellation of flow {id} recorded ({reason}): the flow receives it at its suspension point.");
        }

        return 0;
    }
}
