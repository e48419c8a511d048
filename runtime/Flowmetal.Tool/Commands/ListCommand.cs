using System.Text.RegularExpressions;
using Flowmetal.Tool.CommandLine;
using Flowmetal.Tool.Output;

namespace Flowmetal.Tool.Commands;

/// <summary><c>flowmetal list</c>: one line a flow, oldest first.</summary>
internal sealed class ListCommand : ToolCommand
{
    public override CommandSpec Spec { get; } = new(
        "list",
        "List flows, oldest first: id, status, entry method, what each waits for (or why it failed), last update.",
        Array.Empty<ArgumentSpec>(),
        new[]
        {
            new OptionSpec("--status", "status", "Only flows with this status: Pending, Running, Waiting, Completed, Failed, Cancelled."),
            new OptionSpec("--method", "pattern", "Only flows whose entry method matches: a part of its name (OrderFlow::Process), or a pattern with * and ?."),
            new OptionSpec("--limit", "n", "At most this many flows. Default: 100."),
        });

    public override async Task<int> RunAsync(ToolContext context, ParsedCommand command, CancellationToken cancellationToken)
    {
        FlowStatus? status = null;
        if (command.Option("--status") is { } statusText)
        {
            status = Enum.TryParse<FlowStatus>(statusText, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed)
                ? parsed
                : throw new UsageException($"'{statusText}' is not a status: use one of {string.Join(", ", Enum.GetNames<FlowStatus>())}.", Spec);
        }

        int limit = command.Has("--limit") ? command.Number("--limit", command.Option("--limit"), 1) : 100;
        var matches = Matcher(command.Option("--method"));
        var flows = new List<FlowInfo>();
        bool more = false;
        string? cursor = null;
        do
        {
            var page = await (await context.ClientAsync().ConfigureAwait(false)).ListAsync(status, 500, cursor, cancellationToken).ConfigureAwait(false);
            foreach (var flow in page.Flows.Where(f => matches(f.EntryMethod)))
            {
                if (flows.Count == limit)
                {
                    more = true;
                    break;
                }

                flows.Add(flow);
            }

            foreach (var damaged in page.Damaged)
            {
                context.Error.WriteLine($"flowmetal: skipped a damaged record: {damaged.Id}: {damaged.Problem}");
            }

            cursor = page.NextCursor;
        }
        while (cursor is not null && !more);

        if (context.Json)
        {
            FlowJson.Write(context.Out, json =>
            {
                json.WriteStartArray();
                foreach (var flow in flows)
                {
                    FlowJson.Flow(json, flow);
                }

                json.WriteEndArray();
            });
        }
        else if (flows.Count == 0)
        {
            context.Out.WriteLine($"No flows{(status is null ? string.Empty : " " + status)} in {context.Where}.");
        }
        else
        {
            FlowText.WriteList(context.Out, flows, context.Now);
        }

        if (more)
        {
            context.Error.WriteLine($"flowmetal: more flows match than the {limit} listed; raise --limit, or narrow with --status and --method.");
        }

        return 0;
    }

    private static Func<string, bool> Matcher(string? pattern)
    {
        if (string.IsNullOrEmpty(pattern))
        {
            return _ => true;
        }

        if (!pattern.Contains('*', StringComparison.Ordinal) && !pattern.Contains('?', StringComparison.Ordinal))
        {
            return method => method.Contains(pattern, StringComparison.OrdinalIgnoreCase);
        }

        var regex = new Regex("^" + Regex.Escape(pattern).Replace("\\*", ".*", StringComparison.Ordinal).Replace("\\?", ".", StringComparison.Ordinal) + "$",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        // A pattern may name the whole identity, or the type and method as the table shows them (OrderFlow::Process*).
        return method => regex.IsMatch(method) || regex.IsMatch(method.Split('(')[0]) || regex.IsMatch(Output.MethodNames.Short(method));
    }
}
