using StackExchange.Redis;

namespace Flowmetal.Storage.Redis;

/// <summary>
/// Pub/sub wake-ups: idle workers wait on the wake channel, clients on the finished channel. A
/// notification only shortens a wait; every waiter looks at the store itself, so a missed message
/// costs at most one poll interval. Subscribed on first use; the finished channel, which carries
/// every flow's end, only while some wait is in progress (and a little after, for the next).
/// </summary>
internal sealed class RedisNotifications : IDisposable
{
    /// <summary>
    /// How long the finished channel stays subscribed after the last wait ended: a client that waits for one flow after
    /// another (or whose waits are polls, one poll interval each) keeps it, and one that stopped waiting stops receiving
    /// every flow's end (a busy store's thousands a second cost it a thread hand-off each).
    /// </summary>
    private static readonly TimeSpan FinishLinger = TimeSpan.FromSeconds(2);

    private readonly ISubscriber _subscriber;
    private readonly RedisKeys _keys;
    private readonly object _gate = new();
    private readonly Dictionary<string, FinishWait> _finished = new(StringComparer.Ordinal);
    private readonly Action<RedisChannel, RedisValue> _onFinished;
    private readonly Timer _linger;
    private TaskCompletionSource _wake = NewSignal();
    private Task? _wakeSubscribed;
    private Task? _finishSubscribed;
    private bool _disposed;

    public RedisNotifications(ISubscriber subscriber, RedisKeys keys)
    {
        _subscriber = subscriber;
        _keys = keys;
        _onFinished = (_, id) => Finished((string?)id);
        _linger = new Timer(_ => Linger(), null, Timeout.Infinite, Timeout.Infinite);
    }

    /// <summary>The waits for a flow's end in progress (for tests).</summary>
    public int FinishWaits
    {
        get
        {
            lock (_gate)
            {
                return _finished.Values.Sum(wait => wait.Waiters);
            }
        }
    }

    /// <summary>True while the finished channel is subscribed, or being subscribed (for tests).</summary>
    public bool ListensForFinishes
    {
        get
        {
            lock (_gate)
            {
                return _finishSubscribed is not null;
            }
        }
    }

    /// <summary>A task completed by the next wake message (get it before looking at the store).</summary>
    public async Task<Task> NextWakeAsync()
    {
        await Subscribed(ref _wakeSubscribed, () => _subscriber.SubscribeAsync(_keys.Wake, (_, _) => Wake())).ConfigureAwait(false);
        lock (_gate)
        {
            return _wake.Task;
        }
    }

    /// <summary>
    /// A wait for <paramref name="id"/>'s end, whose <see cref="FinishWait.Signal"/> completes when the end is announced (get it
    /// before looking at the store). Give it back with <see cref="EndFinishWait"/> when the wait is over.
    /// </summary>
    public async Task<FinishWait> NextFinishAsync(FlowId id)
    {
        FinishWait wait;
        Task subscribed;
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (!_finished.TryGetValue(id.Value, out wait!))
            {
                _finished[id.Value] = wait = new FinishWait(id.Value);
            }

            wait.Waiters++;
            if (_finishSubscribed is null || _finishSubscribed.IsFaulted || _finishSubscribed.IsCanceled)
            {
                _finishSubscribed = _subscriber.SubscribeAsync(_keys.Finished, _onFinished);
            }

            subscribed = _finishSubscribed;
        }

        try
        {
            await subscribed.ConfigureAwait(false);
        }
        catch
        {
            EndFinishWait(wait);
            throw;
        }

        return wait;
    }

    /// <summary>Ends a wait of <see cref="NextFinishAsync"/>; the last one lets the finished channel go after a while.</summary>
    public void EndFinishWait(FinishWait wait)
    {
        lock (_gate)
        {
            if (--wait.Waiters <= 0 && _finished.TryGetValue(wait.Id, out var current) && current == wait)
            {
                _finished.Remove(wait.Id);
            }

            if (_finished.Count == 0 && _finishSubscribed is not null && !_disposed)
            {
                _linger.Change(FinishLinger, Timeout.InfiniteTimeSpan);
            }
        }
    }

    public static async Task WaitAsync(Task signal, TimeSpan wait, CancellationToken cancellationToken)
    {
        if (wait <= TimeSpan.Zero)
        {
            return;
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        await Task.WhenAny(signal, Task.Delay(wait, timeout.Token)).ConfigureAwait(false);
        await timeout.CancelAsync().ConfigureAwait(false);
        cancellationToken.ThrowIfCancellationRequested();
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _disposed = true;
        }

        _linger.Dispose();
        if (_wakeSubscribed is { IsCompletedSuccessfully: true })
        {
            _subscriber.Unsubscribe(_keys.Wake);
        }

        if (_finishSubscribed is { IsCompletedSuccessfully: true })
        {
            _subscriber.Unsubscribe(_keys.Finished, _onFinished);
        }
    }

    private Task Subscribed(ref Task? subscription, Func<Task> subscribe)
    {
        lock (_gate)
        {
            if (subscription is null || subscription.IsFaulted)
            {
                subscription = subscribe();
            }

            return subscription;
        }
    }

    private void Wake()
    {
        TaskCompletionSource previous;
        lock (_gate)
        {
            previous = _wake;
            _wake = NewSignal();
        }

        previous.TrySetResult();
    }

    private void Finished(string? id)
    {
        if (id is null)
        {
            return;
        }

        FinishWait? wait;
        lock (_gate)
        {
            if (_finished.Remove(id, out wait) is false)
            {
                return;
            }
        }

        wait!.Completion.TrySetResult();
    }

    /// <summary>
    /// Lets the finished channel go when no wait came since the last one ended. The UNSUBSCRIBE and a later wait's SUBSCRIBE
    /// go out in the order they are asked for, under the gate; should one ever be lost, a wait costs one poll interval.
    /// </summary>
    private void Linger()
    {
        lock (_gate)
        {
            if (_disposed || _finished.Count > 0 || _finishSubscribed is not { IsCompletedSuccessfully: true })
            {
                return;
            }

            _finishSubscribed = null;
            _subscriber.UnsubscribeAsync(_keys.Finished, _onFinished, CommandFlags.FireAndForget);
        }
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>The waits for one flow's end in progress, and the signal its announced end completes.</summary>
    internal sealed class FinishWait
    {
        public FinishWait(string id) => Id = id;

        public string Id { get; }

        /// <summary>Completed when the flow's end is announced.</summary>
        public Task Signal => Completion.Task;

        internal TaskCompletionSource Completion { get; } = NewSignal();

        internal int Waiters { get; set; }
    }
}
