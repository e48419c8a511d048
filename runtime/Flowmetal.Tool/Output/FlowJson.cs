using System.Text.Json;

namespace Flowmetal.Tool.Output;

/// <summary>Flows, stacks and checkpoints as JSON for scripts: every field, names in camelCase, times in ISO 8601 UTC.</summary>
internal static class FlowJson
{
    public static void Write(TextWriter output, Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            write(writer);
        }

        output.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }

    public static void Flow(Utf8JsonWriter json, FlowInfo flow, FlowCheckpoint? lastCheckpoint = null)
    {
        json.WriteStartObject();
        json.WriteString("id", flow.Id.Value);
        json.WriteString("status", flow.Status.ToString());
        json.WriteString("entryMethod", flow.EntryMethod);
        json.WritePropertyName("wait");
        Wait(json, flow.Wait);
        json.WritePropertyName("stack");
        Stack(json, flow.Stack);
        Time(json, "createdAt", flow.CreatedAt);
        Time(json, "updatedAt", flow.UpdatedAt);
        Time(json, "finishedAt", flow.FinishedAt);
        json.WriteNumber("attempts", flow.Attempts);
        json.WriteNumber("suspensions", flow.Suspensions);
        Text(json, "worker", flow.Worker);
        Text(json, "build", flow.Build);
        Text(json, "needsBuild", flow.NeedsBuild);
        Time(json, "leaseExpiresAt", flow.LeaseExpiresAt);
        json.WritePropertyName("error");
        Error(json, flow.Error);
        json.WritePropertyName("lastAttemptError");
        Error(json, flow.LastAttemptError);
        Text(json, "parent", flow.Parent?.Value);
        json.WriteStartArray("children");
        foreach (var child in flow.Children)
        {
            json.WriteStringValue(child.Value);
        }

        json.WriteEndArray();
        Time(json, "deadline", flow.Deadline);
        json.WriteBoolean("cancelRequested", flow.CancelRequested);
        Text(json, "damage", flow.Damage);
        if (lastCheckpoint is not null)
        {
            json.WritePropertyName("lastCheckpoint");
            Checkpoint(json, lastCheckpoint);
        }

        json.WriteEndObject();
    }

    public static void Checkpoint(Utf8JsonWriter json, FlowCheckpoint checkpoint)
    {
        json.WriteStartObject();
        json.WriteNumber("number", checkpoint.Number);
        Time(json, "savedAt", checkpoint.SavedAt);
        json.WritePropertyName("wait");
        Wait(json, checkpoint.Wait);
        json.WritePropertyName("stack");
        Stack(json, checkpoint.Stack);
        if (checkpoint.RestoredFrom is { } from)
        {
            json.WriteNumber("restoredFrom", from);
        }
        else
        {
            json.WriteNull("restoredFrom");
        }

        json.WriteEndObject();
    }

    private static void Stack(Utf8JsonWriter json, IReadOnlyList<FlowStackFrame> stack)
    {
        json.WriteStartArray();
        foreach (var frame in stack)
        {
            json.WriteStartObject();
            json.WriteString("method", frame.Method);
            Text(json, "sourceFile", frame.SourceFile);
            json.WriteNumber("line", frame.Line);
            json.WriteStartArray("locals");
            foreach (var local in frame.Locals)
            {
                json.WriteStartObject();
                json.WriteString("name", local.Name);
                json.WriteString("kind", local.Kind.ToString());
                Text(json, "type", local.Type);
                json.WriteString("value", local.Value);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void Wait(Utf8JsonWriter json, FlowWait? wait)
    {
        if (wait is null)
        {
            json.WriteNullValue();
            return;
        }

        json.WriteStartObject();
        json.WriteString("kind", wait.Kind.ToString());
        json.WriteString("description", wait.Description);
        Text(json, "signalName", wait.SignalName);
        Text(json, "payloadType", wait.PayloadType);
        Time(json, "due", wait.Due);
        json.WriteStartArray("children");
        foreach (var child in wait.Children)
        {
            json.WriteStringValue(child.Value);
        }

        json.WriteEndArray();
        if (wait.Kind == FlowWaitKind.Child)
        {
            json.WriteString("joinMode", wait.JoinMode.ToString());
        }

        Text(json, "retryOf", wait.RetryOf);
        json.WriteEndObject();
    }

    private static void Error(Utf8JsonWriter json, FlowError? error)
    {
        if (error is null)
        {
            json.WriteNullValue();
            return;
        }

        json.WriteStartObject();
        json.WriteString("type", error.Type);
        json.WriteString("message", error.Message);
        Text(json, "stackTrace", error.StackTrace);
        json.WriteEndObject();
    }

    private static void Text(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, value);
        }
    }

    private static void Time(Utf8JsonWriter json, string name, DateTimeOffset? value)
    {
        if (value is { } time)
        {
            json.WriteString(name, time.UtcDateTime.ToString("O", System.Globalization.CultureInfo.InvariantCulture));
        }
        else
        {
            json.WriteNull(name);
        }
    }
}
