using System.Diagnostics;
using Flowmetal.Children;
using Flowmetal.Diagnostics;
using Flowmetal.Execution;
using Flowmetal.Serialization;
using Flowmetal.Storage;
using Flowmetal.Worker.Containment;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Flowmetal.Worker;

/// <summary>
/// Runs one claimed flow on the calling thread until it leaves the worker (it completes, fails,
/// waits for a signal or timer that is not there yet, or the lease is lost) or a write of it is in
/// flight: then the thread goes on to other flows, and the flow, kept as its captured frames
/// (<see cref="FlowProgress"/>), is run on by whichever thread takes it up once the store acknowledges
/// the write. A checkpoint, a timer already due or a signal already buffered is stored and the flow
/// runs on from the frames just captured, without a round trip through deserialization. A cancellation or timeout found at
/// a claim or a save is thrown inside the flow at its suspension point; a join resumes with the
/// outcomes of the children it waited on.
/// </summary>
/// <remarks>
/// Whatever goes wrong with one flow stays with that flow. Damage that cannot pass (a record or continuation that
/// cannot be read, a changed method) fails it at once; anything else (the store failed, memory ran out, an exception
/// no one expected) ends the attempt, and the flow is attempted again after a backoff, up to
/// <see cref="FlowWorkerOptions.MaxStepAttempts"/>, then fails naming the last cause. A cancellation always ends it.
/// </remarks>
internal sealed class StepRunner
{
    // Bounds what a failure writes to the store: an exception's message or stack can be as large as its author made it.
    private const int MaxErrorMessageChars = 8 * 1024;
    private const int MaxErrorStackChars = 32 * 1024;

    private readonly IFlowStore _store;
    private readonly ContinuationSerializer _serializer;
    private readonly FlowWorkerOptions _options;
    private readonly ILogger _logger;
    private readonly StateSigner? _signer;
    private readonly StoredFrameTypes _frameTypes;

    public StepRunner(IFlowStore store, ContinuationSerializer serializer, FlowWorkerOptions options, ILogger? logger)
    {
        _store = store;
        _frameTypes = new StoredFrameTypes(store);
        _serializer = serializer;
        _signer = StateSigner.Of(store);
        _options = options;
        _logger = logger ?? NullLogger.Instance;
    }

    /// <summary>
    /// Runs the flow on the calling thread from where it stands (claimed, or a write of it just acknowledged) until it
    /// leaves the worker or a write of it is in flight. Never throws for anything about this flow; only an error of the
    /// store while it ends the attempt escapes (the lease then expires).
    /// </summary>
    /// <param name="flow">The claim, whether its lease was found lost meanwhile, and where it stands.</param>
    /// <param name="stopping">True once the worker stops: the flow is then released at its next suspension instead of run on.</param>
    /// <param name="ready">
    /// Told when a write of the flow goes in flight (before anything can answer it), and gets the flow back once the write is
    /// acknowledged, for any thread to run on with this method. That may be called on the thread that sent the write (the
    /// store's, or another flow's): it must only queue the flow.
    /// </param>
    /// <returns>True when the flow left this worker's hands (its slot is free); false when a write of it is in flight.</returns>
    public bool Run(RunningFlow flow, Func<bool> stopping, WriteHandOff ready)
    {
        var lease = flow.Lease;

        // One span per run of the flow on a thread: a flow that waits for its write in flight takes no thread, so its
        // next run is a span of its own (in the same trace).
        var run = FlowInstrumentation.StartRun(lease.Id, lease.EntryMethod, lease.Attempt, lease.TraceParent);
        try
        {
            return RunStep(flow, stopping, ready, run);
        }
        catch (Exception error)
        {
            FlowInstrumentation.Error(run, error);
            EndAttempt(flow, error is FlowStoreFailedException { InnerException: { } inner } ? inner : error);
            return true;
        }
        finally
        {
            FlowInstrumentation.Stop(run);
        }
    }

