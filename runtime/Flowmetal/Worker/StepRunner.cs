using System.Diagnostics;
using Flowmetal.Children;
using Flowmetal.Diagnostics;
using Flowmetal.Execution;
using Flowmetal.Serialization;
using Flowmetal.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Flowmetal.Worker;

/// <summary>
/// Runs one claimed flow on the calling thread until it leaves the worker: it completes, fails,
/// waits for a signal or timer that is not there yet, or the lease is lost. A checkpoint, a timer
/// already due or a signal already buffered is stored and the flow runs on from the frames just
/// captured, without a round trip through deserialization. A cancellation or timeout found at
/// a claim or a save is thrown inside the flow at its suspension point; a join resumes with the
/// outcomes of the children it waited on.
/// </summary>
internal sealed class StepRunner
{
    private readonly IFlowStore _store;
    private readonly ContinuationSerializer _serializer;
    private readonly ILogger _logger;
    private readonly StateSigner? _signer;

    public StepRunner(IFlowStore store, ContinuationSerializer serializer, ILogger? logger)
    {
        _store = store;
        _serializer = serializer;
        _signer = StateSigner.Of(store);
        _logger = logger ?? NullLogger.Instance;
    }

    /// <summary>Runs the flow. Never throws for the flow's own errors; a store error propagates (the lease then expires and another worker retries).</summary>
    /// <param name="lease">The claim.</param>
    /// <param name="stopping">True once the worker stops: the flow is then released at its next suspension instead of run on.</param>
    public void Run(FlowLease lease, Func<bool> stopping)
    {
        var run = FlowInstrumentation.StartRun(lease.Id, lease.EntryMethod, lease.Attempt, lease.TraceParent);
        try
        {
            WorkerLog.StepStarted(_logger, lease.Id, lease.EntryMethod, lease.WorkerId, lease.Attempt);
            RunStep(lease, stopping, run);
        }
        catch (Exception error)
        {
            FlowInstrumentation.Error(run, error);
            throw;
        }
        finally
        {
            FlowInstrumentation.Stop(run);
        }
    }

