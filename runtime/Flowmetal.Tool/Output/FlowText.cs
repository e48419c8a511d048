using System.Text;

namespace Flowmetal.Tool.Output;

/// <summary>Flows, stacks and checkpoints as text for people.</summary>
internal static class FlowText
{
    private static readonly string[] ListHeaders = { "ID", "STATUS", "ENTRY", "WAIT / ERROR", "UPDATED" };
    private static readonly string[] HistoryHeaders = { "CHECKPOINT", "SAVED", "WAITED ON", "INNERMOST FRAME", string.Empty };

    public static void WriteList(TextWriter output, IReadOnlyList<FlowInfo> flows, DateTimeOffset now)
    {
        var rows = flows.Select(f => new[]
        {
            f.Id.Value,
            f.Status.ToString(),
            MethodNames.Short(f.EntryMethod),
            f.Status is FlowStatus.Failed or FlowStatus.Cancelled && f.Error is { } error ? error.Type[(error.Type.LastIndexOf('.') + 1)..] + ": " + Shorten(error.Message, 60)
                : f.Wait?.Description ?? string.Empty,
            Times.Ago(f.UpdatedAt, now),
        }).ToList();
        Table(output, ListHeaders, rows);
    }

    public static void WriteFlow(TextWriter output, FlowInfo flow, DateTimeOffset now, IReadOnlyDictionary<FlowId, FlowStatus>? children = null)
    {
        output.WriteLine($"Flow {flow.Id}  {flow.Status}{(flow.CancelRequested ? " (cancellation requested)" : string.Empty)}");
        var fields = new List<(string, string)>
        {
            ("entry", flow.EntryMethod),
        };
        if (flow.Wait is { } wait)
        {
            fields.Add((flow.Status == FlowStatus.Running ? "resumed from" : "waits on", wait.Description));
        }

        fields.Add(("created", Times.Both(flow.CreatedAt, now)));
        fields.Add(("updated", Times.Both(flow.UpdatedAt, now)));
        if (flow.FinishedAt is { } finished)
        {
            fields.Add(("finished", Times.Both(finished, now)));
        }

        fields.Add(("suspensions", flow.Suspensions.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        if (flow.Attempts > 0)
        {
            fields.Add(("attempts", flow.Attempts.ToString(System.Globalization.CultureInfo.InvariantCulture) + " (at the current step)"));
        }

        if (flow.Build is { } build)
        {
            fields.Add(("build", build));
        }

        if (flow.NeedsBuild is { } needed)
        {
            // The workers that claimed it could not resume it in their build (last attempt says why).
            fields.Add(("needs build", needed + " (waits for a worker of that build)"));
        }

        if (flow.Worker is { } worker)
        {
            fields.Add(("worker", worker + (flow.LeaseExpiresAt is { } lease ? $", lease until {Times.Both(lease, now)}" : string.Empty)));
        }

        if (flow.Deadline is { } deadline)
        {
            fields.Add(("deadline", Times.Both(deadline, now)));
        }

        if (flow.Parent is { } parent)
        {
            fields.Add(("parent", parent.Value));
        }

        if (flow.Children.Count > 0)
        {
            fields.Add(("children", string.Join(", ", flow.Children.Select(c => children is not null && children.TryGetValue(c, out var status) ? $"{c} ({status})" : c.Value))));
        }

        if (flow.Error is { } error)
        {
            fields.Add((flow.Status == FlowStatus.Cancelled ? "cancelled" : "error", $"{error.Type}: {error.Message}"));
        }

        if (flow.LastAttemptError is { } last)
        {
            fields.Add(("last attempt", $"{last.Type}: {last.Message}"));
        }

        if (flow.Damage is { } damage)
        {
            fields.Add(("damage", damage));
        }

        int width = fields.Max(f => f.Item1.Length);
        foreach (var (name, value) in fields)
        {
            output.WriteLine($"  {name.PadRight(width)}  {value}");
        }

        if (flow.Stack.Count > 0)
        {
            output.WriteLine();
            output.WriteLine("Stack, innermost frame first:");
            WriteStack(output, flow.Stack, "  ");
        }

        if (flow.Error?.StackTrace is { Length: > 0 } trace)
        {
            output.WriteLine();
            output.WriteLine("Error stack trace:");
            foreach (var line in trace.Split('\n'))
            {
                output.WriteLine("  " + line.TrimEnd('\r'));
            }
        }
    }

    public static void WriteStack(TextWriter output, IReadOnlyList<FlowStackFrame> stack, string indent)
    {
        for (int i = 0; i < stack.Count; i++)
        {
            var frame = stack[i];
            output.WriteLine($"{indent}#{i} {frame.Method}");
            if (frame.SourceFile is not null)
            {
                output.WriteLine($"{indent}   at {frame.SourceFile}{(frame.Line > 0 ? ":" + frame.Line : string.Empty)}");
            }

            if (frame.Locals.Count == 0)
            {
                continue;
            }

            int kind = frame.Locals.Max(l => Kind(l.Kind).Length);
            int name = frame.Locals.Max(l => l.Name.Length);
            int type = frame.Locals.Max(l => (l.Type ?? string.Empty).Length);
            // As a debugger lists them: this, the arguments, the locals, then values the call had on the evaluation stack.
            foreach (var local in frame.Locals.OrderBy(l => l.Kind switch { FlowLocalKind.This => 0, FlowLocalKind.Argument => 1, FlowLocalKind.Local => 2, _ => 3 }))
            {
                output.WriteLine($"{indent}   {Kind(local.Kind).PadRight(kind)} {local.Name.PadRight(name)} {(local.Type ?? string.Empty).PadRight(type)} = {local.Value}");
            }
        }
    }

    public static void WriteHistory(TextWriter output, FlowId id, IReadOnlyList<FlowCheckpoint> history, DateTimeOffset now, bool locals)
    {
        if (history.Count == 0)
        {
            output.WriteLine($"Flow {id} has no kept continuations (FlowStoreLimits.KeptContinuations is 0, or it has not suspended yet).");
            return;
        }

        var rows = history.Select(c => new[]
        {
            "#" + c.Number,
            Times.Both(c.SavedAt, now),
            c.Wait.Description,
            c.Stack.Count == 0 ? string.Empty : MethodNames.Short(c.Stack[0].Method) + (c.Stack[0].Line > 0 ? ":" + c.Stack[0].Line : string.Empty),
            c.RestoredFrom is { } from ? "restored from #" + from : string.Empty,
        }).ToList();
        Table(output, HistoryHeaders, rows);
        if (!locals)
        {
            return;
        }

        foreach (var checkpoint in history)
        {
            output.WriteLine();
            output.WriteLine($"Checkpoint #{checkpoint.Number}, innermost frame first:");
            WriteStack(output, checkpoint.Stack, "  ");
        }
    }

    private static string Kind(FlowLocalKind kind) => kind switch
    {
        FlowLocalKind.Argument => "arg",
        FlowLocalKind.This => "this",
        FlowLocalKind.Stack => "stack",
        _ => "local",
    };

    private static string Shorten(string text, int max)
    {
        var line = text.ReplaceLineEndings(" ");
        return line.Length <= max ? line : line[..(max - 1)] + "…";
    }

    private static void Table(TextWriter output, string[] headers, List<string[]> rows)
    {
        var widths = headers.Select((h, i) => Math.Max(h.Length, rows.Count == 0 ? 0 : rows.Max(r => r[i].Length))).ToArray();
        void Line(string[] cells)
        {
            var text = new StringBuilder();
            for (int i = 0; i < cells.Length; i++)
            {
                text.Append(i == cells.Length - 1 ? cells[i] : cells[i].PadRight(widths[i] + 2));
            }

            output.WriteLine(text.ToString().TrimEnd());
        }

        Line(headers);
        foreach (var row in rows)
        {
            Line(row);
        }
    }
}
