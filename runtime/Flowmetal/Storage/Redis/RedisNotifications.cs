using StackExchange.Redis;

namespace Flowmetal.Storage.Redis;

/// <summary>
/// Pub/sub wake-ups: idle workers wait on the wake channel, clients on the finished channel. A
/// notification only shortens a wait; every waiter looks at the store itself, so a missed message
/// costs at most one poll interval. Subscribed on first use.
/// </summary>
internal sealed class RedisNotifications : IDisposable
{
    private readonly ISubscriber _subscriber;
    private readonly RedisKeys _keys;
    private readonly object _gate = new();
    private readonly Dictionary<string, TaskCompletionSource> _finished = new(StringComparer.Ordinal);
    private TaskCompletionSource _wake = NewSignal();
    private Task? _wakeSubscribed;
    private Task? _finishSubscribed;

    public RedisNotifications(ISubscriber subscriber, RedisKeys keys)
    {
        _subscriber = subscriber;
        _keys = keys;
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

    /// <summary>A task completed when <paramref name="id"/> is announced finished (get it before looking at the store).</summary>
    public async Task<Task> NextFinishAsync(FlowId id)
    {
        // Only processes that wait for flows listen to every flow's end (a worker does not).
        await Subscribed(ref _finishSubscribed, () => _subscriber.SubscribeAsync(_keys.Finished, (_, id) => Finished((string?)id))).ConfigureAwait(false);
        lock (_gate)
        {
            if (!_finished.TryGetValue(id.Value, out var signal))
            {
                _finished[id.Value] = signal = NewSignal();
            }

            return signal.Task;
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
        if (_wakeSubscribed is { IsCompletedSuccessfully: true })
        {
            _subscriber.Unsubscribe(_keys.Wake);
        }

        if (_finishSubscribed is { IsCompletedSuccessfully: true })
        {
            _subscriber.Unsubscribe(_keys.Finished);
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

        TaskCompletionSource? signal;
        lock (_gate)
        {
            if (_finished.Remove(id, out signal) is false)
            {
                return;
            }
        }

        signal!.TrySetResult();
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
