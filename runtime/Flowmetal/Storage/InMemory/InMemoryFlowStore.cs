namespace Flowmetal.Storage.InMemory;

/// <summary>
/// A flow store in this process's memory: the embedded default for samples and tests. Like the
/// Redis store it keeps only bytes (the entry call, continuations, payloads, results), never a
/// live object of a flow, so a flow that works here works across processes; and it applies the
/// same leases and fencing tokens. Everything is lost when the process ends.
/// </summary>
public sealed class InMemoryFlowStore : IFlowStore
{
    private readonly object _gate = new();
    private readonly Dictionary<FlowId, StoredState> _flows = new();
    private readonly List<StoredState> _order = new();

    // Finished flows in the order they finished, which is the order they expire in (one retention for all).
    private readonly Queue<StoredState> _finished = new();
    private readonly FlowStoreLimits _limits;
    private readonly Dictionary<string, ReadOnlyMemory<byte>> _frameTypes = new(StringComparer.Ordinal);
    private TaskCompletionSource _changed = NewSignal();
    private long _created;

    /// <summary>Creates an empty store with the default <see cref="FlowStoreLimits"/>.</summary>
    public InMemoryFlowStore()
        : this(null)
    {
    }

    /// <summary>Creates an empty store.</summary>
    /// <param name="limits">What one flow may hold, or <see langword="null"/> for <see cref="FlowStoreLimits.Default"/>.</param>
    public InMemoryFlowStore(FlowStoreLimits? limits)
    {
        _limits = limits ?? FlowStoreLimits.Default;
        _limits.Validate();
    }

    /// <summary>What one flow may hold in this store.</summary>
    public FlowStoreLimits Limits => _limits;

    /// <inheritdoc />
    public Task<FlowCreateResult> CreateAsync(FlowCreation creation, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        ArgumentNullException.ThrowIfNull(creation);
        lock (_gate)
        {
            Expire(DateTimeOffset.UtcNow);
            if (_flows.TryGetValue(creation.Id, out var existing))
            {
                return Task.FromResult(new FlowCreateResult { Created = false, EntryMethod = existing.EntryMethod });
            }

            return Task.FromResult(Create(creation, DateTimeOffset.UtcNow));
        }
    }

    /// <inheritdoc />
    public Task<FlowCreateResult?> StartChildAsync(FlowLease parent, FlowCreation child, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        ArgumentNullException.ThrowIfNull(child);
        lock (_gate)
        {
            if (!Holds(parent, out var state))
            {
                return Task.FromResult<FlowCreateResult?>(null);
            }

            if (!state.Children.Contains(child.Id))
            {
                state.Children.Add(child.Id);
                if (child.Detached)
                {
                    state.DetachedChildren.Add(child.Id);
                }
            }

            if (_flows.TryGetValue(child.Id, out var existing))
            {
                return Task.FromResult<FlowCreateResult?>(new FlowCreateResult { Created = false, EntryMethod = existing.EntryMethod });
            }

            var result = Create(child, DateTimeOffset.UtcNow);
            _flows[child.Id].Parent = parent.Id;
            return Task.FromResult<FlowCreateResult?>(result);
        }
    }

    /// <inheritdoc />
    public Task<bool> CancelAsync(FlowId id, string reason, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        ArgumentNullException.ThrowIfNull(reason);
        lock (_gate)
        {
            if (!_flows.TryGetValue(id, out var state))
            {
                throw new FlowNotFoundException(id);
            }

            bool requested = state.RequestCancel(reason, DateTimeOffset.UtcNow);
            Changed();
            return Task.FromResult(requested);
        }
    }

