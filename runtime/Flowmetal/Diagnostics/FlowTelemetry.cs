namespace Flowmetal.Diagnostics;

/// <summary>
/// Names of Flowmetal's telemetry, to subscribe to: an <see cref="System.Diagnostics.ActivitySource"/>
/// and a <see cref="System.Diagnostics.Metrics.Meter"/>, both named <c>Flowmetal</c>.
/// </summary>
/// <remarks>
/// Spans: <c>flowmetal.start</c>, <c>flowmetal.signal</c> and <c>flowmetal.cancel</c> (client);
/// <c>flowmetal.run</c> (one step of a flow on a worker) with <c>flowmetal.resume</c>,
/// <c>flowmetal.suspend</c> and <c>flowmetal.child.start</c> inside it. A flow's trace context is stored
/// with it, so every step on every node, its signals and its children are one trace.
/// Instruments: <c>flowmetal.flows.started</c>, <c>flowmetal.flows.completed</c>,
/// <c>flowmetal.flows.failed</c>, <c>flowmetal.flows.cancelled</c>, <c>flowmetal.checkpoints</c>,
/// <c>flowmetal.checkpoint.bytes</c> (counters) and <c>flowmetal.resume.latency</c> (histogram, ms: from
/// when a flow could run again to when a worker resumed it).
/// </remarks>
/// <example>
/// <code>
/// builder.Services.AddOpenTelemetry()
///     .WithTracing(t => t.AddSource(FlowTelemetry.ActivitySourceName))
///     .WithMetrics(m => m.AddMeter(FlowTelemetry.MeterName));
/// </code>
/// </example>
public static class FlowTelemetry
{
    /// <summary>The name of Flowmetal's <see cref="System.Diagnostics.ActivitySource"/>.</summary>
    public const string ActivitySourceName = "Flowmetal";

    /// <summary>The name of Flowmetal's <see cref="System.Diagnostics.Metrics.Meter"/>.</summary>
    public const string MeterName = "Flowmetal";

    /// <summary>Tag naming the flow's id on spans.</summary>
    public const string FlowIdTag = "flowmetal.flow.id";

    /// <summary>Tag naming the flow's entry method on spans and measurements.</summary>
    public const string MethodTag = "flowmetal.flow.method";
}
