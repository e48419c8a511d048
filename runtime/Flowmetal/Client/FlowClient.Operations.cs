using Flowmetal.Diagnostics;
using Flowmetal.Inspection;
using Flowmetal.Serialization;
using Flowmetal.Storage;

namespace Flowmetal.Client;

/// <content>What an operator does to one flow: its kept continuations, a retry, a rewind; and the locals of a stored stack.</content>
public sealed partial class FlowClient
{
    /// <summary>
    /// The continuations the store keeps of a flow (<see cref="FlowStoreLimits.KeptContinuations"/>), newest first, each
    /// with its stack and every frame's locals: where <see cref="RewindAsync"/> can take the flow back to.
    /// </summary>
    /// <param name="id">The flow.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The kept checkpoints, possibly none.</returns>
    /// <exception cref="FlowNotFoundException">No flow has the id.</exception>
    public async Task<IReadOnlyList<FlowCheckpoint>> GetHistoryAsync(FlowId id, CancellationToken cancellationToken = default)
    {
        var kept = await _store.GetHistoryAsync(id, cancellationToken).ConfigureAwait(false);
        return kept.Select(k => new FlowCheckpoint
        {
            Number = k.Number,
            SavedAt = k.SavedAt,
            Wait = k.Wait,
            Stack = StackWithLocals(id, k.Stack, k.Continuation),
            RestoredFrom = k.RestoredFrom,
        }).ToArray();
    }

    /// <summary>
    /// Runs a failed flow again from its last stored continuation: the step that failed runs again (with the signal it had
    /// resumed with), on any worker, once the cause is fixed (a new build deployed, a dependency back). A flow that failed
    /// before it ever suspended runs again from its entry call. Its error is cleared and it no longer expires.
    /// </summary>
    /// <param name="id">The flow.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The number the restored continuation is kept under (see <see cref="GetHistoryAsync"/>), 0 when the flow restarts from its entry call.</returns>
    /// <exception cref="FlowNotFoundException">No flow has the id.</exception>
    /// <exception cref="InvalidOperationException">The flow has not failed.</exception>
    /// <remarks>
    /// The flow's suspension count moves on, so child flows the step starts again get new ids. When the retried flow ends,
    /// its parent is told again (a parent still joining it sees the new outcome; one that went on from the failure does
    /// not go back). Children the failure cancelled stay cancelled: retry a failed child before the parent that joins it.
    /// </remarks>
    public Task<int> RetryAsync(FlowId id, CancellationToken cancellationToken = default) =>
        Operate("flowmetal.retry", id, () => _store.RetryAsync(id, cancellationToken));

    /// <summary>
    /// Takes a flow back to one of its kept continuations (<see cref="GetHistoryAsync"/>): it resumes from there with the
    /// stack and locals it had there, waiting for what it waited for there (a signal must be sent again; the one a failed
    /// flow's last step had taken is dropped, so a bad payload is not taken twice), and its code runs
    /// on from that point as it would have then; nothing is replayed. The flow must be waiting, pending or ended (a
    /// finished flow's result or error is cleared, and it no longer expires).
    /// </summary>
    /// <param name="id">The flow.</param>
    /// <param name="checkpoint">The <see cref="FlowCheckpoint.Number"/> to go back to.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The number the restored continuation is now kept under (the newest).</returns>
    /// <exception cref="FlowNotFoundException">No flow has the id.</exception>
    /// <exception cref="InvalidOperationException">The flow is running, or the store does not keep that checkpoint.</exception>
    /// <remarks>
    /// Side effects the flow had after that point (a charge, an email) are not undone: the code between the checkpoint and
    /// the next suspension runs again. Child flows it starts again get new ids.
    /// </remarks>
    public Task<int> RewindAsync(FlowId id, int checkpoint, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(checkpoint);
        return Operate("flowmetal.rewind", id, () => _store.RewindAsync(id, checkpoint, cancellationToken));
    }

    private static async Task<int> Operate(string name, FlowId id, Func<Task<int>> operation)
    {
        var span = FlowInstrumentation.StartClient(name, id, null);
        try
        {
            return await operation().ConfigureAwait(false);
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

    /// <summary>
    /// The flow a signal goes to. A client without the store's signing key reads the flow's continuation too: an unsigned
    /// payload to a flow whose state is signed would fail the flow's wait, so it is refused here, where it can be fixed.
    /// </summary>
    private async Task<StoredFlow> ReadForSignalAsync(FlowId id, string name, CancellationToken cancellationToken)
    {
        if (_signer is not null)
        {
            return await _store.GetAsync(id, cancellationToken).ConfigureAwait(false) ?? throw new FlowNotFoundException(id);
        }

        var stored = await _store.InspectAsync(id, cancellationToken).ConfigureAwait(false) ?? throw new FlowNotFoundException(id);
        if (stored.Continuation is { } continuation && StateSigner.IsSigned(continuation))
        {
            throw new InvalidOperationException(
                $"Flow {id}'s state is signed (RedisFlowStoreOptions.SigningKey) and this client has no key: the flow would fail on the unsigned " +
                $"payload of signal '{name}', so it was not sent. Give this client the store's signing key (the flowmetal tool reads it, base64, from FLOWMETAL_SIGNING_KEY).");
        }

        return stored;
    }

    private FlowInfo WithLocals(StoredFlow stored) =>
        stored.Continuation is null || stored.Info.Stack.Count == 0
            ? stored.Info
            : stored.Info.WithStack(StackWithLocals(stored.Info.Id, stored.Info.Stack, stored.Continuation));

    /// <summary>
    /// The frames with their locals, read from the continuation's JSON without loading a type of the flow. A continuation
    /// whose signature does not match, or that does not read, leaves the frames without locals: showing a flow never fails.
    /// </summary>
    private IReadOnlyList<FlowStackFrame> StackWithLocals(FlowId id, IReadOnlyList<FlowStackFrame> stack, byte[] continuation)
    {
        byte[] json;
        try
        {
            json = StateSigner.Verify(_signer, id, StateKinds.Continuation, continuation);
        }
        catch (FlowSerializationException)
        {
            return stack;
        }

        try
        {
            // The renderer lists frames outermost first, the stack is innermost first.
            var locals = StoredStateRenderer.FrameLocals(json);
            if (locals.Count != stack.Count)
            {
                return stack;
            }

            return stack.Select((frame, i) => new FlowStackFrame
            {
                Method = frame.Method,
                SourceFile = frame.SourceFile,
                Line = frame.Line,
                Locals = ArgumentTypes.Fill(frame.Method, locals[stack.Count - 1 - i]),
            }).ToArray();
        }
        catch (Exception unreadable) when (unreadable is not OutOfMemoryException)
        {
            // Whatever a damaged or hostile record holds, the flow is still shown, without locals.
            return stack;
        }
    }
}