    private bool RunStep(RunningFlow flow, Func<bool> stopping, WriteHandOff ready, Activity? run)
    {
        var lease = flow.Lease;
        var progress = flow.Progress;
        ResumeInput input;
        if (progress is null)
        {
            WorkerLog.StepStarted(_logger, lease.Id, lease.EntryMethod, lease.WorkerId, lease.Attempt);
            if (EndedBeforeLoading(lease) || !TryLoad(lease, out var entry, out var continuation, out input))
            {
                return true;
            }

            progress = flow.Progress = new FlowProgress(entry, new StepHost(_store, _serializer, lease, _logger), continuation);
        }
        else if (progress.PendingEnd is { } end)
        {
            progress.PendingEnd = null;
            Ended(flow, end.Write.GetAwaiter().GetResult(), end.Ended);
            return true;
        }
        else if (progress.PendingSave is { } pending)
        {
            progress.PendingSave = null;
            if (Saved(flow, progress.Host, pending.Save, pending.Request, pending.Write.GetAwaiter().GetResult()) is not { } resumed)
            {
                return true;
            }

            input = resumed;
        }
        else
        {
            throw new InvalidOperationException($"Flow {lease.Id} ({lease.EntryMethod}) was queued to run on with no write in flight.");
        }

        while (true)
        {
            var entry = progress.Entry;
            var step = FlowRunner.Run(entry.Method, entry.Target, entry.Arguments, progress.Continuation, input, progress.Host);
            if (step is not SuspendedStep suspended)
            {
                return Finish(flow, entry, step, run, ready);
            }

            var continuation = progress.Continuation = suspended.Continuation;
            if (flow.Lost)
            {
                LostLease(flow);
                return true;
            }

            var refused = Store(lease, continuation, out var bytes, out var frameTypes);
            if (refused is not null)
            {
                if (++progress.RefusedInARow > 100)
                {
                    return Fail(flow, refused, ready);
                }

                // The suspension fails inside the flow, at the suspension point, where the code may handle it.
                input = ResumeInput.WithError(refused.Prefixed($"Flow {lease.Id}: "));
                continue;
            }

            progress.RefusedInARow = 0;
            var request = continuation.Request;
            var save = new FlowSave
            {
                Continuation = bytes!,
                Stack = ContinuationDescription.Stack(continuation),
                Wait = ContinuationDescription.Wait(request),
                Release = stopping(),
                Build = FlowBuild.Of(continuation.Frames),
                FrameTypes = frameTypes,
            };
            var write = Submit(lease, save);
            if (!write.IsCompleted)
            {
                // The thread goes on to another flow; this one waits as its frames until the store answers.
                progress.PendingSave = (write, save, request);
                WhenWritten(write, flow, ready);
                return false;
            }

            if (Saved(flow, progress.Host, save, request, write.GetAwaiter().GetResult()) is not { } next)
            {
                return true;
            }

            input = next;
        }
    }

    /// <summary>Hands the flow back to the worker once its write is acknowledged (or failed). Nothing of the flow may be touched after this.</summary>
    private static void WhenWritten(Task write, RunningFlow flow, WriteHandOff ready)
    {
        ready.InFlight(flow);
        write.ConfigureAwait(false).GetAwaiter().UnsafeOnCompleted(() => ready.Acknowledged(flow));
    }

    /// <summary>Submits the save of a suspension; it may be acknowledged at once (then the task has completed) or later.</summary>
    private Task<FlowSaveResult> Submit(FlowLease lease, FlowSave save)
    {
        var suspend = FlowInstrumentation.StartInner("flowmetal.suspend", lease.Id);
        try
        {
            FlowInstrumentation.Tag(suspend, "flowmetal.wait", save.Wait.Description);
            FlowInstrumentation.Tag(suspend, "flowmetal.checkpoint.bytes", save.Continuation.Length);
            return _store.SubmitSaveAsync(lease, save);
        }
        finally
        {
            FlowInstrumentation.Stop(suspend);
        }
    }

