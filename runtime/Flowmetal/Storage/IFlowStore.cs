namespace Flowmetal.Storage;

/// <summary>
/// Where flows live: their entry call, last continuation, wait, buffered signals, lease, result or
/// error, all as bytes. Every transition is atomic per flow. A worker's writes carry the fencing
/// token of its claim, and a write whose token is no longer the flow's current one (its lease
/// expired and another worker claimed the flow) is refused, so an expired worker can never
/// overwrite a newer checkpoint. Implemented by <see cref="InMemory.InMemoryFlowStore"/> and
/// <see cref="Redis.RedisFlowStore"/>; one contract test suite runs against both.
/// </summary>
/// <remarks>
/// Cancellation tokens: a call whose token is already cancelled throws <see cref="OperationCanceledException"/>
/// and changes nothing. A call that has begun runs to its end, because a transition is never left half done and
/// a write whose outcome is unknown would be worse than a late answer (StackExchange.Redis cannot withdraw a
/// command it has sent). The waits (<see cref="WaitForWorkAsync"/>, <see cref="WaitForFinishAsync"/>) end as soon
/// as their token is cancelled.
/// </remarks>
public interface IFlowStore
{
    /// <summary>Creates a flow, or finds the one that already has the id (a start is idempotent).</summary>
    /// <param name="creation">The id, the entry call's bytes and its method's name.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>Whether it was created, and the entry method of the flow with that id.</returns>
    Task<FlowCreateResult> CreateAsync(FlowCreation creation, CancellationToken cancellationToken = default);

    /// <summary>Reads a flow's state.</summary>
    /// <param name="id">The flow.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>
    /// The state and stored result, or <see langword="null"/> when no flow has the id (or it finished longer than
    /// <see cref="FlowStoreLimits.FinishedFlowRetention"/> ago). Damaged fields are left empty and named in <see cref="FlowInfo.Damage"/>.
    /// </returns>
    /// <exception cref="FlowDamagedException">The record is damaged beyond showing (its status cannot be read); the message says what.</exception>
    Task<StoredFlow?> GetAsync(FlowId id, CancellationToken cancellationToken = default);

    /// <summary>Pages through flows in the order they were created. Records that cannot be read are skipped and listed in <see cref="FlowPage.Damaged"/>.</summary>
    /// <param name="status">Only flows with this status, or all when <see langword="null"/>.</param>
    /// <param name="pageSize">At most this many flows.</param>
    /// <param name="cursor">The previous page's <see cref="FlowPage.NextCursor"/>, or <see langword="null"/> for the first page.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The page.</returns>
    Task<FlowPage> ListAsync(FlowStatus? status, int pageSize, string? cursor, CancellationToken cancellationToken = default);

    /// <summary>
    /// Appends a signal to the flow's buffer for <paramref name="name"/> (first in, first out) and
    /// makes the flow runnable if it waits for that name.
    /// </summary>
    /// <param name="id">The flow.</param>
    /// <param name="name">The signal's name.</param>
    /// <param name="payload">The payload's bytes.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="FlowNotFoundException">No flow has the id.</exception>
    /// <exception cref="InvalidOperationException">The flow has already finished.</exception>
    /// <exception cref="FlowLimitExceededException">
    /// The payload is larger than <see cref="FlowStoreLimits.MaxSignalPayloadBytes"/>, or the flow already buffers
    /// <see cref="FlowStoreLimits.MaxBufferedSignals"/> signals.
    /// </exception>
    /// <exception cref="FlowDamagedException">The flow's record is damaged.</exception>
    Task SignalAsync(FlowId id, string name, byte[] payload, CancellationToken cancellationToken = default);

    /// <summary>
    /// Takes leases on up to <see cref="FlowClaimRequest.MaxCount"/> runnable flows: started or checkpointed
    /// ones, those whose timer is due or whose awaited signal arrived, and running ones whose lease
    /// expired (their worker died), except those in <see cref="FlowClaimRequest.Running"/>. Each claim
    /// increments the flow's fencing token and its attempt count. A flow whose record is damaged is
    /// claimed with <see cref="FlowLease.Damage"/> set, for the worker to end it failed; a record that
    /// cannot be claimed at all is dropped from the schedule, so it never holds up the others.
    /// </summary>
    /// <param name="request">The worker, how many flows, the lease's duration and the flows it still runs.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The leases, possibly none.</returns>
    Task<IReadOnlyList<FlowLease>> ClaimAsync(FlowClaimRequest request, CancellationToken cancellationToken = default);