    private void RunStep(FlowLease lease, Func<bool> stopping, Activity? run)
    {
        EntryCall entry;
        Continuation? continuation;
        ResumeInput input;
        try
        {
            entry = EntryCall.Deserialize(StateSigner.Verify(_signer, lease.Id, StateKinds.Entry, lease.Entry), _serializer);
            if (lease.Continuation is null && lease.Interrupt != FlowInterruptKind.None)
            {
                // Cancelled or timed out before it ever ran: there is no stack to deliver the exception in.
                EndUnstarted(lease);
                return;
            }

            continuation = lease.Continuation is null ? null : Restore(lease, lease.Continuation);
            input = InputFor(lease, lease.ResumedFrom, continuation?.Request, lease.Payload, lease.Interrupt, lease.InterruptReason);
        }
        catch (Exception error) when (error is FlowResumeException or FlowSerializationException)
        {
            Fail(lease, new FlowResumeException($"Flow {lease.Id} ({lease.EntryMethod}) cannot be resumed: {error.Message}", error));
            return;
        }

        var host = new StepHost(_store, _serializer, lease, _logger);
        int refusedInARow = 0;
        while (true)
        {
            var step = FlowRunner.Run(entry.Method, entry.Target, entry.Arguments, continuation, input, host);
            switch (step)
            {
                case CompletedStep completed:
                    Complete(lease, entry, completed.Result);
                    return;
                case FailedStep { Error: FlowLeaseLostException }:
                    LostLease(lease);
                    return;
                case FailedStep { Error: FlowCancelledException cancelled }:
                    FlowInstrumentation.Error(run, cancelled);
                    EndCancelled(lease, FlowError.From(cancelled), cancelled.Reason);
                    return;
                case FailedStep failed:
                    FlowInstrumentation.Error(run, failed.Error);
                    Fail(lease, failed.Error);
                    return;
                case SuspendedStep suspended:
                    continuation = suspended.Continuation;
                    byte[] bytes;
                    try
                    {
                        bytes = StateSigner.Sign(_signer, lease.Id, StateKinds.Continuation, _serializer.Serialize(continuation));
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
                    var suspend = FlowInstrumentation.StartInner("flowmetal.suspend", lease.Id);
                    FlowSaveResult saved;
                    try
                    {
                        FlowInstrumentation.Tag(suspend, "flowmetal.wait", save.Wait.Description);
                        FlowInstrumentation.Tag(suspend, "flowmetal.checkpoint.bytes", bytes.Length);
                        saved = _store.SaveAsync(lease, save).GetAwaiter().GetResult();
                    }
                    finally
                    {
                        FlowInstrumentation.Stop(suspend);
                    }

                    if (!saved.Accepted)
                    {
                        LostLease(lease);
                        return;
                    }

                    host.Saved();
                    FlowInstrumentation.Checkpointed(lease.EntryMethod, bytes.Length);
                    WorkerLog.Suspended(_logger, lease.Id, lease.EntryMethod, save.Wait.Description);
                    if (!saved.ContinueNow)
                    {
                        return;
                    }

                    input = InputFor(lease, save.Wait, request, saved.Payload, saved.Interrupt, saved.InterruptReason);
                    break;
                default:
                    throw new InvalidOperationException($"Unknown step {step.GetType().Name}.");
            }
        }
    }

    private Continuation Restore(FlowLease lease, byte[] bytes)
    {
        var resume = FlowInstrumentation.StartInner("flowmetal.resume", lease.Id);
        try
        {
            FlowInstrumentation.Resumed(lease.EntryMethod, lease.ReadySince);
            return _serializer.Deserialize(StateSigner.Verify(_signer, lease.Id, StateKinds.Continuation, bytes));
        }
        finally
        {
            FlowInstrumentation.Stop(resume);
        }
    }

    /// <summary>
    /// What the suspension primitive gets when the flow runs on: an interruption to throw, the signal's
    /// payload (or its timeout), the joined children's outcomes, or nothing.
    /// </summary>
    private ResumeInput InputFor(FlowLease lease, FlowWait? resumedFrom, SuspensionRequest? request, byte[]? payload, FlowInterruptKind interrupt, string? reason)
    {
        switch (interrupt)
        {
            case FlowInterruptKind.Cancelled:
                WorkerLog.Interrupting(_logger, lease.Id, lease.EntryMethod, "a cancellation");
                return ResumeInput.WithError(new FlowCancelledException(lease.Id, reason));
            case FlowInterruptKind.TimedOut:
                WorkerLog.Interrupting(_logger, lease.Id, lease.EntryMethod, "a timeout");
                return ResumeInput.WithError(new FlowTimeoutException(
                    lease.Id,
                    $"Flow {lease.Id} ({lease.EntryMethod}) did not finish within its timeout" +
                    (lease.Deadline is { } deadline ? $" (deadline {deadline:O})." : ".") +
                    " Catch FlowTimeoutException in the flow to clean up; a flow that lets it escape ends failed."));
        }

        if (payload is not null)
        {
            return Payload(lease, payload, request as SignalRequest);
        }

        return resumedFrom switch
        {
            { Kind: FlowWaitKind.Signal, Due: { } due } => ResumeInput.WithError(new FlowTimeoutException(
                lease.Id, $"Flow {lease.Id} ({lease.EntryMethod}): signal '{resumedFrom.SignalName}' did not arrive by {due:O}.")),
            { Kind: FlowWaitKind.Child } => ResumeInput.WithValue(Outcomes(lease, resumedFrom.Children)),
            _ => ResumeInput.None,
        };
    }

    /// <summary>Each joined child as it stands now; a result that cannot be loaded is that child's failure.</summary>
    private ChildOutcome[] Outcomes(FlowLease lease, IReadOnlyList<FlowId> children)
    {
        var outcomes = new ChildOutcome[children.Count];
        for (int i = 0; i < outcomes.Length; i++)
        {
            var child = children[i];
            var stored = _store.GetAsync(child).GetAwaiter().GetResult();
            if (stored is null)
            {
                outcomes[i] = new ChildOutcome(child, FlowStatus.Failed, null, new FlowError
                {
                    Type = typeof(FlowNotFoundException).FullName!,
                    Message = $"Flow {lease.Id} ({lease.EntryMethod}) joins child flow {child}, which the store does not have.",
                });
                continue;
            }

            var info = stored.Info;
            if (info.Status != FlowStatus.Completed)
            {
                outcomes[i] = new ChildOutcome(child, info.Status, null, info.Error);
                continue;
            }

            try
            {
                var value = stored.Result is null ? null : _serializer.DeserializeValue(
                    StateSigner.Verify(_signer, child, StateKinds.Result, stored.Result), $"the result of child flow {child} ({info.EntryMethod})");
                outcomes[i] = new ChildOutcome(child, FlowStatus.Completed, value, null);
            }
            catch (FlowSerializationException error)
            {
                outcomes[i] = new ChildOutcome(child, FlowStatus.Failed, null, FlowError.From(error));
            }
        }

        return outcomes;
    }

    private void EndUnstarted(FlowLease lease)
    {
        if (lease.Interrupt == FlowInterruptKind.Cancelled)
        {
            var cancelled = new FlowCancelledException(lease.Id, lease.InterruptReason);
            EndCancelled(lease, FlowError.From(cancelled), lease.InterruptReason);
            return;
        }

        Fail(lease, new FlowTimeoutException(
            lease.Id, $"Flow {lease.Id} ({lease.EntryMethod}) timed out before any worker started it" + (lease.Deadline is { } deadline ? $" (deadline {deadline:O})." : ".")));
    }

    private void EndCancelled(FlowLease lease, FlowError error, string? reason)
    {
        if (!_store.FinishCancelledAsync(lease, error).GetAwaiter().GetResult())
        {
            LostLease(lease);
            return;
        }

        FlowInstrumentation.FlowCancelled(lease.EntryMethod);
        WorkerLog.Cancelled(_logger, lease.Id, lease.EntryMethod, reason ?? "no reason given");
    }

    /// <summary>A payload that cannot be loaded, or is not what the flow waits for, fails the wait inside the flow rather than the worker.</summary>
    private ResumeInput Payload(FlowLease lease, byte[] payload, SignalRequest? request)
    {
        object? value;
        try
        {
            var signal = request?.Name ?? lease.ResumedFrom?.SignalName ?? string.Empty;
            value = _serializer.DeserializeValue(StateSigner.Verify(_signer, lease.Id, StateKinds.Payload(signal), payload), $"the payload of signal '{signal}' to flow {lease.Id}");
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
            bytes = StateSigner.Sign(_signer, lease.Id, StateKinds.Result, _serializer.SerializeValue(result, $"the result of flow {lease.Id} ({entry.MethodId})"));
        }
        catch (FlowSerializationException error)
        {
            Fail(lease, error);
            return;
        }

        if (!_store.CompleteAsync(lease, bytes).GetAwaiter().GetResult())
        {
            LostLease(lease);
            return;
        }

        FlowInstrumentation.FlowCompleted(lease.EntryMethod);
        WorkerLog.Completed(_logger, lease.Id, lease.EntryMethod);
    }

    private void Fail(FlowLease lease, Exception error)
    {
        if (!_store.FailAsync(lease, FlowError.From(error)).GetAwaiter().GetResult())
        {
            LostLease(lease);
            return;
        }

        FlowInstrumentation.FlowFailed(lease.EntryMethod);
        WorkerLog.Failed(_logger, error, lease.Id, lease.EntryMethod, error.GetType().FullName ?? error.GetType().Name, error.Message);
    }

    private void LostLease(FlowLease lease) => WorkerLog.LeaseLost(_logger, lease.Id, lease.EntryMethod, lease.Token);
}