    /// <summary>Ends a flow that must not run at all: its record is damaged, or its attempts are used up.</summary>
    /// <returns>True when the flow was ended.</returns>
    private bool EndedBeforeLoading(FlowLease lease)
    {
        if (lease.Damage is not null)
        {
            End(lease, new FlowDamagedException(
                lease.Id.Value,
                $"Flow {lease.Id} ({Method(lease)}): its stored record is damaged: {lease.Damage}. It cannot run on and ends failed; no other flow is affected. " +
                "Start it again, or repair the record and retry it."));
            return true;
        }

        if (lease.Attempt > _options.MaxStepAttempts)
        {
            End(lease, Exhausted(lease, lease.LastAttemptError is { } last
                ? $"the last one failed with {last.Type}: {last.Message}"
                : "each ended without finishing: its worker died or lost the lease (a step that crashes its process, exhausts its memory, or outlives its lease)"));
            return true;
        }

        return false;
    }

    /// <summary>
    /// Reads what the flow runs from: its entry call, its stored stack (none before its first step) and what it resumes
    /// with. A flow that cannot be read ends failed, as does one interrupted before it ever ran.
    /// </summary>
    /// <returns>False when the flow was ended instead.</returns>
    private bool TryLoad(FlowLease lease, out EntryCall entry, out Continuation? continuation, out ResumeInput input)
    {
        entry = null!;
        continuation = null;
        input = default;
        if (_options.DrainOnly && lease.Continuation is null && lease.Resume.Interrupt == FlowInterruptKind.None)
        {
            // A worker kept only to drain an old build's flows starts none: new flows go to the new build.
            var error = new FlowError
            {
                Type = typeof(FlowResumeException).FullName!,
                Message = $"Flow {lease.Id} ({lease.EntryMethod}) has not started, and worker {lease.WorkerId} only resumes flows that have ({nameof(FlowWorkerOptions)}.{nameof(FlowWorkerOptions.DrainOnly)}).",
            };
            if (!_store.LeaveForBuildAsync(lease, string.Empty, error, _options.IncompatibleFlowRecheck, _options.MaxIncompatibleFlowRecheck).GetAwaiter().GetResult())
            {
                LostLease(new RunningFlow(lease));
            }

            return false;
        }

        try
        {
            entry = EntryCall.Deserialize(StateSigner.Verify(_signer, lease.Id, StateKinds.Entry, lease.Entry), _serializer);
            if (lease.Continuation is null && lease.Resume.Interrupt != FlowInterruptKind.None)
            {
                // Cancelled or timed out before it ever ran: there is no stack to deliver the exception in.
                EndUnstarted(lease);
                return false;
            }

            continuation = lease.Continuation is null ? null : Restore(lease, lease.Continuation);
            input = InputFor(lease, lease.ResumedFrom, continuation?.Request, lease.Resume);
            return true;
        }
        catch (FlowResumeException error) when (error.NeedsBuild is not null && _options.IncompatibleFlows == IncompatibleFlowHandling.Wait)
        {
            // Not damaged: its code changed in this build. A worker of the build that stored it resumes it (draining).
            var build = error.NeedsBuild;
            var leaving = new FlowResumeException($"Flow {lease.Id} ({lease.EntryMethod}) waits for a worker of build {build}: {error.Message}", error) { NeedsBuild = build };
            WorkerLog.LeftForBuild(_logger, lease.Id, lease.EntryMethod, build, error.Message);
            if (!_store.LeaveForBuildAsync(lease, build, Bounded(FlowError.From(leaving)), _options.IncompatibleFlowRecheck, _options.MaxIncompatibleFlowRecheck).GetAwaiter().GetResult())
            {
                LostLease(new RunningFlow(lease));
            }

            return false;
        }
        catch (Exception error) when (error is FlowResumeException or FlowSerializationException)
        {
            End(lease, new FlowResumeException($"Flow {lease.Id} ({lease.EntryMethod}) cannot be resumed: {error.Message}", error) { NeedsBuild = (error as FlowResumeException)?.NeedsBuild });
            return false;
        }
    }