    /// <summary>Takes leases on up to <paramref name="maxCount"/> runnable flows; see <see cref="ClaimAsync(FlowClaimRequest, CancellationToken)"/>.</summary>
    /// <param name="workerId">The claiming worker.</param>
    /// <param name="maxCount">At most this many flows.</param>
    /// <param name="leaseDuration">How long the leases last unless renewed.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The leases, possibly none.</returns>
    Task<IReadOnlyList<FlowLease>> ClaimAsync(string workerId, int maxCount, TimeSpan leaseDuration, CancellationToken cancellationToken = default) =>
        ClaimAsync(new FlowClaimRequest { WorkerId = workerId, MaxCount = maxCount, LeaseDuration = leaseDuration }, cancellationToken);

    /// <summary>Extends a lease still held.</summary>
    /// <param name="lease">The lease.</param>
    /// <param name="leaseDuration">The new duration from now.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>False when the lease was lost (another worker claimed the flow, or it finished).</returns>
    Task<bool> RenewAsync(FlowLease lease, TimeSpan leaseDuration, CancellationToken cancellationToken = default);

    /// <summary>
    /// Extends many leases at once, synchronously: a worker renews from a thread of its own, so that renewals
    /// depend neither on the thread pool nor on the flows' threads (a step that allocates or blocks heavily
    /// must not make its own lease lapse).
    /// </summary>
    /// <param name="leases">The leases.</param>
    /// <param name="leaseDuration">The new duration from now.</param>
    /// <returns>For each lease, in order, false when it was lost.</returns>
    IReadOnlyList<bool> RenewAll(IReadOnlyList<FlowLease> leases, TimeSpan leaseDuration) =>
        leases.Select(lease => RenewAsync(lease, leaseDuration).GetAwaiter().GetResult()).ToArray();

    /// <summary>
    /// Gives a lease up after an attempt at the flow's step failed before the step could run or be stored (its
    /// state could not be loaded, the store failed): the flow may be claimed again after <paramref name="delay"/>,
    /// and <paramref name="error"/> is kept as its <see cref="FlowInfo.LastAttemptError"/>. A cancellation
    /// request makes it claimable at once.
    /// </summary>
    /// <param name="lease">The lease.</param>
    /// <param name="error">Why the attempt failed.</param>
    /// <param name="delay">How long to wait before the next attempt (the backoff).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>False when the lease was lost and nothing was written.</returns>
    Task<bool> RetryLaterAsync(FlowLease lease, FlowError error, TimeSpan delay, CancellationToken cancellationToken = default);

    /// <summary>
    /// Hands back a flow that was claimed but never run (a stopping worker's flows claimed ahead of its threads): it is
    /// <see cref="FlowStatus.Pending"/> again, any worker may claim it at once, and the claim's attempt is given back, since
    /// no step ran, so a flow handed back at every
    /// shutdown does not run out of <see cref="Worker.FlowWorkerOptions.MaxStepAttempts"/> without ever running. A store
    /// that does not implement it ends the lease now; the attempt then counts.
    /// </summary>
    /// <param name="lease">The lease.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>False when the lease was lost and nothing was written.</returns>
    Task<bool> HandBackAsync(FlowLease lease, CancellationToken cancellationToken = default) => RenewAsync(lease, TimeSpan.Zero, cancellationToken);

