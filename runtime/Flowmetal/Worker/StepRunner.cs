using Flowmetal.Execution;
using Flowmetal.Serialization;
using Flowmetal.Storage;
using Microsoft.Extensions.Logging;

namespace Flowmetal.Worker;

/// <summary>
/// Runs one claimed flow on the calling thread until it leaves the worker: it completes, fails,
/// waits for a signal or timer that is not there yet, or the lease is lost. A checkpoint, a timer
/// already due or a signal already buffered is stored and the flow runs on from the frames just
/// captured, without a round trip through deserialization.
/// </summary>
internal sealed class StepRunner
{
    private readonly IFlowStore _store;
    private readonly ContinuationSerializer _serializer;
    private readonly ILogger? _logger;

    public StepRunner(IFlowStore store, ContinuationSerializer serializer, ILogger? logger)
    {
        _store = store;
        _serializer = serializer;
        _logger = logger;
    }

    /// <summary>Runs the flow. Never throws for the flow's own errors; a store error propagates (the lease then expires and another worker retries).</summary>
    /// <param name="lease">The claim.</param>
    /// <param name="stopping">True once the worker stops: the flow is then released at its next suspension instead of run on.</param>
    public void Run(FlowLease lease, Func<bool> stopping)
    {
        EntryCall entry;
        Continuation? continuation;
        ResumeInput input;
        try
        {
            entry = EntryCall.Deserialize(lease.Entry, _serializer);
            continuation = lease.Continuation is null ? null : _serializer.Deserialize(lease.Continuation);
            input = lease.Payload is null ? ResumeInput.None : Payload(lease, lease.Payload, continuation?.Request as SignalRequest);
        }
        catch (Exception error) when (error is FlowResumeException or FlowSerializationException)
        {
            Fail(lease, new FlowResumeException($"Flow {lease.Id} ({lease.EntryMethod}) cannot be resumed: {error.Message}", error));
            return;
        }

        int refusedInARow = 0;
        while (true)
        {
            var step = FlowRunner.Run(entry.Method, entry.Target, entry.Arguments, continuation, input);
            switch (step)
            {
                case CompletedStep completed:
                    Complete(lease, entry, completed.Result);
                    return;
                case FailedStep failed:
                    Fail(lease, failed.Error);
                    return;
                case SuspendedStep suspended:
                    continuation = suspended.Continuation;
                    byte[] bytes;
                    try
                    {
                        bytes = _serializer.Serialize(continuation);
                    }
                    catch (FlowSerializationException error)
                    {
                        if (++refusedInARow > 100)
                        {
                            Fail(lease, error);
                            return;
                        }

                        // The suspension fails inside the flow, at the suspension point, where the code may handle it.
                        input = ResumeInput.WithError(error.Prefixed($"Flow {lease.Id}: "));
                        continue;
                    }

                    refusedInARow = 0;
                    var request = continuation.Request;
                    var save = new FlowSave
                    {
                        Continuation = bytes,
                        Stack = ContinuationDescription.Stack(continuation),
                        Wait = ContinuationDescription.Wait(request),
                        Release = stopping(),
                    };
                    var saved = _store.SaveAsync(lease, save).GetAwaiter().GetResult();
                    if (!saved.Accepted)
                    {
                        LostLease(lease);
                        return;
                    }

                    if (!saved.ContinueNow)
                    {
                        return;
                    }

                    input = saved.Payload is null ? ResumeInput.None : Payload(lease, saved.Payload, request as SignalRequest);
                    break;
                default:
                    throw new InvalidOperationException($"Unknown step {step.GetType().Name}.");
            }
        }
    }

    /// <summary>A payload that cannot be loaded, or is not what the flow waits for, fails the wait inside the flow rather than the worker.</summary>
    private ResumeInput Payload(FlowLease lease, byte[] payload, SignalRequest? request)
    {
        object? value;
        try
        {
            value = _serializer.DeserializeValue(payload, $"the payload of signal '{request?.Name}' to flow {lease.Id}");
        }
        catch (FlowSerializationException error)
        {
            return ResumeInput.WithError(error);
        }

        if (request is not null && !Fits(request.PayloadType, value))
        {
            return ResumeInput.WithError(new InvalidCastException(
                $"Signal '{request.Name}' carried a {(value is null ? "null" : TypeNames.Display(value.GetType()))} payload, but the flow waits for a " +
                $"{TypeNames.Display(request.PayloadType)} (flow {lease.Id}). Send the signal with a {TypeNames.Display(request.PayloadType)}."));
        }

        return ResumeInput.WithValue(value);
    }

    private static bool Fits(Type expected, object? value) =>
        value is null ? !expected.IsValueType || Nullable.GetUnderlyingType(expected) is not null : expected.IsInstanceOfType(value);

    private void Complete(FlowLease lease, EntryCall entry, object? result)
    {
        byte[] bytes;
        try
        {
            bytes = _serializer.SerializeValue(result, $"the result of flow {lease.Id} ({entry.MethodId})");
        }
        catch (FlowSerializationException error)
        {
            Fail(lease, error);
            return;
        }

        if (!_store.CompleteAsync(lease, bytes).GetAwaiter().GetResult())
        {
            LostLease(lease);
        }
    }

    private void Fail(FlowLease lease, Exception error)
    {
        if (!_store.FailAsync(lease, FlowError.From(error)).GetAwaiter().GetResult())
        {
            LostLease(lease);
        }
        else if (error is FlowResumeException or FlowSerializationException)
        {
            _logger?.LogWarning(error, "Flow {FlowId} failed: {Message}", lease.Id, error.Message);
        }
    }

    private void LostLease(FlowLease lease) =>
        _logger?.LogWarning(
            "Flow {FlowId}: the lease (token {Token}) was lost to another worker before this step was stored; the step's work is dropped and the flow goes on from its last stored state.",
            lease.Id, lease.Token);
}
