namespace Flowmetal;

/// <summary>Where a flow is in its life.</summary>
public enum FlowStatus
{
    /// <summary>Started or checkpointed, waiting for a worker to run it.</summary>
    Pending = 0,

    /// <summary>A worker holds its lease and runs it.</summary>
    Running = 1,

    /// <summary>Suspended until a signal arrives or a timer is due (see <see cref="FlowInfo.Wait"/>).</summary>
    Waiting = 2,

    /// <summary>Its entry method returned; the result is stored.</summary>
    Completed = 3,

    /// <summary>An exception escaped its entry method, or it could not be resumed; the error is stored.</summary>
    Failed = 4,

    /// <summary>Cancelled before it finished.</summary>
    Cancelled = 5,
}