    /// <summary>
    /// Gives a lease up because this worker's build cannot resume the flow (a method on its stack changed in a way a
    /// resume cannot bridge): like <see cref="RetryLaterAsync"/>, any worker may claim it again after a delay, but the
    /// attempt is not counted (no step ran), and <paramref name="build"/> is kept as <see cref="FlowInfo.NeedsBuild"/>
    /// until a worker stores the flow again. The first leave waits <paramref name="delay"/>, each further one twice the
    /// one before, up to <paramref name="maxDelay"/>, so flows that no running worker can resume cost a bounded rate
    /// of claims. A store that does not implement it retries the flow later as after a failed attempt.
    /// </summary>
    /// <param name="lease">The lease.</param>
    /// <param name="build">The build that stored the flow and can resume it; empty when any other worker may run it.</param>
    /// <param name="error">Why this build cannot resume it, kept as <see cref="FlowInfo.LastAttemptError"/>.</param>
    /// <param name="delay">How long until a worker looks at the flow again, the first time it is left.</param>
    /// <param name="maxDelay">The longest delay, however often it was left.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>False when the lease was lost and nothing was written.</returns>
    Task<bool> LeaveForBuildAsync(FlowLease lease, string build, FlowError error, TimeSpan delay, TimeSpan maxDelay, CancellationToken cancellationToken = default) =>
        RetryLaterAsync(lease, error, delay, cancellationToken);

    /// <summary>
    /// Stores a suspended flow's continuation and what it waits for, consuming the signal it was
    /// resumed with in the same atomic step. When the flow may run on at once (a checkpoint, a due
    /// timer, an awaited signal already buffered) and <see cref="FlowSave.Release"/> is false, the
    /// lease stays with the worker and the result says so, with what the flow resumes with.
    /// </summary>
    /// <param name="lease">The lease the flow was claimed with.</param>
    /// <param name="save">The continuation, its stack, its wait, and the frame type descriptions it names (<see cref="FlowSave.FrameTypes"/>), kept before or with it.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>Whether the write was accepted, and whether to run on.</returns>
    Task<FlowSaveResult> SaveAsync(FlowLease lease, FlowSave save, CancellationToken cancellationToken = default);

    /// <summary>
    /// A frame type description kept by <see cref="SaveAsync"/> (<see cref="FlowSave.FrameTypes"/>): a worker asks for it
    /// only when a flow resumes into a method that changed since it suspended (a new build).
    /// </summary>
    /// <param name="key">The description's <see cref="FrameTypeDescription.Key"/>, as the continuation names it.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The description's content, or <see langword="null"/> when the store does not have it (the flow then waits for the build that stored it).</returns>
    Task<ReadOnlyMemory<byte>?> GetFrameTypeAsync(string key, CancellationToken cancellationToken = default);

    /// <summary>
    /// <see cref="SaveAsync"/> for a worker's flow thread, which blocks until the store answers: a store may answer it
    /// without the thread-pool hops of its asynchronous form.
    /// </summary>
    /// <param name="lease">The lease the flow was claimed with.</param>
    /// <param name="save">The continuation, its stack and its wait.</param>
    /// <returns>Whether the write was accepted, and whether to run on.</returns>
    FlowSaveResult Save(FlowLease lease, FlowSave save) => SaveAsync(lease, save).GetAwaiter().GetResult();

    /// <summary><see cref="CompleteAsync"/> for a worker's flow thread (see <see cref="Save"/>).</summary>
    /// <param name="lease">The lease the flow was claimed with.</param>
    /// <param name="result">The result's bytes.</param>
    /// <returns>False when the lease was lost and nothing was written.</returns>
    bool Complete(FlowLease lease, byte[] result) => CompleteAsync(lease, result).GetAwaiter().GetResult();

    /// <summary><see cref="FailAsync"/> for a worker's flow thread (see <see cref="Save"/>).</summary>
    /// <param name="lease">The lease the flow was claimed with.</param>
    /// <param name="error">The error.</param>
    /// <returns>False when the lease was lost and nothing was written.</returns>
    bool Fail(FlowLease lease, FlowError error) => FailAsync(lease, error).GetAwaiter().GetResult();

    /// <summary><see cref="FinishCancelledAsync"/> for a worker's flow thread (see <see cref="Save"/>).</summary>
    /// <param name="lease">The lease the flow was claimed with.</param>
    /// <param name="error">The cancellation, as an error.</param>
    /// <returns>False when the lease was lost and nothing was written.</returns>
    bool FinishCancelled(FlowLease lease, FlowError error) => FinishCancelledAsync(lease, error).GetAwaiter().GetResult();

