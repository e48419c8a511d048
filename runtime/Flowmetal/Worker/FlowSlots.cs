using Flowmetal.Worker.Containment;

namespace Flowmetal.Worker;

/// <summary>
/// What a worker may hold, in slots. A claim slot for each flow running or ready on the worker's threads
/// (<see cref="FlowWorkerOptions.MaxConcurrentFlows"/> + <see cref="FlowWorkerOptions.ClaimAhead"/> of them): the claim
/// loop claims only into free ones. A write slot for each flow whose write is in flight (a bounded number): such a flow
/// takes no thread, and holding its claim slot meanwhile left the threads idle while its write travelled (with as many
/// flows held as threads, a worker had at most that many writes in flight for the store to group).
/// <para>
/// A flow trades its claim slot for a write slot when its write goes in flight (while write slots last), and back when
/// the write is acknowledged. When no claim slot is free then, the flow runs on all the same (it is under way: its frames
/// are here) and owes one: the next claim slot given back pays the debt instead of freeing a claim, so the claim loop
/// claims only while fewer flows than claim slots are running or ready.
/// </para>
/// <para>
/// Invariant, under the gate: free claim slots + flows holding a claim slot + (flows owing one - debts unpaid) = the
/// number of claim slots, and debts unpaid are 0 whenever a claim slot is free. Each flow's trades happen in order
/// (in flight, on its thread, before the write's continuation is registered; acknowledged, in that continuation; left,
/// on a thread that took it from the queue), so a flow's own slot needs no synchronization beyond the gate.
/// </para>
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001", Justification = "Its semaphore never allocates a wait handle (AvailableWaitHandle is not used), so it holds nothing to dispose.")]
internal sealed class FlowSlots
{
    private readonly object _gate = new();
    private readonly SemaphoreSlim _freeClaims;
    private int _freeWrites;
    private int _unpaid;

    /// <param name="claims">Flows running or ready at most (before debts).</param>
    /// <param name="writes">Flows whose write is in flight at most, beyond the claims.</param>
    public FlowSlots(int claims, int writes)
    {
        Claims = claims;
        _freeClaims = new SemaphoreSlim(claims, claims);
        _freeWrites = writes;
    }

    /// <summary>The number of claim slots.</summary>
    public int Claims { get; }

    /// <summary>Free claim slots (for tests).</summary>
    public int FreeClaims => _freeClaims.CurrentCount;

    /// <summary>Free write slots (for tests).</summary>
    public int FreeWrites
    {
        get
        {
            lock (_gate)
            {
                return _freeWrites;
            }
        }
    }

    /// <summary>Claim slots owed by flows that came back when none was free, not yet paid (for tests).</summary>
    public int Unpaid
    {
        get
        {
            lock (_gate)
            {
                return _unpaid;
            }
        }
    }

    /// <summary>Waits for one free claim slot and takes it.</summary>
    public Task TakeClaimAsync(CancellationToken cancellationToken) => _freeClaims.WaitAsync(cancellationToken);

    /// <summary>Takes a free claim slot if there is one, without waiting.</summary>
    public bool TryTakeClaim() => _freeClaims.Wait(0);

    /// <summary>Gives back claim slots taken and not used (a claim found fewer flows).</summary>
    public void ReturnClaims(int count)
    {
        lock (_gate)
        {
            for (int i = 0; i < count; i++)
            {
                ReleaseClaimLocked();
            }
        }
    }

    /// <summary>The flow's write went in flight: its claim slot is traded for a write slot, if one is free.</summary>
    public void InFlight(RunningFlow flow)
    {
        lock (_gate)
        {
            if (flow.Slot is not (FlowSlot.Claim or FlowSlot.Owed) || _freeWrites == 0)
            {
                return;
            }

            _freeWrites--;
            ReleaseClaimLocked();
            flow.Slot = FlowSlot.Write;
        }
    }

    /// <summary>The flow's write was acknowledged: it is ready for a thread again and takes a claim slot, or owes one.</summary>
    public void Acknowledged(RunningFlow flow)
    {
        lock (_gate)
        {
            if (flow.Slot != FlowSlot.Write)
            {
                return;
            }

            _freeWrites++;
            if (_freeClaims.Wait(0))
            {
                flow.Slot = FlowSlot.Claim;
            }
            else
            {
                _unpaid++;
                flow.Slot = FlowSlot.Owed;
            }
        }
    }

    /// <summary>The flow left the worker: whatever slot it holds is given back.</summary>
    public void Left(RunningFlow flow)
    {
        lock (_gate)
        {
            switch (flow.Slot)
            {
                case FlowSlot.Claim or FlowSlot.Owed:
                    ReleaseClaimLocked();
                    break;
                case FlowSlot.Write:
                    _freeWrites++;
                    break;
            }

            flow.Slot = FlowSlot.None;
        }
    }

    // A claim slot given back pays a debt first: a flow that came back over the limit is running, so the limit is reached
    // until one fewer runs. Releasing an owed slot is the same move: its own debt, or one paid for it, cancels.
    private void ReleaseClaimLocked()
    {
        if (_unpaid > 0)
        {
            _unpaid--;
        }
        else
        {
            _freeClaims.Release();
        }
    }
}

/// <summary>
/// How a flow whose write is in flight leaves its thread and comes back (<see cref="StepRunner.Run"/>): in flight is called
/// on the flow's thread before the write's continuation is registered; acknowledged, in that continuation (on whatever
/// thread completed the write: it must only queue the flow).
/// </summary>
internal sealed record WriteHandOff(Action<RunningFlow> InFlight, Action<RunningFlow> Acknowledged);

/// <summary>The slot a flow holds in its worker (<see cref="FlowSlots"/>).</summary>
internal enum FlowSlot
{
    /// <summary>None: the flow left.</summary>
    None,

    /// <summary>A claim slot: the flow is claimed, ready or running.</summary>
    Claim,

    /// <summary>A write slot: the flow's write is in flight.</summary>
    Write,

    /// <summary>A claim slot it owes: the flow came back when none was free, and runs over the limit until one is given back.</summary>
    Owed,
}
