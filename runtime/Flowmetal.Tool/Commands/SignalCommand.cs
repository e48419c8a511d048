using Flowmetal.Tool.CommandLine;
using Flowmetal.Tool.Output;

namespace Flowmetal.Tool.Commands;

/// <summary><c>flowmetal signal &lt;id&gt; &lt;name&gt; &lt;json&gt;</c>.</summary>
internal sealed class SignalCommand : ToolCommand
{
    public override CommandSpec Spec { get; } = new(
        "signal",
        "Send a signal to a flow: it resumes if it waits for it, else the signal is buffered until it does.",
        new[]
        {
            new ArgumentSpec("id", true, "The flow's id."),
            new ArgumentSpec("name", true, "The signal's name, as the flow's Flow.WaitForSignal names it."),
            new ArgumentSpec("json", true, "The payload as JSON: true, 42, \"text\" (a string may go without quotes), [1, 2]."),
        },
        new[] { new OptionSpec("--type", "type", "The payload's .NET type when the flow does not wait for the signal yet: bool, int, long, double, decimal, string, guid, datetime, or a full name.") },
        "The payload becomes a value of the type the flow waits for. The tool loads no assembly of yours: a payload of one of your\n" +
        "own types has to be sent from your application (FlowClient.SignalAsync).");

    public override async Task<int> RunAsync(ToolContext context, ParsedCommand command, CancellationToken cancellationToken)
    {
        var id = command.Id();
        var name = command.Argument(1)!;
        var text = command.Argument(2)!;
        var flow = await (await context.ClientAsync().ConfigureAwait(false)).GetAsync(id, cancellationToken).ConfigureAwait(false);
        bool waiting = flow.Status == FlowStatus.Waiting && flow.Wait is { Kind: FlowWaitKind.Signal } wait && wait.SignalName == name;
        Type type;
        if (command.Option("--type") is { } typeName)
        {
            type = SignalPayload.Resolve(typeName) ?? throw new UsageException($"'{typeName}' is not a .NET type the tool knows (bool, int, long, double, decimal, string, guid, datetime, or a full name of .NET's own).", Spec);
        }
        else if (waiting && flow.Wait!.PayloadType is { } expected)
        {
            type = SignalPayload.Resolve(expected) ?? throw new InvalidOperationException(
                $"Flow {id} waits for signal '{name}' with a payload of type {expected}: the tool loads no assembly of yours, so it sends only payloads of " +
                ".NET's own types (bool, numbers, string, Guid, DateTime, their arrays and lists). Send this one from your application with FlowClient.SignalAsync.");
        }
        else
        {
            type = SignalPayload.Infer(text);
        }

        object? payload;
        try
        {
            payload = SignalPayload.Read(text, type);
        }
        catch (FormatException error)
        {
            throw new UsageException(error.Message, Spec);
        }

        await (await context.ClientAsync().ConfigureAwait(false)).SignalAsync(id, name, payload, cancellationToken).ConfigureAwait(false);
        var outcome = waiting ? "it waited for it and resumes now" : $"buffered: the flow is {flow.Status}{(flow.Wait is { } w && flow.Status == FlowStatus.Waiting ? ", waiting on " + w.Description : string.Empty)}, and takes it when it waits for '{name}'";
        if (context.Json)
        {
            FlowJson.Write(context.Out, json =>
            {
                json.WriteStartObject();
                json.WriteString("id", id.Value);
                json.WriteString("signal", name);
                json.WriteString("payloadType", SignalPayload.Describe(type));
                json.WriteBoolean("resumes", waiting);
                json.WriteEndObject();
            });
        }
        else
        {
            context.Out.WriteLine($"Signal '{name}' ({SignalPayload.Describe(type)}) sent to flow {id}: {outcome}.");
        }

        return 0;
    }
}
