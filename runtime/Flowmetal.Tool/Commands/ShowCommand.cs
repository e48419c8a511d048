using Flowmetal.Tool.CommandLine;
using Flowmetal.Tool.Output;

namespace Flowmetal.Tool.Commands;

/// <summary><c>flowmetal show &lt;id&gt;</c>: everything about one flow, its suspended stack with each frame's locals.</summary>
internal sealed class ShowCommand : ToolCommand
{
    public override CommandSpec Spec { get; } = new(
        "show",
        "Show a flow: status, what it waits for, its suspended stack innermost first with each frame's file:line, locals and arguments, its children, attempts and error.",
        new[] { new ArgumentSpec("id", true, "The flow's id.") },
        Array.Empty<OptionSpec>(),
        "Values are read from the stored continuation, without loading your assemblies: objects are shown by their fields,\n" +
        "collections cut after 8 items, nesting after 4 levels, and a reference back to an object being shown as <cycle #n>.");

    public override async Task<int> RunAsync(ToolContext context, ParsedCommand command, CancellationToken cancellationToken)
    {
        var client = await context.ClientAsync().ConfigureAwait(false);
        var flow = await client.GetAsync(command.Id(), cancellationToken).ConfigureAwait(false);

        // An ended flow has no stack of its own any more: its last kept continuation is where a retry or a rewind resumes.
        var kept = flow.Stack.Count == 0 && flow.Status is FlowStatus.Failed or FlowStatus.Cancelled or FlowStatus.Completed
            ? await client.GetHistoryAsync(flow.Id, cancellationToken).ConfigureAwait(false)
            : Array.Empty<FlowCheckpoint>();
        var last = kept.Count > 0 ? kept[0] : null;
        if (context.Json)
        {
            FlowJson.Write(context.Out, json => FlowJson.Flow(json, flow, last));
        }
        else
        {
            FlowText.WriteFlow(context.Out, flow, context.Now, await ChildStatusesAsync(client, flow, cancellationToken).ConfigureAwait(false));
            if (last is not null)
            {
                context.Out.WriteLine();
                context.Out.WriteLine($"Last kept continuation, checkpoint #{last.Number} ({last.Wait.Description}){(flow.Status == FlowStatus.Failed ? ", where 'flowmetal retry' resumes" : string.Empty)}:");
                FlowText.WriteStack(context.Out, last.Stack, "  ");
            }
        }

        return 0;
    }

    // The first children's statuses, one read each: enough to see which one a join waits for, without reading thousands.
    private static async Task<IReadOnlyDictionary<FlowId, FlowStatus>> ChildStatusesAsync(Flowmetal.Client.FlowClient client, FlowInfo flow, CancellationToken cancellationToken)
    {
        var statuses = new Dictionary<FlowId, FlowStatus>();
        foreach (var child in flow.Children.Take(20))
        {
            try
            {
                statuses[child] = (await client.GetAsync(child, cancellationToken).ConfigureAwait(false)).Status;
            }
            catch (FlowNotFoundException)
            {
                // Never created (its parent died before), or past its retention: shown without a status.
            }
        }

        return statuses;
    }
}