    /// <summary>Ends the flow as its last run ended: completed, failed, cancelled, or left behind with a lost lease.</summary>
    /// <returns>True when the flow left this worker's hands; false when its end is in flight.</returns>
    private bool Finish(RunningFlow flow, EntryCall entry, FlowStep step, Activity? run, WriteHandOff ready)
    {
        switch (step)
        {
            case CompletedStep completed:
                return Complete(flow, entry, completed.Result, ready);
            case FailedStep { Error: FlowLeaseLostException }:
                LostLease(flow);
                return true;
            case FailedStep { Error: FlowStoreFailedException storeFailed }:
                throw storeFailed;
            case FailedStep { Error: FlowCancelledException cancelled }:
                FlowInstrumentation.Error(run, cancelled);
                return EndCancelled(flow, FlowError.From(cancelled), cancelled.Reason, ready);
            case FailedStep failed:
                FlowInstrumentation.Error(run, failed.Error);
                return Fail(flow, failed.Error, ready);
            default:
                throw new InvalidOperationException($"Unknown step {step.GetType().Name}.");
        }
    }

    /// <summary>What a suspension's acknowledged save means for the flow: it runs on here (a checkpoint, a signal already buffered), or it left.</summary>
    /// <returns>What the flow resumes with now, or null when it left this worker (it waits, was released, or the lease was lost).</returns>
    private ResumeInput? Saved(RunningFlow flow, StepHost host, FlowSave save, SuspensionRequest request, FlowSaveResult saved)
    {
        var lease = flow.Lease;
        if (!saved.Accepted)
        {
            LostLease(flow);
            return null;
        }

        host.Saved();
        FlowInstrumentation.Checkpointed(lease.EntryMethod, save.Continuation.Length);
        WorkerLog.Suspended(_logger, lease.Id, lease.EntryMethod, save.Wait.Description);
        if (!saved.ContinueNow)
        {
            flow.MarkLeft();
            return null;
        }

        return InputFor(lease, save.Wait, request, saved.Resume);
    }

    /// <summary>Submits the flow's end; once acknowledged (now, or when the flow comes back), <paramref name="ended"/> records it.</summary>
    /// <returns>True when the end was acknowledged at once; false when it is in flight.</returns>
    private bool SubmitEnd(RunningFlow flow, Task<bool> write, Action ended, WriteHandOff ready)
    {
        if (write.IsCompleted)
        {
            Ended(flow, write.GetAwaiter().GetResult(), ended);
            return true;
        }

        flow.Progress!.PendingEnd = (write, ended);
        WhenWritten(write, flow, ready);
        return false;
    }

    private void Ended(RunningFlow flow, bool accepted, Action ended)
    {
        if (!accepted)
        {
            LostLease(flow);
            return;
        }

        ended();
    }

    /// <summary>
    /// Serializes the continuation, or says why the suspension is refused: a value that cannot be stored, a failure of
    /// the serializer itself, or a state larger than <see cref="FlowWorkerOptions.MaxContinuationBytes"/>.
    /// </summary>
    private FlowSerializationException? Store(FlowLease lease, Continuation continuation, out byte[]? bytes, out IReadOnlyList<FrameTypeDescription> frameTypes)
    {
        bytes = null;
        var described = new List<FrameTypeDescription>(1);
        frameTypes = described;
        try
        {
            bytes = _serializer.Serialize(continuation, described);
        }
        catch (FlowSerializationException error)
        {
            return error;
        }
        catch (Exception error)
        {
            return new FlowSerializationException(
                $"The flow cannot suspend in {Innermost(continuation)}: storing its state failed with {error.GetType().FullName}: {error.Message}", error);
        }

        if (bytes.Length > _options.MaxContinuationBytes)
        {
            var size = bytes.Length;
            bytes = null;
            return new FlowSerializationException(
                $"The flow cannot suspend in {Innermost(continuation)}: its state takes {ContinuationSizes.Bytes(size)}, more than the " +
                $"{ContinuationSizes.Bytes(_options.MaxContinuationBytes)} a continuation may take ({nameof(FlowWorkerOptions)}.{nameof(FlowWorkerOptions.MaxContinuationBytes)}). " +
                $"Largest: {ContinuationSizes.Largest(continuation, _serializer)}. Keep large data outside the flow (store it elsewhere and keep its key), " +
                "drop what is no longer needed before the suspension, or raise the limit.");
        }

        bytes = StateSigner.Sign(_signer, lease.Id, StateKinds.Continuation, bytes);
        return null;
    }

