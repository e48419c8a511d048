using Flowmetal.Execution;
using Flowmetal.Storage;

namespace Flowmetal.Worker;

/// <summary>
/// Where a held flow stands between two runs on a worker's threads: its entry call, the frames it last suspended with
/// (kept live, so that it runs on without deserializing them), and the write of it that is in flight. A flow whose save
/// or end the store has not acknowledged yet waits as this object, not as a parked thread; once acknowledged, any of the
/// worker's threads takes it up.
/// </summary>
internal sealed class FlowProgress
{
    public FlowProgress(EntryCall entry, StepHost host, Continuation? continuation)
    {
        Entry = entry;
        Host = host;
        Continuation = continuation;
    }

    public EntryCall Entry { get; }

    public StepHost Host { get; }

    /// <summary>The frames the flow resumes from; null before its first suspension.</summary>
    public Continuation? Continuation { get; set; }

    /// <summary>Suspensions refused one after another (a value that cannot be stored, each thrown in the flow).</summary>
    public int RefusedInARow { get; set; }

    /// <summary>The save in flight, with what it stored; null when none is.</summary>
    public (Task<FlowSaveResult> Write, FlowSave Save, SuspensionRequest Request)? PendingSave { get; set; }

    /// <summary>The end (result, failure, cancellation) in flight, with what to record once it is acknowledged; null when none is.</summary>
    public (Task<bool> Write, Action Ended)? PendingEnd { get; set; }
}
