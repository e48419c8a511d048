using Flowmetal.Tool.CommandLine;
using Flowmetal.Tool.Output;

namespace Flowmetal.Tool.Commands;

/// <summary><c>flowmetal rewind &lt;id&gt; &lt;n&gt;</c>.</summary>
internal sealed class RewindCommand : ToolCommand
{
    public override CommandSpec Spec { get; } = new(
        "rewind",
        "Take a flow back to kept checkpoint n: it resumes from there with the stack and locals it had there, and its code runs on from that point.",
        new[]
        {
            new ArgumentSpec("id", true, "The flow's id; it must be waiting, pending or ended (not running)."),
            new ArgumentSpec("n", true, "The checkpoint's number, as 'flowmetal history' lists it."),
        },
        Array.Empty<OptionSpec>(),
        "Nothing is replayed and nothing is undone: what the flow did after the checkpoint (a charge, an email) stays done, and the\n" +
        "code from the checkpoint on runs again. It waits again for what it waited for there (send a signal again). A finished\n" +
        "flow's result or error is cleared.");

    public override async Task<int> RunAsync(ToolContext context, ParsedCommand command, CancellationToken cancellationToken)
    {
        var id = command.Id();
        int checkpoint = command.Number("<n>", command.Argument(1), 0);
        int number = await (await context.ClientAsync().ConfigureAwait(false)).RewindAsync(id, checkpoint, cancellationToken).ConfigureAwait(false);
        var flow = await (await context.ClientAsync().ConfigureAwait(false)).GetAsync(id, cancellationToken).ConfigureAwait(false);
        if (context.Json)
        {
            FlowJson.Write(context.Out, json => FlowJson.Flow(json, flow));
        }
        else
        {
            context.Out.WriteLine($"Flow {id} rewound to checkpoint #{checkpoint} (kept now as #{number}); it is {flow.Status}{RetryCommand.Waits(flow)}.");
        }

        return 0;
    }
}
