using Flowmetal.Storage;
using Flowmetal.Worker;

namespace Flowmetal.Worker.Containment;

/// <summary>
/// A flow this worker holds (claimed, running, or waiting for a write of it to be acknowledged), shared by the threads
/// that run it and the thread renewing its lease: the renewal thread marks the lease lost; the step then stores nothing
/// more, and the loss is logged once.
/// </summary>
internal sealed class RunningFlow
{
    private int _lost;
    private int _lossLogged;
    private int _left;
    private long _leaseSureUntil = long.MaxValue;

    public RunningFlow(FlowLease lease) => Lease = lease;

    public FlowLease Lease { get; }

    /// <summary>Where the flow stands between runs on the worker's threads; null until it was loaded.</summary>
    public FlowProgress? Progress { get; set; }

    /// <summary>
    /// Until when (<see cref="Environment.TickCount64"/>) the lease surely lasts: its claim or last renewal was sent before
    /// then minus the lease's duration. A flow whose lease surely lasts is not claimable, so a claim need not name it.
    /// </summary>
    public long LeaseSureUntil => Volatile.Read(ref _leaseSureUntil);

    /// <summary>The lease was taken or renewed by a call sent at <paramref name="sentAt"/> for <paramref name="duration"/>.</summary>
    public void LeaseHeld(long sentAt, TimeSpan duration) => Volatile.Write(ref _leaseSureUntil, sentAt + (long)duration.TotalMilliseconds);

    /// <summary>True once the store said the lease is no longer held (another worker claimed the flow, or it finished).</summary>
    public bool Lost => Volatile.Read(ref _lost) == 1;

    public void MarkLost() => Volatile.Write(ref _lost, 1);

    /// <summary>True once the step stored the flow's end or a release: the flow is the store's (any worker's) again, though this worker still winds it down.</summary>
    public bool Left => Volatile.Read(ref _left) == 1;

    public void MarkLeft() => Volatile.Write(ref _left, 1);

    /// <summary>The slot the flow holds in its worker (<see cref="FlowSlots"/>, under whose gate it changes).</summary>
    public FlowSlot Slot { get; set; } = FlowSlot.Claim;

    /// <summary>True the first time only: whoever finds the loss first logs it.</summary>
    public bool TakeLossToLog() => Interlocked.Exchange(ref _lossLogged, 1) == 0;
}
