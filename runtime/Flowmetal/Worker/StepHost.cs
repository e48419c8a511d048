using Flowmetal.Diagnostics;
using Flowmetal.Execution;
using Flowmetal.Serialization;
using Flowmetal.Storage;
using Flowmetal.Worker.Containment;
using Microsoft.Extensions.Logging;

namespace Flowmetal.Worker;

/// <summary>
/// What a flow running on a worker does without suspending: start and cancel child flows, through
/// the store, on the flow's own thread (flows run synchronously on the worker's threads).
/// </summary>
internal sealed class StepHost : IFlowHost
{
    private readonly IFlowStore _store;
    private readonly ContinuationSerializer _serializer;
    private readonly FlowLease _lease;
    private readonly ILogger _logger;
    private int _segment;
    private int _started;

    public StepHost(IFlowStore store, ContinuationSerializer serializer, FlowLease lease, ILogger logger)
    {
        _store = store;
        _serializer = serializer;
        _lease = lease;
        _logger = logger;
        _segment = lease.Suspensions;
    }

    public FlowId FlowId => _lease.Id;

    /// <summary>The step stored a suspension: starts from here on are numbered from the next one.</summary>
    public void Saved()
    {
        _segment++;
        _started = 0;
    }

    public FlowId StartChild(EntryCall entry, TimeSpan? timeout, bool detached)
    {
        var id = ChildIds.Of(_lease.Id, _segment, _started++);
        byte[] bytes;
        try
        {
            bytes = StateSigner.Sign(StateSigner.Of(_store), id, StateKinds.Entry, entry.Serialize(_serializer));
        }
        catch (FlowSerializationException error)
        {
            throw new ArgumentException($"Flow {_lease.Id} ({_lease.EntryMethod}) cannot start child flow {entry.MethodId}: {error.Message}", nameof(entry), error);
        }

        var span = FlowInstrumentation.StartInner("flowmetal.child.start", _lease.Id);
        try
        {
            FlowInstrumentation.Tag(span, "flowmetal.child.id", id.Value);
            FlowInstrumentation.Tag(span, "flowmetal.child.method", entry.MethodId);
            var created = Store("started a child flow", () => _store.StartChildAsync(
                _lease,
                new FlowCreation
                {
                    Id = id,
                    EntryMethod = entry.MethodId,
                    Entry = bytes,
                    Parent = _lease.Id,
                    Timeout = timeout,
                    Detached = detached,
                    TraceParent = FlowInstrumentation.TraceParentFor(span, _lease.TraceParent),
                })) ?? throw new FlowLeaseLostException(_lease.Id, _lease.EntryMethod);
            if (!created.Created && created.EntryMethod != entry.MethodId)
            {
                throw new InvalidOperationException(
                    $"Flow {_lease.Id} ({_lease.EntryMethod}) starts child {id} running {entry.MethodId}, but that child exists and runs {created.EntryMethod}: " +
                    "the parent's code before this start changed since it last ran. Cancel the parent, or deploy the code it started with.");
            }

            if (created.Created)
            {
                FlowInstrumentation.FlowStarted(entry.MethodId);
                WorkerLog.ChildStarted(_logger, _lease.Id, _lease.EntryMethod, id, entry.MethodId);
            }

            return id;
        }
        catch (Exception error)
        {
            FlowInstrumentation.Error(span, error);
            throw;
        }
        finally
        {
            FlowInstrumentation.Stop(span);
        }
    }

    public void Cancel(FlowId flow, string reason) => Store("cancelled a child flow", () => _store.CancelAsync(flow, reason));

    /// <summary>
    /// A store call made from inside the flow: what the flow did wrong (a child that does not exist) reaches its code as
    /// usual; a failure of the store itself ends the attempt instead, so the step runs again rather than failing the flow.
    /// </summary>
    private T Store<T>(string operation, Func<Task<T>> call)
    {
        try
        {
            return call().GetAwaiter().GetResult();
        }
        catch (Exception error) when (error is not (FlowNotFoundException or FlowDamagedException or ArgumentException or InvalidOperationException) || error is ObjectDisposedException)
        {
            throw new FlowStoreFailedException(_lease.Id, _lease.EntryMethod, operation, error);
        }
    }
}