    /// <inheritdoc />
    public Task<StoredFlow?> GetAsync(FlowId id, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            Expire(DateTimeOffset.UtcNow);
            return Task.FromResult(_flows.TryGetValue(id, out var state)
                ? new StoredFlow { Info = state.Describe(), Result = state.Result?.ToArray(), TraceParent = state.TraceParent }
                : null);
        }
    }

    /// <inheritdoc />
    public Task<StoredFlow?> InspectAsync(FlowId id, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            Expire(DateTimeOffset.UtcNow);
            return Task.FromResult(_flows.TryGetValue(id, out var state)
                ? new StoredFlow { Info = state.Describe(), Result = state.Result?.ToArray(), TraceParent = state.TraceParent, Continuation = state.Continuation?.ToArray() }
                : null);
        }
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<StoredCheckpoint>> GetHistoryAsync(FlowId id, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            Expire(DateTimeOffset.UtcNow);
            return Task.FromResult(_flows.TryGetValue(id, out var state) ? state.History : throw new FlowNotFoundException(id));
        }
    }

    /// <inheritdoc />
    public Task<int> RetryAsync(FlowId id, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Restore(id, state => state.Retry(DateTimeOffset.UtcNow));
    }

    /// <inheritdoc />
    public Task<int> RewindAsync(FlowId id, int checkpoint, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Restore(id, state => state.Rewind(checkpoint, DateTimeOffset.UtcNow));
    }

    private Task<int> Restore(FlowId id, Func<StoredState, int> restore)
    {
        lock (_gate)
        {
            Expire(DateTimeOffset.UtcNow);
            if (!_flows.TryGetValue(id, out var state))
            {
                throw new FlowNotFoundException(id);
            }

            int number = restore(state);
            Changed();
            return Task.FromResult(number);
        }
    }

    /// <inheritdoc />
    public Task<FlowPage> ListAsync(FlowStatus? status, int pageSize, string? cursor, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1);
        long after = 0;
        if (cursor is not null && !long.TryParse(cursor, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out after))
        {
            throw new ArgumentException($"'{cursor}' is not a cursor this store returned.", nameof(cursor));
        }

        lock (_gate)
        {
            Expire(DateTimeOffset.UtcNow);
            var page = new List<FlowInfo>();
            long last = 0;
            bool more = false;
            foreach (var state in _order)
            {
                if (state.Sequence <= after || (status is { } wanted && state.Status != wanted))
                {
                    continue;
                }

                if (page.Count == pageSize)
                {
                    more = true;
                    break;
                }

                page.Add(state.Describe());
                last = state.Sequence;
            }

            return Task.FromResult(new FlowPage
            {
                Flows = page,
                NextCursor = more ? last.ToString(System.Globalization.CultureInfo.InvariantCulture) : null,
            });
        }
    }

    /// <inheritdoc />
    public Task SignalAsync(FlowId id, string name, byte[] payload, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(payload);
        _limits.CheckPayload(id, name, payload.Length);
        lock (_gate)
        {
            Expire(DateTimeOffset.UtcNow);
            if (!_flows.TryGetValue(id, out var state))
            {
                throw new FlowNotFoundException(id);
            }

            if (state.IsFinished)
            {
                throw new InvalidOperationException($"Flow {id} has already finished ({state.Status}); the signal '{name}' was not delivered.");
            }

            if (state.BufferedSignals >= _limits.MaxBufferedSignals)
            {
                throw _limits.BufferFull(id, name);
            }

            state.Buffer(name, payload.ToArray());
            state.UpdatedAt = DateTimeOffset.UtcNow;
            Changed();
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<FlowLease>> ClaimAsync(string workerId, int maxCount, TimeSpan leaseDuration, CancellationToken cancellationToken = default) =>
        ClaimAsync(new FlowClaimRequest { WorkerId = workerId, MaxCount = maxCount, LeaseDuration = leaseDuration }, cancellationToken);

    /// <inheritdoc />
    public Task<IReadOnlyList<FlowLease>> ClaimAsync(FlowClaimRequest request, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(request.WorkerId);
        var leases = new List<FlowLease>();
        var running = request.Running as IReadOnlySet<FlowId> ?? request.Running.ToHashSet();
        lock (_gate)
        {
            var now = DateTimeOffset.UtcNow;
            Expire(now);
            foreach (var state in _order)
            {
                if (leases.Count >= request.MaxCount)
                {
                    break;
                }

                if (state.IsRunnable(now) && !running.Contains(state.Id))
                {
                    leases.Add(state.Claim(request.WorkerId, now, request.LeaseDuration, request.MaxContinuationBytes));
                }
            }
        }

        return Task.FromResult<IReadOnlyList<FlowLease>>(leases);
    }

    /// <inheritdoc />
    public Task<bool> RenewAsync(FlowLease lease, TimeSpan leaseDuration, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            if (!Holds(lease, out var state))
            {
                return Task.FromResult(false);
            }

            state.LeaseUntil = DateTimeOffset.UtcNow + leaseDuration;
            return Task.FromResult(true);
        }
    }

    /// <inheritdoc />
    public Task<bool> RetryLaterAsync(FlowLease lease, FlowError error, TimeSpan delay, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        ArgumentNullException.ThrowIfNull(error);
        lock (_gate)
        {
            if (!Holds(lease, out var state))
            {
                return Task.FromResult(false);
            }

            state.RetryLater(error, DateTimeOffset.UtcNow + (delay < TimeSpan.Zero ? TimeSpan.Zero : delay));
            Changed();
            return Task.FromResult(true);
        }
    }

    /// <inheritdoc />
    public Task<bool> HandBackAsync(FlowLease lease, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            if (!Holds(lease, out var state))
            {
                return Task.FromResult(false);
            }

            state.HandBack(DateTimeOffset.UtcNow);
            Changed();
            return Task.FromResult(true);
        }
    }

    /// <inheritdoc />
    public Task<bool> LeaveForBuildAsync(FlowLease lease, string build, FlowError error, TimeSpan delay, TimeSpan maxDelay, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        ArgumentNullException.ThrowIfNull(build);
        ArgumentNullException.ThrowIfNull(error);
        lock (_gate)
        {
            if (!Holds(lease, out var state))
            {
                return Task.FromResult(false);
            }

            state.LeaveForBuild(build, error, DateTimeOffset.UtcNow, delay < TimeSpan.Zero ? TimeSpan.Zero : delay, maxDelay);
            Changed();
            return Task.FromResult(true);
        }
    }

    /// <inheritdoc />
    public Task<FlowSaveResult> SaveAsync(FlowLease lease, FlowSave save, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        ArgumentNullException.ThrowIfNull(save);
        lock (_gate)
        {
            if (!Holds(lease, out var state))
            {
                return Task.FromResult(FlowSaveResult.Rejected);
            }

            var result = state.Save(save, DateTimeOffset.UtcNow);
            foreach (var frameType in save.FrameTypes)
            {
                _frameTypes.TryAdd(frameType.Key, frameType.Content);
            }

            Changed();
            return Task.FromResult(result);
        }
    }

    /// <inheritdoc />
    public Task<ReadOnlyMemory<byte>?> GetFrameTypeAsync(string key, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            return Task.FromResult<ReadOnlyMemory<byte>?>(_frameTypes.TryGetValue(key, out var content) ? content : (ReadOnlyMemory<byte>?)null);
        }
    }

    /// <inheritdoc />
    public Task<bool> CompleteAsync(FlowLease lease, byte[] result, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        ArgumentNullException.ThrowIfNull(result);
        lock (_gate)
        {
            if (!Holds(lease, out var state))
            {
                return Task.FromResult(false);
            }

            Finish(state, FlowStatus.Completed, result.ToArray(), null);
            return Task.FromResult(true);
        }
    }

    /// <inheritdoc />
    public Task<bool> FailAsync(FlowLease lease, FlowError error, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        ArgumentNullException.ThrowIfNull(error);
        lock (_gate)
        {
            if (!Holds(lease, out var state))
            {
                return Task.FromResult(false);
            }

            Finish(state, FlowStatus.Failed, null, error);
            return Task.FromResult(true);
        }
    }

    /// <inheritdoc />
    public Task<bool> FinishCancelledAsync(FlowLease lease, FlowError error, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        ArgumentNullException.ThrowIfNull(error);
        lock (_gate)
        {
            if (!Holds(lease, out var state))
            {
                return Task.FromResult(false);
            }

            Finish(state, FlowStatus.Cancelled, null, error);
            return Task.FromResult(true);
        }
    }

    /// <inheritdoc />
    public async Task WaitForWorkAsync(TimeSpan maxWait, CancellationToken cancellationToken = default)
    {
        Task changed;
        var wait = maxWait;
        lock (_gate)
        {
            changed = _changed.Task;
            var now = DateTimeOffset.UtcNow;
            foreach (var state in _order)
            {
                if (state.IsRunnable(now))
                {
                    return;
                }

                if (state.NextCheck() is { } next && next - now < wait)
                {
                    wait = next - now;
                }
            }
        }

        await Delay(changed, wait, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task WaitForFinishAsync(FlowId id, TimeSpan maxWait, CancellationToken cancellationToken = default)
    {
        Task changed;
        lock (_gate)
        {
            if (!_flows.TryGetValue(id, out var state) || state.IsFinished)
            {
                return;
            }

            changed = _changed.Task;
        }

        await Delay(changed, maxWait, cancellationToken).ConfigureAwait(false);
    }

    private static async Task Delay(Task changed, TimeSpan wait, CancellationToken cancellationToken)
    {
        if (wait <= TimeSpan.Zero)
        {
            return;
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var delay = Task.Delay(wait, timeout.Token);
        await Task.WhenAny(changed, delay).ConfigureAwait(false);
        await timeout.CancelAsync().ConfigureAwait(false);
        cancellationToken.ThrowIfCancellationRequested();
    }

    private FlowCreateResult Create(FlowCreation creation, DateTimeOffset now)
    {
        var state = new StoredState(creation.Id, creation.EntryMethod, creation.Entry.ToArray(), ++_created, now)
        {
            Parent = creation.Parent,
            Deadline = creation.Timeout is { } timeout ? now + timeout : null,
            TraceParent = creation.TraceParent,
            KeptContinuations = _limits.KeptContinuations,
        };
        _flows.Add(creation.Id, state);
        _order.Add(state);
        Changed();
        return new FlowCreateResult { Created = true, EntryMethod = creation.EntryMethod };
    }

    /// <summary>
    /// Ends a flow and, in the same step, does what its end means to others: its parent's join on it may
    /// go on, and a failed or cancelled flow cancels its attached children.
    /// </summary>
    private void Finish(StoredState state, FlowStatus status, byte[]? result, FlowError? error)
    {
        var now = DateTimeOffset.UtcNow;
        state.Finish(status, result, error, now);
        if (_limits.FinishedFlowRetention is not null)
        {
            _finished.Enqueue(state);
        }

        if (state.Parent is { } parentId && _flows.TryGetValue(parentId, out var parent))
        {
            parent.EndedChildren[state.Id] = status;
        }

        if (status != FlowStatus.Completed)
        {
            var reason = $"its parent flow {state.Id} {(status == FlowStatus.Cancelled ? "was cancelled" : "failed")}";
            foreach (var childId in state.Children)
            {
                if (!state.DetachedChildren.Contains(childId) && _flows.TryGetValue(childId, out var child))
                {
                    child.RequestCancel(reason, now);
                }
            }
        }

        Changed();
    }

    /// <summary>Deletes the flows that finished longer than the retention ago, with their leftover signals.</summary>
    private void Expire(DateTimeOffset now)
    {
        if (_limits.FinishedFlowRetention is not { } retention)
        {
            return;
        }

        bool removed = false;
        while (_finished.TryPeek(out var oldest) && oldest.FinishedAt + retention <= now)
        {
            _finished.Dequeue();
            if (_flows.TryGetValue(oldest.Id, out var current) && ReferenceEquals(current, oldest) && oldest.IsFinished)
            {
                _flows.Remove(oldest.Id);
                removed = true;
            }
        }

        if (removed)
        {
            _order.RemoveAll(state => !_flows.TryGetValue(state.Id, out var current) || !ReferenceEquals(current, state));
        }
    }

    private bool Holds(FlowLease lease, out StoredState state)
    {
        ArgumentNullException.ThrowIfNull(lease);
        return _flows.TryGetValue(lease.Id, out state!) && state.Status == FlowStatus.Running && state.Token == lease.Token;
    }

    private void Changed()
    {
        var previous = _changed;
        _changed = NewSignal();
        previous.TrySetResult();
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
