using Flowmetal.Storage;

namespace Flowmetal.Runtime.Tests.Infrastructure;

/// <summary>
/// A store that passes every call to another, except where a test plants a fault: an exception thrown by a call, or a
/// renewal that reports the lease lost, or a worker's write held in flight until the test lets it go. What the worker
/// does about it is what the containment tests look at.
/// </summary>
internal sealed class FaultInjectingStore : IFlowStore, ISignedFlowStore
{
    private readonly IFlowStore _inner;
    private readonly List<(FlowLease Lease, Func<Exception?, Task> Go)> _deferred = new();

    public FaultInjectingStore(IFlowStore inner) => _inner = inner;

    /// <summary>Signs as the store it wraps does.</summary>
    public StateSigner? Signer => StateSigner.Of(_inner);

    /// <summary>Thrown by GetAsync when it returns an exception (the worker reads flows only to join children).</summary>
    public Func<FlowId, Exception?> OnGet { get; set; } = _ => null;

    /// <summary>Thrown by SaveAsync when it returns an exception.</summary>
    public Func<FlowLease, Exception?> OnSave { get; set; } = _ => null;

    /// <summary>
    /// While true, the writes a worker submits (its saves and ends, <see cref="IFlowStore.SubmitSaveAsync"/> and the like)
    /// stay in flight, unwritten, until <see cref="LetWritesGoAsync"/>.
    /// </summary>
    public bool DeferWrites { get; set; }

    /// <summary>The submitted writes held in flight now.</summary>
    public int WritesInFlight
    {
        get
        {
            lock (_deferred)
            {
                return _deferred.Count;
            }
        }
    }

    /// <summary>True for a lease whose renewal should report it lost.</summary>
    public Func<FlowLease, bool> LoseOnRenew { get; set; } = _ => false;

    public Task<FlowCreateResult> CreateAsync(FlowCreation creation, CancellationToken cancellationToken = default) => _inner.CreateAsync(creation, cancellationToken);

    public Task<StoredFlow?> GetAsync(FlowId id, CancellationToken cancellationToken = default) =>
        OnGet(id) is { } fault ? Task.FromException<StoredFlow?>(fault) : _inner.GetAsync(id, cancellationToken);

    public Task<FlowPage> ListAsync(FlowStatus? status, int pageSize, string? cursor, CancellationToken cancellationToken = default) =>
        _inner.ListAsync(status, pageSize, cursor, cancellationToken);

    public Task SignalAsync(FlowId id, string name, byte[] payload, CancellationToken cancellationToken = default) => _inner.SignalAsync(id, name, payload, cancellationToken);

    public Task<IReadOnlyList<FlowLease>> ClaimAsync(FlowClaimRequest request, CancellationToken cancellationToken = default) => _inner.ClaimAsync(request, cancellationToken);

    public Task<bool> RenewAsync(FlowLease lease, TimeSpan leaseDuration, CancellationToken cancellationToken = default) => _inner.RenewAsync(lease, leaseDuration, cancellationToken);

    public IReadOnlyList<bool> RenewAll(IReadOnlyList<FlowLease> leases, TimeSpan leaseDuration)
    {
        var kept = leases.Where(l => !LoseOnRenew(l)).ToList();
        var renewed = _inner.RenewAll(kept, leaseDuration);
        return leases.Select(l => kept.IndexOf(l) is int i && i >= 0 && renewed[i]).ToArray();
    }

    public Task<bool> HandBackAsync(FlowLease lease, CancellationToken cancellationToken = default) =>
        _inner.HandBackAsync(lease, cancellationToken);

    public Task<bool> RetryLaterAsync(FlowLease lease, FlowError error, TimeSpan delay, CancellationToken cancellationToken = default) =>
        _inner.RetryLaterAsync(lease, error, delay, cancellationToken);

    public Task<FlowSaveResult> SaveAsync(FlowLease lease, FlowSave save, CancellationToken cancellationToken = default) =>
        OnSave(lease) is { } fault ? Task.FromException<FlowSaveResult>(fault) : _inner.SaveAsync(lease, save, cancellationToken);

    public Task<ReadOnlyMemory<byte>?> GetFrameTypeAsync(string key, CancellationToken cancellationToken = default) => _inner.GetFrameTypeAsync(key, cancellationToken);

    public Task<bool> CompleteAsync(FlowLease lease, byte[] result, CancellationToken cancellationToken = default) => _inner.CompleteAsync(lease, result, cancellationToken);

    public Task<bool> FailAsync(FlowLease lease, FlowError error, CancellationToken cancellationToken = default) => _inner.FailAsync(lease, error, cancellationToken);

    public Task<bool> FinishCancelledAsync(FlowLease lease, FlowError error, CancellationToken cancellationToken = default) =>
        _inner.FinishCancelledAsync(lease, error, cancellationToken);

    public Task<FlowSaveResult> SubmitSaveAsync(FlowLease lease, FlowSave save) => Defer(lease, () => SaveAsync(lease, save));

    public Task<bool> SubmitCompleteAsync(FlowLease lease, byte[] result) => Defer(lease, () => CompleteAsync(lease, result));

    public Task<bool> SubmitFailAsync(FlowLease lease, FlowError error) => Defer(lease, () => FailAsync(lease, error));

    public Task<bool> SubmitFinishCancelledAsync(FlowLease lease, FlowError error) => Defer(lease, () => FinishCancelledAsync(lease, error));

    /// <summary>
    /// Writes the deferred writes now, on the calling thread (where a store's sender would complete them), in the order
    /// they were submitted; a write for which <paramref name="fault"/> returns an exception fails with it, unwritten.
    /// </summary>
    public async Task LetWritesGoAsync(Func<FlowLease, Exception?>? fault = null)
    {
        List<(FlowLease Lease, Func<Exception?, Task> Go)> writes;
        lock (_deferred)
        {
            writes = _deferred.ToList();
            _deferred.Clear();
        }

        foreach (var (lease, go) in writes)
        {
            await go(fault?.Invoke(lease));
        }
    }

    private Task<T> Defer<T>(FlowLease lease, Func<Task<T>> write)
    {
        if (!DeferWrites)
        {
            return write();
        }

        // Continuations run on the thread that completes it, as a store's sender thread runs them.
        var done = new TaskCompletionSource<T>();
        lock (_deferred)
        {
            _deferred.Add((lease, async fault =>
            {
                if (fault is not null)
                {
                    done.SetException(fault);
                    return;
                }

                try
                {
                    done.SetResult(await write());
                }
                catch (Exception error)
                {
                    done.SetException(error);
                }
            }));
        }

        return done.Task;
    }

    public Task<FlowCreateResult?> StartChildAsync(FlowLease parent, FlowCreation child, CancellationToken cancellationToken = default) =>
        _inner.StartChildAsync(parent, child, cancellationToken);

    public Task<bool> CancelAsync(FlowId id, string reason, CancellationToken cancellationToken = default) => _inner.CancelAsync(id, reason, cancellationToken);

    public Task WaitForWorkAsync(TimeSpan maxWait, CancellationToken cancellationToken = default) => _inner.WaitForWorkAsync(maxWait, cancellationToken);

    public Task WaitForFinishAsync(FlowId id, TimeSpan maxWait, CancellationToken cancellationToken = default) => _inner.WaitForFinishAsync(id, maxWait, cancellationToken);
}
