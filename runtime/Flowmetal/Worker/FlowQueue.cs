using Flowmetal.Worker.Containment;

namespace Flowmetal.Worker;

/// <summary>
/// The flows ready for one of a worker's threads, first in first out: those just claimed, and those whose write was just
/// acknowledged. It also counts the flows the worker holds, so that a stopping worker's threads stop only once none is
/// left (a flow whose write is in flight comes back here when it is acknowledged). A thread with nothing to run blocks on
/// a monitor at once: a <see cref="System.Collections.Concurrent.BlockingCollection{T}"/> waits on a SemaphoreSlim,
/// which spins and yields the processor first, and on a small machine that spinning took CPU from Redis and from the
/// running flows (a sixth of a busy worker's time, measured with perf on 2 cores).
/// </summary>
internal sealed class FlowQueue
{
    private readonly Queue<RunningFlow> _flows = new();
    private int _held;
    private bool _completed;

    /// <summary>A flow just claimed: held until <see cref="Left"/>, and ready for the next free thread.</summary>
    public void Claimed(RunningFlow flow)
    {
        lock (_flows)
        {
            _held++;
            _flows.Enqueue(flow);
            Monitor.Pulse(_flows);
        }
    }

    /// <summary>A held flow whose write was acknowledged: ready for the next free thread. Only queues it (it may be called on the thread that sent the write).</summary>
    public void Ready(RunningFlow flow)
    {
        lock (_flows)
        {
            _flows.Enqueue(flow);
            Monitor.Pulse(_flows);
        }
    }

    /// <summary>A held flow left the worker: ended, released, waiting elsewhere, or dropped.</summary>
    public void Left()
    {
        lock (_flows)
        {
            if (--_held == 0 && _completed)
            {
                Monitor.PulseAll(_flows);
            }
        }
    }

    /// <summary>No more flows are claimed: the threads take what is ready and what comes back, and stop once none is held.</summary>
    public void CompleteAdding()
    {
        lock (_flows)
        {
            _completed = true;
            Monitor.PulseAll(_flows);
        }
    }

    /// <summary>The next ready flow, waiting for one; false once no more are claimed and none is held.</summary>
    public bool TryTake(out RunningFlow flow)
    {
        lock (_flows)
        {
            while (_flows.Count == 0)
            {
                if (_completed && _held == 0)
                {
                    flow = null!;
                    return false;
                }

                Monitor.Wait(_flows);
            }

            flow = _flows.Dequeue();
            return true;
        }
    }
}
