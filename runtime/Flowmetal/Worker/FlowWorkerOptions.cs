using Flowmetal.Serialization;
using Microsoft.Extensions.Logging;

namespace Flowmetal.Worker;

/// <summary>
/// Options of a <see cref="FlowWorker"/>, whether made directly or by a host's
/// <c>AddFlowmetalWorker(name, w => ...)</c>. A worker copies them when it is made: changing them afterwards
/// does not change a running worker.
/// </summary>
public sealed class FlowWorkerOptions
{
    /// <summary>Identifies the worker in leases and <see cref="FlowInfo.Worker"/>; by default machine name, process id and a random suffix.</summary>
    public string? WorkerId { get; set; }

    /// <summary>
    /// How many flows run at once: the number of the worker's own threads that run them (flows run synchronously). A flow
    /// whose write (a checkpoint, its end) is in flight takes no thread: the thread runs another ready flow meanwhile, and
    /// any thread runs the flow on once the store acknowledges the write. The worker claims flows while it holds fewer than
    /// <see cref="MaxConcurrentFlows"/> + <see cref="ClaimAhead"/> (running or ready); flows whose write is in flight are
    /// held besides, up to 16 per thread (at least 64), so that the threads go on with other flows while the store groups
    /// the writes. Default: 2 per processor, at least 4.
    /// </summary>
    public int MaxConcurrentFlows { get; set; } = Math.Max(4, Environment.ProcessorCount * 2);

    /// <summary>
    /// How many flows the worker may claim beyond <see cref="MaxConcurrentFlows"/>: flows claimed before a thread is free to
    /// run them, so that a thread that finishes a flow finds the next one already claimed instead of waiting for a round
    /// trip to the store. Held flows are renewed like running ones; a worker stopping hands those not started back unrun.
    /// Higher values raise the throughput of many short flows (on 2 cores, 2 threads with 256 ahead ran about twice the
    /// short flows per second of the defaults) and delay a claimed flow while the threads are busy with long steps, when
    /// another worker might have run it. Default: 0.
    /// </summary>
    public int ClaimAhead { get; set; }

