using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Flowmetal.Diagnostics;

/// <summary>
/// The spans and instruments the runtime records. Every member swallows its own failures: a
/// listener that throws must never fail a flow, a claim or a client call.
/// </summary>
internal static class FlowInstrumentation
{
    private static readonly string? Version = typeof(FlowInstrumentation).Assembly.GetName().Version?.ToString();

    public static readonly ActivitySource Source = new(FlowTelemetry.ActivitySourceName, Version);

    private static readonly Meter Meter = new(FlowTelemetry.MeterName, Version);

    private static readonly Counter<long> Started = Meter.CreateCounter<long>("flowmetal.flows.started", "{flow}", "Flows created (client starts and child flows).");
    private static readonly Counter<long> Completed = Meter.CreateCounter<long>("flowmetal.flows.completed", "{flow}", "Flows whose entry method returned.");
    private static readonly Counter<long> Failed = Meter.CreateCounter<long>("flowmetal.flows.failed", "{flow}", "Flows that failed (an exception escaped, or they could not be resumed).");
    private static readonly Counter<long> Cancelled = Meter.CreateCounter<long>("flowmetal.flows.cancelled", "{flow}", "Flows that ended cancelled.");
    private static readonly Counter<long> Checkpoints = Meter.CreateCounter<long>("flowmetal.checkpoints", "{checkpoint}", "Continuations stored (checkpoints, timers, signal and child waits).");
    private static readonly Counter<long> CheckpointBytes = Meter.CreateCounter<long>("flowmetal.checkpoint.bytes", "By", "Bytes of continuations stored.");
    private static readonly Histogram<double> ResumeLatency = Meter.CreateHistogram<double>(
        "flowmetal.resume.latency", "ms", "From when a flow could run again (timer due, signal, checkpoint) to when a worker resumed it.");

    public static Activity? StartRun(FlowId id, string method, int attempt, string? traceParent) => Guard(() =>
    {
        var parent = Parse(traceParent);
        var activity = parent is { } context
            ? Source.StartActivity("flowmetal.run", ActivityKind.Consumer, context)
            : Source.StartActivity("flowmetal.run", ActivityKind.Consumer);
        activity?.SetTag(FlowTelemetry.FlowIdTag, id.Value);
        activity?.SetTag(FlowTelemetry.MethodTag, method);
        activity?.SetTag("flowmetal.attempt", attempt);
        return activity;
    });

    /// <summary>A span inside the current one (resume, suspend, child start).</summary>
    public static Activity? StartInner(string name, FlowId id) => Guard(() =>
    {
        var activity = Source.StartActivity(name, ActivityKind.Internal);
        activity?.SetTag(FlowTelemetry.FlowIdTag, id.Value);
        return activity;
    });

    /// <summary>A client span in the flow's own trace (stored context), linked to the caller's current span.</summary>
    public static Activity? StartClient(string name, FlowId id, string? traceParent) => Guard(() =>
    {
        var caller = Activity.Current;
        var links = caller is null ? null : new[] { new ActivityLink(caller.Context) };
        var activity = Parse(traceParent) is { } context
            ? Source.StartActivity(name, ActivityKind.Producer, context, links: links)
            : Source.StartActivity(name, ActivityKind.Producer);
        activity?.SetTag(FlowTelemetry.FlowIdTag, id.Value);
        return activity;
    });

    /// <summary>
    /// The trace context to store with a new flow: the given span's, else one under the current span, else
    /// a new trace. Stored even when nobody listens here, so that the flow's steps on other nodes still
    /// share one trace.
    /// </summary>
    public static string? TraceParentFor(Activity? span, string? parentTraceParent) => Guard(() =>
    {
        if (span is not null && span.IdFormat == ActivityIdFormat.W3C)
        {
            return span.Id;
        }

        var traceId = Activity.Current is { IdFormat: ActivityIdFormat.W3C } current ? current.TraceId
            : Parse(parentTraceParent) is { } parent ? parent.TraceId
            : ActivityTraceId.CreateRandom();
        return $"00-{traceId.ToHexString()}-{ActivitySpanId.CreateRandom().ToHexString()}-01";
    });

    public static void FlowStarted(string method) => Count(Started, method);

    public static void FlowCompleted(string method) => Count(Completed, method);

    public static void FlowFailed(string method) => Count(Failed, method);

    public static void FlowCancelled(string method) => Count(Cancelled, method);

    public static void Checkpointed(string method, int bytes)
    {
        Count(Checkpoints, method);
        try
        {
            CheckpointBytes.Add(bytes, new KeyValuePair<string, object?>(FlowTelemetry.MethodTag, method));
        }
        catch (Exception)
        {
            // Telemetry never fails a flow.
        }
    }

    public static void Resumed(string method, DateTimeOffset? readySince)
    {
        if (readySince is not { } ready)
        {
            return;
        }

        try
        {
            // The store's clock and this node's may differ a little: never report a negative latency.
            var latency = Math.Max(0, (DateTimeOffset.UtcNow - ready).TotalMilliseconds);
            ResumeLatency.Record(latency, new KeyValuePair<string, object?>(FlowTelemetry.MethodTag, method));
        }
        catch (Exception)
        {
            // Telemetry never fails a flow.
        }
    }

    public static void Error(Activity? activity, Exception error)
    {
        try
        {
            activity?.SetStatus(ActivityStatusCode.Error, error.Message);
            activity?.SetTag("exception.type", error.GetType().FullName);
            activity?.SetTag("exception.message", error.Message);
        }
        catch (Exception)
        {
            // Telemetry never fails a flow.
        }
    }

    public static void Tag(Activity? activity, string name, object? value)
    {
        try
        {
            activity?.SetTag(name, value);
        }
        catch (Exception)
        {
            // Telemetry never fails a flow.
        }
    }

    public static void Stop(Activity? activity)
    {
        try
        {
            activity?.Dispose();
        }
        catch (Exception)
        {
            // Telemetry never fails a flow.
        }
    }

    private static void Count(Counter<long> counter, string method)
    {
        try
        {
            counter.Add(1, new KeyValuePair<string, object?>(FlowTelemetry.MethodTag, method));
        }
        catch (Exception)
        {
            // Telemetry never fails a flow.
        }
    }

    private static ActivityContext? Parse(string? traceParent) =>
        traceParent is not null && ActivityContext.TryParse(traceParent, null, isRemote: true, out var context) ? context : null;

    private static T? Guard<T>(Func<T?> action)
    {
        try
        {
            return action();
        }
        catch (Exception)
        {
            return default;
        }
    }
}