    private static string Innermost(Continuation continuation) =>
        continuation.Frames.Count == 0 ? "its entry method" : FrameTypeInfo.Of(continuation.Frames[^1].GetType())?.MethodId ?? continuation.Frames[^1].GetType().Name;

    private Continuation Restore(FlowLease lease, byte[] bytes)
    {
        var resume = FlowInstrumentation.StartInner("flowmetal.resume", lease.Id);
        try
        {
            FlowInstrumentation.Resumed(lease.EntryMethod, lease.ReadySince);
            return _serializer.Deserialize(StateSigner.Verify(_signer, lease.Id, StateKinds.Continuation, bytes), _frameTypes.Get);
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
    private ResumeInput InputFor(FlowLease lease, FlowWait? resumedFrom, SuspensionRequest? request, FlowResume resume)
    {
        switch (resume.Interrupt)
        {
            case FlowInterruptKind.Cancelled:
                WorkerLog.Interrupting(_logger, lease.Id, lease.EntryMethod, "a cancellation");
                return ResumeInput.WithError(new FlowCancelledException(lease.Id, resume.InterruptReason));
            case FlowInterruptKind.TimedOut:
                WorkerLog.Interrupting(_logger, lease.Id, lease.EntryMethod, "a timeout");
                return ResumeInput.WithError(new FlowTimeoutException(
                    lease.Id,
                    $"Flow {lease.Id} ({lease.EntryMethod}) did not finish within its timeout" +
                    (lease.Deadline is { } deadline ? $" (deadline {deadline:O})." : ".") +
                    " Catch FlowTimeoutException in the flow to clean up; a flow that lets it escape ends failed."));
        }

        if (resume.Payload is { } payload)
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

    /// <summary>Each joined child as it stands now; a result that cannot be loaded (or a record that cannot be read) is that child's failure.</summary>
    private ChildOutcome[] Outcomes(FlowLease lease, IReadOnlyList<FlowId> children)
    {
        var outcomes = new ChildOutcome[children.Count];
        for (int i = 0; i < outcomes.Length; i++)
        {
            var child = children[i];
            StoredFlow? stored;
            try
            {
                stored = _store.GetAsync(child).GetAwaiter().GetResult();
            }
            catch (FlowDamagedException damaged)
            {
                outcomes[i] = new ChildOutcome(child, FlowStatus.Failed, null, FlowError.From(damaged));
                continue;
            }

            if (stored is null)
            {
                outcomes[i] = new ChildOutcome(child, FlowStatus.Failed, null, new FlowError
                {
                    Type = typeof(FlowNotFoundException).FullName!,
                    Message = $"Flow {lease.Id} ({lease.EntryMethod}) joins child flow {child}, which the store does not have (never created, or past its retention).",
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
            catch (Exception error) when (error is not OutOfMemoryException)
            {
                outcomes[i] = new ChildOutcome(child, FlowStatus.Failed, null, FlowError.From(Damaged($"the result of child flow {child} ({info.EntryMethod})", error)));
            }
        }

        return outcomes;
    }

    private void EndUnstarted(FlowLease lease)
    {
        if (lease.Resume.Interrupt == FlowInterruptKind.Cancelled)
        {
            var cancelled = new FlowCancelledException(lease.Id, lease.Resume.InterruptReason);
            EndCancelled(lease, FlowError.From(cancelled), lease.Resume.InterruptReason);
            return;
        }

        Fail(lease, new FlowTimeoutException(
            lease.Id, $"Flow {lease.Id} ({lease.EntryMethod}) timed out before any worker started it" + (lease.Deadline is { } deadline ? $" (deadline {deadline:O})." : ".")));
    }

    /// <summary>Ends a flow that cannot run on: cancelled when a cancellation was asked for (it always ends the flow), else failed.</summary>
    private void End(FlowLease lease, Exception error)
    {
        if (lease.Resume.Interrupt == FlowInterruptKind.Cancelled)
        {
            var reason = (lease.Resume.InterruptReason ?? "cancelled") + $" (the flow could not run on to receive the cancellation: {error.Message})";
            EndCancelled(lease, FlowError.From(new FlowCancelledException(lease.Id, reason)), reason);
            return;
        }

        Fail(lease, error);
    }

    /// <summary>
    /// An attempt failed in a way that may pass (the store, memory, an unexpected exception while loading or storing):
    /// the flow waits a backoff and is attempted again, unless cancelled or out of attempts, when it ends now.
    /// </summary>
    private void EndAttempt(RunningFlow flow, Exception error)
    {
        var lease = flow.Lease;
        if (flow.Lost)
        {
            LostLease(flow);
            return;
        }

        if (lease.Resume.Interrupt == FlowInterruptKind.Cancelled || lease.Attempt >= _options.MaxStepAttempts)
        {
            End(lease, lease.Attempt >= _options.MaxStepAttempts ? Exhausted(lease, $"the last one failed with {error.GetType().FullName}: {error.Message}", error) : error);
            return;
        }

        var backoff = _options.BackoffAfter(lease.Attempt);
        WorkerLog.AttemptFailed(_logger, error, lease.Id, lease.EntryMethod, lease.Attempt, _options.MaxStepAttempts, error.GetType().FullName ?? error.GetType().Name, error.Message, backoff);
        if (!_store.RetryLaterAsync(lease, Bounded(FlowError.From(error)), backoff).GetAwaiter().GetResult())
        {
            LostLease(flow);
        }
    }

    private FlowAttemptsExhaustedException Exhausted(FlowLease lease, string cause, Exception? inner = null)
    {
        int attempts = Math.Min(lease.Attempt, _options.MaxStepAttempts);
        var message = $"Flow {lease.Id} ({Method(lease)}): its step was attempted {attempts} time(s) without finishing ({nameof(FlowWorkerOptions)}.{nameof(FlowWorkerOptions.MaxStepAttempts)} = " +
            $"{_options.MaxStepAttempts}); {cause}. It ends failed so that no worker runs it forever.";
        return inner is null ? new FlowAttemptsExhaustedException(message) : new FlowAttemptsExhaustedException(message, inner);
    }

    private static string Method(FlowLease lease) => lease.EntryMethod.Length > 0 ? lease.EntryMethod : "entry method unknown";

    private bool EndCancelled(RunningFlow flow, FlowError error, string? reason, WriteHandOff ready)
    {
        var lease = flow.Lease;
        return SubmitEnd(flow, _store.SubmitFinishCancelledAsync(lease, Bounded(error)), () => Cancelled(lease, reason), ready);
    }

    private void EndCancelled(FlowLease lease, FlowError error, string? reason, RunningFlow? flow = null)
    {
        if (!_store.FinishCancelled(lease, Bounded(error)))
        {
            LostLease(flow ?? new RunningFlow(lease));
            return;
        }

        Cancelled(lease, reason);
    }

    private void Cancelled(FlowLease lease, string? reason)
    {
        FlowInstrumentation.FlowCancelled(lease.EntryMethod);
        WorkerLog.Cancelled(_logger, lease.Id, lease.EntryMethod, reason ?? "no reason given");
    }

    /// <summary>
    /// A payload that cannot be loaded, or is not what the flow waits for, fails the wait inside the flow rather than the
    /// worker; the signal is consumed by the flow's next write. Running out of memory may pass, so it ends the attempt instead.
    /// </summary>
    private ResumeInput Payload(FlowLease lease, byte[] payload, SignalRequest? request)
    {
        object? value;
        var what = $"the payload of signal '{request?.Name}' to flow {lease.Id}";
        try
        {
            value = _serializer.DeserializeValue(StateSigner.Verify(_signer, lease.Id, StateKinds.Payload(request?.Name ?? lease.ResumedFrom?.SignalName ?? string.Empty), payload), what);
        }
        catch (FlowSerializationException error)
        {
            return ResumeInput.WithError(error);
        }
        catch (Exception error) when (error is not OutOfMemoryException)
        {
            return ResumeInput.WithError(Damaged(what, error));
        }

        if (request is not null && !Fits(request.PayloadType, value))
        {
            return ResumeInput.WithError(new InvalidCastException(
                $"Signal '{request.Name}' carried a {(value is null ? "null" : TypeNames.Display(value.GetType()))} payload, but the flow waits for a " +
                $"{TypeNames.Display(request.PayloadType)} (flow {lease.Id}). Send the signal with a {TypeNames.Display(request.PayloadType)}."));
        }

        return ResumeInput.WithValue(value);
    }

    private static FlowSerializationException Damaged(string what, Exception error) =>
        new($"{char.ToUpperInvariant(what[0])}{what[1..]} is damaged and cannot be loaded ({error.GetType().FullName}: {error.Message}).", error);

    private static bool Fits(Type expected, object? value) =>
        value is null ? !expected.IsValueType || Nullable.GetUnderlyingType(expected) is not null : expected.IsInstanceOfType(value);

    private bool Complete(RunningFlow flow, EntryCall entry, object? result, WriteHandOff ready)
    {
        var lease = flow.Lease;
        byte[] bytes;
        try
        {
            bytes = StateSigner.Sign(_signer, lease.Id, StateKinds.Result, _serializer.SerializeValue(result, $"the result of flow {lease.Id} ({entry.MethodId})"));
        }
        catch (FlowSerializationException error)
        {
            return Fail(flow, error, ready);
        }
        catch (Exception error) when (error is not OutOfMemoryException)
        {
            return Fail(flow, new FlowSerializationException($"The result of flow {lease.Id} ({entry.MethodId}) cannot be stored: {error.GetType().FullName}: {error.Message}", error), ready);
        }

        return SubmitEnd(flow, _store.SubmitCompleteAsync(lease, bytes), () =>
        {
            flow.MarkLeft();
            FlowInstrumentation.FlowCompleted(lease.EntryMethod);
            WorkerLog.Completed(_logger, lease.Id, lease.EntryMethod);
        }, ready);
    }

    private bool Fail(RunningFlow flow, Exception error, WriteHandOff ready)
    {
        var lease = flow.Lease;
        return SubmitEnd(flow, _store.SubmitFailAsync(lease, Bounded(FlowError.From(error))), () => Failed(lease, error), ready);
    }

    private void Fail(FlowLease lease, Exception error, RunningFlow? flow = null)
    {
        if (!_store.Fail(lease, Bounded(FlowError.From(error))))
        {
            LostLease(flow ?? new RunningFlow(lease));
            return;
        }

        Failed(lease, error);
    }

    private void Failed(FlowLease lease, Exception error)
    {
        FlowInstrumentation.FlowFailed(lease.EntryMethod);
        WorkerLog.Failed(_logger, error, lease.Id, lease.EntryMethod, error.GetType().FullName ?? error.GetType().Name, error.Message);
    }

    private static FlowError Bounded(FlowError error) =>
        error.Message.Length <= MaxErrorMessageChars && (error.StackTrace?.Length ?? 0) <= MaxErrorStackChars
            ? error
            : new FlowError
            {
                Type = error.Type,
                Message = Truncate(error.Message, MaxErrorMessageChars),
                StackTrace = error.StackTrace is null ? null : Truncate(error.StackTrace, MaxErrorStackChars),
            };

    private static string Truncate(string text, int max) =>
        text.Length <= max ? text : string.Concat(text.AsSpan(0, max), $"... ({text.Length - max:N0} more characters not stored)");

    private void LostLease(RunningFlow flow)
    {
        flow.MarkLost();
        if (flow.TakeLossToLog())
        {
            WorkerLog.LeaseLost(_logger, flow.Lease.Id, flow.Lease.EntryMethod, flow.Lease.Token);
        }
    }
}