    /// <summary>
    /// How long a claim on a flow lasts unless renewed (the worker renews it at a third of this while the
    /// flow runs). After a worker dies, its flows are resumed elsewhere once this has passed. Default: 30 s.
    /// </summary>
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// The longest an idle worker waits before looking for work again, should a notification be missed.
    /// Stores wake idle workers as soon as a flow becomes runnable. Default: 1 s.
    /// </summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// When the worker stops, how long running flows get to reach their next suspension point (where they
    /// are stored and released for any worker). Flows still running after it have their leases released,
    /// so another worker resumes them from their last checkpoint at once. Default: 10 s.
    /// </summary>
    public TimeSpan ShutdownGracePeriod { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// How many times the worker attempts one step of a flow before it ends the flow failed with a
    /// <see cref="FlowAttemptsExhaustedException"/> naming the last attempt's error. An attempt counts when its
    /// worker died or lost the lease during it, or when the flow's state could not be loaded or stored for a reason
    /// that may pass (the store failed, memory ran out, an unexpected exception). A cancellation ends the flow at once.
    /// Damage that cannot pass (a continuation that cannot be read, a changed method) fails the flow at the first attempt.
    /// Default: 5.
    /// </summary>
    public int MaxStepAttempts { get; set; } = 5;

    /// <summary>
    /// How long a flow waits after its first failed attempt before the next; each further failure doubles it, up to
    /// <see cref="MaxStepRetryBackoff"/>. Default: 1 s.
    /// </summary>
    public TimeSpan StepRetryBackoff { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest wait between two attempts at a step. Default: 1 min.</summary>
    public TimeSpan MaxStepRetryBackoff { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// The largest continuation (a suspended flow's serialized stack) the worker stores. A suspension whose state is
    /// larger fails inside the flow, at the suspension point, with a <see cref="FlowSerializationException"/> naming the
    /// largest locals, which the flow may catch. Default: 4 MiB.
    /// </summary>
    public int MaxContinuationBytes { get; set; } = 4 * 1024 * 1024;

    /// <summary>Types continuations and payloads may hold besides the default allow list (the same on every client and worker).</summary>
    public FlowSerializationOptions Serialization { get; set; } = FlowSerializationOptions.Default;

    /// <summary>
    /// What to do with a flow whose stored stack this build cannot resume (see <see cref="IncompatibleFlowHandling"/>).
    /// Default: <see cref="IncompatibleFlowHandling.Wait"/>, for a worker of the build that stored it.
    /// </summary>
    public IncompatibleFlowHandling IncompatibleFlows { get; set; } = IncompatibleFlowHandling.Wait;

    /// <summary>
    /// How long a flow left for another build stays out of reach before a worker looks at it again (any worker: one of
    /// the build it needs then resumes it); each further time it is left, twice as long, up to
    /// <see cref="MaxIncompatibleFlowRecheck"/>. Default: 5 seconds.
    /// </summary>
    public TimeSpan IncompatibleFlowRecheck { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// True for the workers of an old build kept running beside a new one to drain the old build's flows: they resume
    /// flows that already ran and leave flows that have not started yet for other workers (the attempt is not counted),
    /// so new flows start on the new build. Default: false.
    /// </summary>
    public bool DrainOnly { get; set; }

    /// <summary>
    /// The longest a flow left for another build stays out of reach, however often it was left: how long a worker of
    /// the build it needs may take to find it once started. Default: 1 minute.
    /// </summary>
    public TimeSpan MaxIncompatibleFlowRecheck { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Where the worker logs claims lost, flows failed to load, and store errors. Default: nowhere.</summary>
    public ILogger? Logger { get; set; }

    /// <summary>The wait before attempt <paramref name="attempt"/> + 1 after attempt <paramref name="attempt"/> (1-based) failed.</summary>
    internal TimeSpan BackoffAfter(int attempt)
    {
        double ticks = StepRetryBackoff.Ticks * Math.Pow(2, Math.Clamp(attempt - 1, 0, 30));
        return ticks >= MaxStepRetryBackoff.Ticks ? MaxStepRetryBackoff : TimeSpan.FromTicks((long)ticks);
    }

    /// <summary>A copy, so that a running worker is not changed by later edits of the options it was given.</summary>
    internal FlowWorkerOptions Clone() => (FlowWorkerOptions)MemberwiseClone();

    /// <summary>Throws when <see cref="Problems"/> finds any, naming every one.</summary>
    /// <exception cref="ArgumentException">An option is out of its range.</exception>
    internal void Validate()
    {
        var problems = Problems().ToList();
        if (problems.Count > 0)
        {
            throw new ArgumentException("The worker's options are not valid: " + string.Join(" ", problems));
        }
    }

    /// <summary>Each option out of its range, as "Option is value; why", for <see cref="Validate"/> and the host's validator.</summary>
    internal IEnumerable<string> Problems()
    {
        if (MaxConcurrentFlows < 1)
        {
            yield return $"{nameof(MaxConcurrentFlows)} is {MaxConcurrentFlows}; a worker runs at least 1 flow at a time.";
        }

        if (LeaseDuration < TimeSpan.FromMilliseconds(100))
        {
            yield return $"{nameof(LeaseDuration)} is {LeaseDuration}; leases shorter than 100 ms cannot be renewed in time.";
        }

        if (PollInterval <= TimeSpan.Zero)
        {
            yield return $"{nameof(PollInterval)} is {PollInterval}; it must be positive.";
        }

        if (ShutdownGracePeriod < TimeSpan.Zero)
        {
            yield return $"{nameof(ShutdownGracePeriod)} is {ShutdownGracePeriod}; it cannot be negative.";
        }

        if (ClaimAhead < 0)
        {
            yield return $"{nameof(ClaimAhead)} is {ClaimAhead}; it cannot be negative.";
        }

        if (MaxStepAttempts < 1)
        {
            yield return $"{nameof(MaxStepAttempts)} is {MaxStepAttempts}; a step is attempted at least once.";
        }

        if (StepRetryBackoff < TimeSpan.Zero || MaxStepRetryBackoff < StepRetryBackoff)
        {
            yield return $"{nameof(StepRetryBackoff)} ({StepRetryBackoff}) must be between zero and {nameof(MaxStepRetryBackoff)} ({MaxStepRetryBackoff}).";
        }

        if (MaxContinuationBytes < 1024)
        {
            yield return $"{nameof(MaxContinuationBytes)} is {MaxContinuationBytes}; a continuation may take at least 1,024 bytes.";
        }

        if (WorkerId is { Length: 0 })
        {
            yield return $"{nameof(WorkerId)} is empty; leave it null for a generated one.";
        }

        if (Serialization is null)
        {
            yield return $"{nameof(Serialization)} is null; leave it at {nameof(FlowSerializationOptions)}.{nameof(FlowSerializationOptions.Default)} for the default allow list.";
        }

        if (IncompatibleFlowRecheck <= TimeSpan.Zero || MaxIncompatibleFlowRecheck < IncompatibleFlowRecheck)
        {
            yield return $"{nameof(IncompatibleFlowRecheck)} is {IncompatibleFlowRecheck}; it must be positive and at most {nameof(MaxIncompatibleFlowRecheck)} ({MaxIncompatibleFlowRecheck}).";
        }

        if (!Enum.IsDefined(IncompatibleFlows))
        {
            yield return $"{nameof(IncompatibleFlows)} is {IncompatibleFlows}; it must be {nameof(IncompatibleFlowHandling.Wait)} or {nameof(IncompatibleFlowHandling.Fail)}.";
        }
    }
}
