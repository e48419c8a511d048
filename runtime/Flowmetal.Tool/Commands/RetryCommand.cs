using Flowmetal.Tool.CommandLine;
using Flowmetal.Tool.Output;

namespace Flowmetal.Tool.Commands;

/// <summary><c>flowmetal retry &lt;id&gt;</c>.</summary>
internal sealed class RetryCommand : ToolCommand
{
    public override CommandSpec Spec { get; } = new(
        "retry",
        "Run a failed flow again from its last stored continuation: the step that failed runs again, with the signal it had resumed with.",
        new[] { new ArgumentSpec("id", true, "The flow's id; it must be Failed.") },
        Array.Empty<OptionSpec>(),
        "Fix the cause first (deploy the fixed build, bring the dependency back): any worker picks the flow up at once.\n" +
        "A flow that failed before its first suspension runs again from its entry call.");

    public override async Task<int> RunAsync(ToolContext context, ParsedCommand command, CancellationToken cancellationToken)
    {
        var id = command.Id();
        int number = await (await context.ClientAsync().ConfigureAwait(false)).RetryAsync(id, cancellationToken).ConfigureAwait(false);
        var flow = await (await context.ClientAsync().ConfigureAwait(false)).GetAsync(id, cancellationToken).ConfigureAwait(false);
        if (context.Json)
        {
            FlowJson.Write(context.Out, json => FlowJson.Flow(json, flow));
        }
        else
        {
            context.Out.WriteLine(number == 0
                ? $"Flow {id} runs again from its entry call (it failed before it first suspended); it is {flow.Status}."
                : $"Flow {id} runs again from its last continuation (kept now as checkpoint #{number}); it is {flow.Status}{Waits(flow)}.");
        }

        return 0;
    }

    internal static string Waits(FlowInfo flow) => flow.Status == FlowStatus.Waiting && flow.Wait is { } wait ? ", waiting on " + wait.Description : string.Empty;
}
