using System.Collections.Concurrent;
using Flowmetal.Storage;
using Microsoft.Extensions.Logging;

namespace Flowmetal.Worker.Containment;

/// <summary>
/// Renews the leases of the flows a worker runs, every third of the lease, on a thread of its own at above-normal
/// priority, with the store's synchronous batch renewal: the flows' own threads, a starved thread pool or a step
/// that allocates heavily do not make a lease lapse (a garbage collection pauses this thread too, so the lease must
/// outlast the longest pause; a renewal a little late still holds while no other worker has claimed the flow).
/// </summary>
internal sealed class LeaseRenewer : IDisposable
{
    private readonly IFlowStore _store;
    private readonly ConcurrentDictionary<FlowId, RunningFlow> _running;
    private readonly TimeSpan _leaseDuration;
    private readonly ILogger _logger;
    private readonly string _workerId;
    private readonly ManualResetEventSlim _stop = new();
    private readonly Thread _thread;
    private bool _failing;

    public LeaseRenewer(IFlowStore store, ConcurrentDictionary<FlowId, RunningFlow> running, TimeSpan leaseDuration, string workerId, ILogger logger)
    {
        _store = store;
        _running = running;
        _leaseDuration = leaseDuration;
        _workerId = workerId;
        _logger = logger;
        _thread = new Thread(Run) { IsBackground = true, Name = "Flowmetal lease renewal", Priority = ThreadPriority.AboveNormal };
    }

    public void Start() => _thread.Start();

    /// <summary>Stops renewing and waits for the thread to end.</summary>
    public void Stop()
    {
        _stop.Set();
        if (_thread.IsAlive)
        {
            _thread.Join();
        }
    }

    public void Dispose()
    {
        Stop();
        _stop.Dispose();
    }

    private void Run()
    {
        var interval = _leaseDuration / 3;
        while (!_stop.Wait(interval))
        {
            RenewOnce();
        }
    }

    private void RenewOnce()
    {
        var flows = _running.Values.Where(f => !f.Lost && !f.Left).ToArray();
        if (flows.Length == 0)
        {
            return;
        }

        IReadOnlyList<bool> renewed;
        long sentAt = Environment.TickCount64;
        try
        {
            renewed = _store.RenewAll(flows.Select(f => f.Lease).ToArray(), _leaseDuration);
        }
        catch (Exception error)
        {
            // Logged once per run of failures: the store is down or slow, and every flow's next write will tell.
            if (!_failing)
            {
                _failing = true;
                WorkerLog.RenewFailed(_logger, error, _workerId, flows.Length, _leaseDuration);
            }

            return;
        }

        _failing = false;
        for (int i = 0; i < flows.Length; i++)
        {
            if (renewed[i])
            {
                flows[i].LeaseHeld(sentAt, _leaseDuration);
            }
            else
            {
                flows[i].MarkLost();
                if (flows[i].TakeLossToLog())
                {
                    WorkerLog.LeaseLost(_logger, flows[i].Lease.Id, flows[i].Lease.EntryMethod, flows[i].Lease.Token);
                }
            }
        }
    }
}