    /// <summary>
    /// <see cref="SaveAsync"/> for a worker's flow thread that goes on to another flow while the write is in flight: a store
    /// may group it with other writes, and may send a group on the calling thread before returning (then the task has
    /// completed). The task may complete on whichever thread sent the write, even inside that thread's own call to
    /// the store: whatever continues it must only hand the flow on (queue it), never run it or call the store.
    /// </summary>
    /// <param name="lease">The lease the flow was claimed with.</param>
    /// <param name="save">The continuation, its stack and its wait.</param>
    /// <returns>Whether the write was accepted, and whether to run on, once acknowledged.</returns>
    Task<FlowSaveResult> SubmitSaveAsync(FlowLease lease, FlowSave save) => SaveAsync(lease, save);

    /// <summary><see cref="CompleteAsync"/> for a worker's flow thread that goes on meanwhile (see <see cref="SubmitSaveAsync"/>).</summary>
    /// <param name="lease">The lease the flow was claimed with.</param>
    /// <param name="result">The result's bytes.</param>
    /// <returns>False when the lease was lost and nothing was written, once acknowledged.</returns>
    Task<bool> SubmitCompleteAsync(FlowLease lease, byte[] result) => CompleteAsync(lease, result);

    /// <summary><see cref="FailAsync"/> for a worker's flow thread that goes on meanwhile (see <see cref="SubmitSaveAsync"/>).</summary>
    /// <param name="lease">The lease the flow was claimed with.</param>
    /// <param name="error">The error.</param>
    /// <returns>False when the lease was lost and nothing was written, once acknowledged.</returns>
    Task<bool> SubmitFailAsync(FlowLease lease, FlowError error) => FailAsync(lease, error);

    /// <summary><see cref="FinishCancelledAsync"/> for a worker's flow thread that goes on meanwhile (see <see cref="SubmitSaveAsync"/>).</summary>
    /// <param name="lease">The lease the flow was claimed with.</param>
    /// <param name="error">The cancellation, as an error.</param>
    /// <returns>False when the lease was lost and nothing was written, once acknowledged.</returns>
    Task<bool> SubmitFinishCancelledAsync(FlowLease lease, FlowError error) => FinishCancelledAsync(lease, error);

    /// <summary>Records the flow's result, consuming the signal it was resumed with.</summary>
    /// <param name="lease">The lease the flow was claimed with.</param>
    /// <param name="result">The result's bytes.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>False when the lease was lost and nothing was written.</returns>
    Task<bool> CompleteAsync(FlowLease lease, byte[] result, CancellationToken cancellationToken = default);

    /// <summary>Records why the flow failed, consuming the signal it was resumed with.</summary>
    /// <param name="lease">The lease the flow was claimed with.</param>
    /// <param name="error">The error.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>False when the lease was lost and nothing was written.</returns>
    Task<bool> FailAsync(FlowLease lease, FlowError error, CancellationToken cancellationToken = default);

    /// <summary>
    /// Records that the flow ended cancelled (a <see cref="FlowCancelledException"/> escaped it, or it was
    /// cancelled before it ever ran), consuming the signal it was resumed with. Like a failure, this
    /// cancels the flow's attached children.
    /// </summary>
    /// <param name="lease">The lease the flow was claimed with.</param>
    /// <param name="error">The cancellation, as an error.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>False when the lease was lost and nothing was written.</returns>
    Task<bool> FinishCancelledAsync(FlowLease lease, FlowError error, CancellationToken cancellationToken = default);

    /// <summary>
    /// Starts a child flow of the flow the lease holds: links it to its parent (refused when the lease was
    /// lost) and creates it, or finds it when it already exists (the parent ran the start again after a
    /// crash). When the child ends, the parent's join on it may go on; when the parent fails or is
    /// cancelled, the child is cancelled unless <see cref="FlowCreation.Detached"/>.
    /// </summary>
    /// <param name="parent">The parent's lease.</param>
    /// <param name="child">The child, with <see cref="FlowCreation.Parent"/> set to the parent.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>Whether the child was created, and its entry method; <see langword="null"/> when the parent's lease was lost.</returns>
    Task<FlowCreateResult?> StartChildAsync(FlowLease parent, FlowCreation child, CancellationToken cancellationToken = default);

