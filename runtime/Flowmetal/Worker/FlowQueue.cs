using Flowmetal.Worker.Containment;

namespace Flowmetal.Worker;

/// <summary>
/// The claimed flows waiting for one of a worker's threads, first in first out. A thread with nothing to run blocks on
/// a monitor at once: a <see cref="System.Collections.Concurrent.BlockingCollection{T}"/> waits on a SemaphoreSlim,
/// which spins and yields the processor first, and on a small machine that spinning took CPU from Redis and from the
/// running flows (a sixth of a busy worker's time, measured with perf on 2 cores).
/// </summary>
internal sealed class FlowQueue
{
    private readonly Queue<RunningFlow> _flows = new();
    private bool _completed;

    /// <summary>Hands a flow to the next free thread.</summary>
    public void Add(RunningFlow flow)
    {
        lock (_flows)
        {
            if (_completed)
            {
                throw new InvalidOperationException("The worker is stopping: it takes no more flows.");
            }

            _flows.Enqueue(flow);
            Monitor.Pulse(_flows);
        }
    }

    /// <summary>No more flows come: each thread takes what is left, then stops.</summary>
    public void CompleteAdding()
    {
        lock (_flows)
        {
            _completed = true;
            Monitor.PulseAll(_flows);
        }
    }

    /// <summary>The next flow, waiting for one; false once the queue is complete and empty.</summary>
    public bool TryTake(out RunningFlow flow)
    {
        lock (_flows)
        {
            while (_flows.Count == 0)
            {
                if (_completed)
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
