using System.Collections.Concurrent;
using Flowmetal.Serialization;
using Flowmetal.Storage;
using Flowmetal.Worker.Containment;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Flowmetal.Worker;

/// <summary>
/// Claims runnable flows from a store and runs them until they suspend, complete or fail. Any
/// number of workers, in any number of processes, can share a store; a flow whose worker dies is
/// resumed by another from its last checkpoint once the lease expires. Flows run synchronously on the
/// worker's own threads, never on the thread pool. A flow whose write (a checkpoint, its end) is in flight
/// holds no thread: the thread goes on to the next ready flow, and any thread runs the flow on from its live frames
/// once the store acknowledges the write.
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
    private readonly ConcurrentDictionary<FlowId, RunningFlow> _running = new();
    private readonly FlowSlots _slots;
    private readonly ILogger _logger;
    private volatile bool _stopping;
    private int _started;

    /// <summary>Creates a worker of <paramref name="store"/>.</summary>
    /// <param name="store">Where the flows live.</param>
    /// <param name="options">Options, or <see langword="null"/> for the defaults.</param>
    public FlowWorker(IFlowStore store, FlowWorkerOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        _store = store;
        _options = options?.Clone() ?? new FlowWorkerOptions();
        _options.Validate();
        WorkerId = _options.WorkerId ?? $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid().ToString("N")[..6]}";
        _logger = _options.Logger ?? NullLogger.Instance;
        _runner = new StepRunner(store, new ContinuationSerializer(_options.Serialization), _options, _logger);
        _slots = new FlowSlots(_options.MaxConcurrentFlows + _options.ClaimAhead, WriteSlots(_options));
    }

    /// <summary>
    /// How many flows whose write is in flight the worker holds beyond its claims (<see cref="FlowSlots"/>): bounded, so
    /// that a slow store does not let a worker take ever more flows: 16 per thread, at least 64.
    /// </summary>
    internal static int WriteSlots(FlowWorkerOptions options) => Math.Max(64, options.MaxConcurrentFlows * 16);

    /// <summary>Identifies this worker in leases and <see cref="FlowInfo.Worker"/>.</summary>
    public string WorkerId { get; }

    /// <summary>
    /// Runs until <paramref name="cancellationToken"/> is cancelled. Then it claims nothing more, hands back
    /// the flows claimed but not started, lets each flow it holds reach its next suspension (where it is stored
    /// and released for any worker) or its end, and its writes in flight be acknowledged, within
    /// <see cref="FlowWorkerOptions.ShutdownGracePeriod"/>; it releases the leases of the flows still held
    /// after it (another worker resumes them from their last checkpoint at once), and returns.
    /// </summary>
    /// <param name="cancellationToken">Stops the worker.</param>
    /// <returns>A task that completes once the worker has stopped.</returns>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        if (Interlocked.Exchange(ref _started, 1) != 0)
        {
            throw new InvalidOperationException("This FlowWorker is already running: create one worker per RunAsync.");
        }

        var queue = new FlowQueue();
        var threads = Enumerable.Range(0, _options.MaxConcurrentFlows).Select(i => StartThread(queue, i)).ToArray();

        // Not stopped by the caller's token: leases are renewed while running flows finish during the grace period.
        using var renewer = new LeaseRenewer(_store, _running, _options.LeaseDuration, WorkerId, _logger);
        renewer.Start();
        try
        {
            await ClaimLoopAsync(queue, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _stopping = true;
            queue.CompleteAdding();
            WorkerLog.Stopping(_logger, WorkerId, _running.Count, _options.ShutdownGracePeriod);
            var all = Task.WhenAll(threads);
            bool drained = await Task.WhenAny(all, Task.Delay(_options.ShutdownGracePeriod, CancellationToken.None)).ConfigureAwait(false) == all;
            renewer.Stop();
            if (!drained)
            {
                // Flows that did not reach a suspension in time keep running on their threads (a thread
                // cannot be stopped safely), or wait for their writes, but their leases go: another worker claims
                // them now, and the fencing token refuses whatever this worker still tries to store of them.
                foreach (var flow in _running.Values)
                {
                    await ReleaseAsync(flow.Lease).ConfigureAwait(false);
                    WorkerLog.Abandoned(_logger, WorkerId, flow.Lease.Id, flow.Lease.EntryMethod);
                }
            }

            WorkerLog.Stopped(_logger, WorkerId);
        }
    }

    private async Task ReleaseAsync(FlowLease lease)
    {
        try
        {
            // A lease renewed for no time ends now: the flow is claimable at once.
            await _store.RenewAsync(lease, TimeSpan.Zero, CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception error)
        {
            WorkerLog.ReleaseFailed(_logger, error, WorkerId, lease.Id, lease.EntryMethod);
        }
    }

    private async Task HandBackAsync(FlowLease lease)
    {
        try
        {
            await _store.HandBackAsync(lease, CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception error)
        {
            WorkerLog.ReleaseFailed(_logger, error, WorkerId, lease.Id, lease.EntryMethod);
        }
    }

    private async Task ClaimLoopAsync(FlowQueue queue, CancellationToken cancellationToken)
    {
        var backoff = TimeSpan.FromMilliseconds(50);
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                await _slots.TakeClaimAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            int free = 1;
            while (free < _slots.Claims && _slots.TryTakeClaim())
            {
                free++;
            }

            IReadOnlyList<FlowLease> leases;
            long sentAt = Environment.TickCount64;
            try
            {
                // Never the flows this worker still holds (a lease may lapse under a long step): one claim per flow at a time.
                // Only those whose lease may be near its end can be claimed; naming every held flow would cost the store
                // work in proportion to the flows held, at every claim.
                long unsure = sentAt + ((long)_options.LeaseDuration.TotalMilliseconds / 2);
                leases = await _store.ClaimAsync(
                    new FlowClaimRequest
                    {
                        WorkerId = WorkerId,
                        MaxCount = free,
                        LeaseDuration = _options.LeaseDuration,
                        Running = _running.Values.Where(f => !f.Left && f.LeaseSureUntil < unsure).Select(f => f.Lease.Id).ToArray(),
                        MaxContinuationBytes = _options.MaxContinuationBytes,
                    },
                    cancellationToken).ConfigureAwait(false);
                backoff = TimeSpan.FromMilliseconds(50);
            }
            catch (Exception error) when (error is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                _slots.ReturnClaims(free);
                WorkerLog.ClaimFailed(_logger, error, WorkerId, backoff);
                await DelayQuietly(backoff, cancellationToken).ConfigureAwait(false);
                backoff = TimeSpan.FromTicks(Math.Min(backoff.Ticks * 2, TimeSpan.FromSeconds(5).Ticks));
                continue;
            }
            catch (OperationCanceledException)
            {
                _slots.ReturnClaims(free);
                return;
            }

            if (leases.Count < free)
            {
                _slots.ReturnClaims(free - leases.Count);
            }

            foreach (var lease in leases)
            {
                var flow = new RunningFlow(lease);
                flow.LeaseHeld(sentAt, _options.LeaseDuration);
                _running[lease.Id] = flow;
                queue.Claimed(flow);
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
                    WorkerLog.WaitFailed(_logger, error, WorkerId);
                    await DelayQuietly(backoff, cancellationToken).ConfigureAwait(false);
                }
            }
        }
    }

    private Task StartThread(FlowQueue queue, int index)
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var handOff = new WriteHandOff(_slots.InFlight, flow =>
        {
            _slots.Acknowledged(flow);
            queue.Ready(flow);
        });
        var thread = new Thread(() =>
        {
            try
            {
                while (queue.TryTake(out var flow))
                {
                    bool left = true;
                    try
                    {
                        if (_stopping && flow.Progress is null)
                        {
                            // Claimed but not started before the worker began to stop: hand it back unrun, its attempt given back.
                            HandBackAsync(flow.Lease).GetAwaiter().GetResult();
                            continue;
                        }

                        left = _runner.Run(flow, () => _stopping, handOff);
                    }
                    catch (Exception error)
                    {
                        // The store failed even to end the attempt: the lease expires, and the next claim counts the attempt.
                        WorkerLog.StepDropped(_logger, error, WorkerId, flow.Lease.Id, flow.Lease.EntryMethod);
                    }
                    finally
                    {
                        // A flow whose write is in flight stays held (renewed; in a write slot, or its claim's) until it leaves.
                        if (left)
                        {
                            _running.TryRemove(new KeyValuePair<FlowId, RunningFlow>(flow.Lease.Id, flow));
                            _slots.Left(flow);
                            queue.Left();
                        }
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
