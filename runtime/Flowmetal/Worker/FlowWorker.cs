using System.Collections.Concurrent;
using Flowmetal.Serialization;
using Flowmetal.Storage;
using Microsoft.Extensions.Logging;

namespace Flowmetal.Worker;

/// <summary>
/// Claims runnable flows from a store and runs them until they suspend, complete or fail. Any
/// number of workers, in any number of processes, can share a store; a flow whose worker dies is
/// resumed by another from its last checkpoint once the lease expires. Flows run synchronously,
/// each on one of the worker's own threads, never on the thread pool.
/// </summary>
/// <example>
/// <code>
/// await new FlowWorker(store).RunAsync(stoppingToken);
/// </code>
/// </example>
public sealed class FlowWorker
{
    private readonly IFlowStore _store;
    private readonly FlowWorkerOptions _options;
    private readonly StepRunner _runner;
    private readonly ConcurrentDictionary<FlowLease, byte> _running = new();
    private readonly SemaphoreSlim _freeSlots;
    private volatile bool _stopping;
    private int _started;

    /// <summary>Creates a worker of <paramref name="store"/>.</summary>
    /// <param name="store">Where the flows live.</param>
    /// <param name="options">Options, or <see langword="null"/> for the defaults.</param>
    public FlowWorker(IFlowStore store, FlowWorkerOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        _store = store;
        _options = options ?? new FlowWorkerOptions();
        _options.Validate();
        WorkerId = _options.WorkerId ?? $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid().ToString("N")[..6]}";
        _runner = new StepRunner(store, new ContinuationSerializer(_options.Serialization), _options.Logger);
        _freeSlots = new SemaphoreSlim(_options.MaxConcurrentFlows, _options.MaxConcurrentFlows);
    }

    /// <summary>Identifies this worker in leases and <see cref="FlowInfo.Worker"/>.</summary>
    public string WorkerId { get; }

    /// <summary>
    /// Runs until <paramref name="cancellationToken"/> is cancelled. Then it claims nothing more, lets
    /// each running flow reach its next suspension (where it is stored and released for any worker),
    /// and returns.
    /// </summary>
    /// <param name="cancellationToken">Stops the worker.</param>
    /// <returns>A task that completes once the worker has stopped.</returns>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        if (Interlocked.Exchange(ref _started, 1) != 0)
        {
            throw new InvalidOperationException("This FlowWorker is already running: create one worker per RunAsync.");
        }

        using var queue = new BlockingCollection<FlowLease>();
        var threads = Enumerable.Range(0, _options.MaxConcurrentFlows).Select(i => StartThread(queue, i)).ToArray();
        using var renewing = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var renewal = Task.Run(() => RenewLeasesAsync(renewing.Token), CancellationToken.None);
        try
        {
            await ClaimLoopAsync(queue, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _stopping = true;
            queue.CompleteAdding();
            await Task.WhenAll(threads).ConfigureAwait(false);
            await renewing.CancelAsync().ConfigureAwait(false);
            await renewal.ConfigureAwait(false);
        }
    }

    private async Task ClaimLoopAsync(BlockingCollection<FlowLease> queue, CancellationToken cancellationToken)
    {
        var backoff = TimeSpan.FromMilliseconds(50);
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                await _freeSlots.WaitAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            int free = 1;
            while (free < _options.MaxConcurrentFlows && _freeSlots.Wait(0))
            {
                free++;
            }

            IReadOnlyList<FlowLease> leases;
            try
            {
                leases = await _store.ClaimAsync(WorkerId, free, _options.LeaseDuration, cancellationToken).ConfigureAwait(false);
                backoff = TimeSpan.FromMilliseconds(50);
            }
            catch (Exception error) when (error is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                _freeSlots.Release(free);
                _options.Logger?.LogError(error, "Worker {WorkerId} could not claim flows; retrying in {Backoff}.", WorkerId, backoff);
                await DelayQuietly(backoff, cancellationToken).ConfigureAwait(false);
                backoff = TimeSpan.FromTicks(Math.Min(backoff.Ticks * 2, TimeSpan.FromSeconds(5).Ticks));
                continue;
            }
            catch (OperationCanceledException)
            {
                _freeSlots.Release(free);
                return;
            }

            if (leases.Count < free)
            {
                _freeSlots.Release(free - leases.Count);
            }

            foreach (var lease in leases)
            {
                _running[lease] = 0;
                queue.Add(lease, CancellationToken.None);
            }

            if (leases.Count == 0)
            {
                try
                {
                    await _store.WaitForWorkAsync(_options.PollInterval, cancellationToken).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
                catch (Exception error)
                {
                    _options.Logger?.LogError(error, "Worker {WorkerId} could not wait for work.", WorkerId);
                    await DelayQuietly(backoff, cancellationToken).ConfigureAwait(false);
                }
            }
        }
    }

    private Task StartThread(BlockingCollection<FlowLease> queue, int index)
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var thread = new Thread(() =>
        {
            try
            {
                foreach (var lease in queue.GetConsumingEnumerable())
                {
                    try
                    {
                        _runner.Run(lease, () => _stopping);
                    }
                    catch (Exception error)
                    {
                        // A store error mid-step: the lease expires and another worker runs the step again.
                        _options.Logger?.LogError(error, "Worker {WorkerId} dropped flow {FlowId} after a store error.", WorkerId, lease.Id);
                    }
                    finally
                    {
                        _running.TryRemove(lease, out _);
                        _freeSlots.Release();
                    }
                }
            }
            finally
            {
                done.TrySetResult();
            }
        })
        {
            IsBackground = true,
            Name = $"Flowmetal worker {index}",
        };
        thread.Start();
        return done.Task;
    }

    private async Task RenewLeasesAsync(CancellationToken cancellationToken)
    {
        var interval = _options.LeaseDuration / 3;
        while (!cancellationToken.IsCancellationRequested)
        {
            await DelayQuietly(interval, cancellationToken).ConfigureAwait(false);
            foreach (var lease in _running.Keys)
            {
                try
                {
                    if (!await _store.RenewAsync(lease, _options.LeaseDuration, CancellationToken.None).ConfigureAwait(false))
                    {
                        _running.TryRemove(lease, out _);
                    }
                }
                catch (Exception error)
                {
                    _options.Logger?.LogError(error, "Worker {WorkerId} could not renew the lease of flow {FlowId}.", WorkerId, lease.Id);
                }
            }
        }
    }

    private static async Task DelayQuietly(TimeSpan delay, CancellationToken cancellationToken)
    {
        try
        {
            await Task.Delay(delay, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
        }
    }
}