    /// <summary>
    /// Asks a flow to stop. A waiting or pending flow becomes runnable and its worker throws a
    /// <see cref="FlowCancelledException"/> at its suspension point; a running one gets it at its next
    /// suspension; one that never ran ends cancelled without running.
    /// </summary>
    /// <param name="id">The flow.</param>
    /// <param name="reason">Why, for the flow's exception and error.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>True when the request was recorded; false when the flow had already ended.</returns>
    /// <exception cref="FlowNotFoundException">No flow has the id.</exception>
    Task<bool> CancelAsync(FlowId id, string reason, CancellationToken cancellationToken = default);

    /// <summary>
    /// Reads a flow's state together with its stored continuation, in one atomic read, for showing its stack's locals
    /// (<see cref="StoredFlow.Continuation"/>). A store that cannot answers like <see cref="GetAsync"/>.
    /// </summary>
    /// <param name="id">The flow.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The state with the continuation, or <see langword="null"/> when no flow has the id.</returns>
    Task<StoredFlow?> InspectAsync(FlowId id, CancellationToken cancellationToken = default) => GetAsync(id, cancellationToken);

    /// <summary>The continuations the store keeps of a flow (<see cref="FlowStoreLimits.KeptContinuations"/>), newest first.</summary>
    /// <param name="id">The flow.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The kept checkpoints, possibly none.</returns>
    /// <exception cref="FlowNotFoundException">No flow has the id.</exception>
    Task<IReadOnlyList<StoredCheckpoint>> GetHistoryAsync(FlowId id, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException($"{GetType().Name} keeps no history of continuations.");

    /// <summary>
    /// Makes a failed flow run again from its last stored continuation (from its entry call when it never suspended): the
    /// step that failed runs again, with the signal it had resumed with. The flow becomes waiting or pending as it was there,
    /// its error is cleared, and it no longer expires.
    /// </summary>
    /// <param name="id">The flow.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The number of the checkpoint the flow resumes from, 0 for its entry call.</returns>
    /// <exception cref="FlowNotFoundException">No flow has the id.</exception>
    /// <exception cref="InvalidOperationException">The flow is not <see cref="FlowStatus.Failed"/>; the message says what to do.</exception>
    /// <exception cref="FlowDamagedException">The flow's record is damaged.</exception>
    Task<int> RetryAsync(FlowId id, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException($"{GetType().Name} cannot retry flows.");

    /// <summary>
    /// Makes a flow that waits, or has ended, resume from one of its kept continuations (<see cref="GetHistoryAsync"/>): its
    /// stack and locals as they were there, waiting for what it waited for there (a failed flow's retained signal, see
    /// <see cref="RetryAsync"/>, is dropped). The flow's code runs again from that point; nothing is replayed. A finished
    /// flow's result or error is cleared and it no longer expires.
    /// </summary>
    /// <param name="id">The flow.</param>
    /// <param name="checkpoint">The <see cref="StoredCheckpoint.Number"/> to resume from.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The number under which the restored continuation is now kept (the newest).</returns>
    /// <exception cref="FlowNotFoundException">No flow has the id.</exception>
    /// <exception cref="InvalidOperationException">The flow is running, or the store does not keep that checkpoint; the message says what to do.</exception>
    /// <exception cref="FlowDamagedException">The flow's record is damaged.</exception>
    Task<int> RewindAsync(FlowId id, int checkpoint, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException($"{GetType().Name} cannot rewind flows.");

    /// <summary>Returns when a flow may have become runnable, or after <paramref name="maxWait"/>.</summary>
    /// <param name="maxWait">The longest wait.</param>
    /// <param name="cancellationToken">Ends the wait early.</param>
    /// <returns>A task that completes when there may be work.</returns>
    Task WaitForWorkAsync(TimeSpan maxWait, CancellationToken cancellationToken = default);

    /// <summary>Returns when the flow may have finished, or after <paramref name="maxWait"/>.</summary>
    /// <param name="id">The flow.</param>
    /// <param name="maxWait">The longest wait.</param>
    /// <param name="cancellationToken">Ends the wait early.</param>
    /// <returns>A task that completes when the flow may have changed.</returns>
    Task WaitForFinishAsync(FlowId id, TimeSpan maxWait, CancellationToken cancellationToken = default);
}
