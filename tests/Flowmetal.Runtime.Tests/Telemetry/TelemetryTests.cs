using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using Flowmetal.Client;
using Flowmetal.Diagnostics;
using Flowmetal.Runtime.Flows;
using Flowmetal.Runtime.Tests.Infrastructure;
using Flowmetal.Storage.InMemory;
using Flowmetal.Worker;

namespace Flowmetal.Runtime.Tests.Telemetry;

/// <summary>Spans, metrics and logs, observed with an ActivityListener, a MeterListener and a capturing logger.</summary>
[TestClass]
public sealed class TelemetryTests
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(20);

    [TestMethod]
    public async Task FlowIsOneTraceWithSpansMetricsAndLogs()
    {
        var activities = new ConcurrentQueue<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == FlowTelemetry.ActivitySourceName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activities.Enqueue,
        };
        ActivitySource.AddActivityListener(listener);
        var measurements = new ConcurrentDictionary<string, double>();
        using var meters = new MeterListener
        {
            InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Meter.Name == FlowTelemetry.MeterName)
                {
                    l.EnableMeasurementEvents(instrument);
                }
            },
        };
        meters.SetMeasurementEventCallback<long>((instrument, value, _, _) => measurements.AddOrUpdate(instrument.Name, value, (_, sum) => sum + value));
        meters.SetMeasurementEventCallback<double>((instrument, value, _, _) => measurements.AddOrUpdate(instrument.Name, 1, (_, n) => n + 1));
        meters.Start();
        var logs = new CapturingLogger();
        var store = new InMemoryFlowStore();
        var client = new FlowClient(store, new FlowClientOptions { PollInterval = TimeSpan.FromMilliseconds(100) });
        var worker = new FlowWorker(store, new FlowWorkerOptions { Logger = logs, PollInterval = TimeSpan.FromMilliseconds(100) });
        using var stop = new CancellationTokenSource();
        var running = worker.RunAsync(stop.Token);

        var parent = await client.StartAsync(() => ChildFlows.JoinOne(3));
        var waiter = await client.StartAsync(() => ContractFlows.Doubles());
        Assert.AreEqual(10, await client.WaitForResultAsync<int>(parent, Wait));
        await WaitUntilWaitingAsync(client, waiter);
        await client.SignalAsync(waiter, "number", 4);
        Assert.AreEqual(8, await client.WaitForResultAsync<int>(waiter, Wait));
        await stop.CancelAsync();
        await running;

        var spans = activities.ToArray();
        var child = (await client.GetAsync(parent)).Children.Single();
        var start = spans.Single(a => a.OperationName == "flowmetal.start" && Tag(a) == parent.Value);
        var family = spans.Where(a => Tag(a) == parent.Value || Tag(a) == child.Value).ToArray();
        Assert.IsTrue(family.All(a => a.TraceId == start.TraceId), "the parent's steps, its child start and the child's steps are one trace");
        Assert.IsTrue(family.Any(a => a.OperationName == "flowmetal.run" && Tag(a) == parent.Value));
        Assert.IsTrue(family.Any(a => a.OperationName == "flowmetal.run" && Tag(a) == child.Value));
        Assert.IsTrue(family.Any(a => a.OperationName == "flowmetal.child.start"));
        Assert.IsTrue(family.Any(a => a.OperationName == "flowmetal.suspend"));
        Assert.IsTrue(spans.Any(a => a.OperationName == "flowmetal.resume" && Tag(a) == waiter.Value), "the signalled flow was resumed from its stored stack");
        var signal = spans.Single(a => a.OperationName == "flowmetal.signal");
        var waiterStart = spans.Single(a => a.OperationName == "flowmetal.start" && Tag(a) == waiter.Value);
        Assert.AreEqual(waiterStart.TraceId, signal.TraceId, "a signal joins its flow's trace");

        Assert.IsGreaterThanOrEqualTo(3, measurements.GetValueOrDefault("flowmetal.flows.started"), "two client starts and a child");
        Assert.IsGreaterThanOrEqualTo(3, measurements.GetValueOrDefault("flowmetal.flows.completed"));
        Assert.IsGreaterThanOrEqualTo(3, measurements.GetValueOrDefault("flowmetal.checkpoints"));
        Assert.IsGreaterThan(100, measurements.GetValueOrDefault("flowmetal.checkpoint.bytes"));
        Assert.IsGreaterThanOrEqualTo(1, measurements.GetValueOrDefault("flowmetal.resume.latency"));

        Assert.IsTrue(logs.Entries.Any(e => e.Event.Id == 3 && e.Message.Contains(parent.Value, StringComparison.Ordinal) &&
            e.Message.Contains("ChildFlows::JoinOne", StringComparison.Ordinal)), "completion is logged with the flow id and method");
        Assert.IsTrue(logs.Entries.Any(e => e.Event.Id == 7 && e.Message.Contains(child.Value, StringComparison.Ordinal)), "the child's start is logged");
    }

    [TestMethod]
    public async Task ListenersThatThrowNeverFailAFlow()
    {
        using var meters = new MeterListener
        {
            InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Meter.Name == FlowTelemetry.MeterName)
                {
                    l.EnableMeasurementEvents(instrument);
                }
            },
        };
        meters.SetMeasurementEventCallback<long>((_, _, _, _) => throw new InvalidOperationException("broken exporter"));
        meters.SetMeasurementEventCallback<double>((_, _, _, _) => throw new InvalidOperationException("broken exporter"));
        meters.Start();
        var store = new InMemoryFlowStore();
        await using var worker = new InProcessWorker(store);
        var client = new FlowClient(store, new FlowClientOptions { PollInterval = TimeSpan.FromMilliseconds(100) });

        var id = await client.StartAsync(() => ChildFlows.JoinOne(2));

        Assert.AreEqual(5, await client.WaitForResultAsync<int>(id, Wait));
    }

    private static string? Tag(Activity activity) => activity.GetTagItem(FlowTelemetry.FlowIdTag) as string;

    private static async Task WaitUntilWaitingAsync(FlowClient client, FlowId id)
    {
        var deadline = DateTime.UtcNow + Wait;
        while ((await client.GetAsync(id)).Status != FlowStatus.Waiting)
        {
            Assert.IsLessThan(deadline, DateTime.UtcNow, $"flow {id} never waited");
            await Task.Delay(10);
        }
    }
}
