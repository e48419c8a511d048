using Flowmetal.Serialization;
using Microsoft.Extensions.Logging;

namespace Flowmetal.Worker;

/// <summary>Options of a <see cref="FlowWorker"/>.</summary>
public sealed class FlowWorkerOptions
{
    /// <summary>Identifies the worker in leases and <see cref="FlowInfo.Worker"/>; by default machine name, process id and a random suffix.</summary>
    public string? WorkerId { get; init; }

    /// <summary>How many flows run at once, each on a thread of the worker's own (flows run synchronously). Default: 2 per processor, at least 4.</summary>
    public int MaxConcurrentFlows { get; init; } = Math.Max(4, Environment.ProcessorCount * 2);

    /// <summary>
    /// How many flows the worker may claim beyond those its threads run, so that a thread that finishes a flow finds the
    /// next one already claimed instead of waiting for a round trip to the store. Claims ahead are renewed like running
    /// ones; a worker stopping hands them back unrun. Higher values raise the throughput of many short flows and delay a
    /// claimed flow while the threads are busy with long steps. Default: 0.
    /// </summary>
    public int ClaimAhead { get; init; }

    /// <summary>
    /// How long a claim on a flow lasts unless renewed (the worker renews it at a third of this while the
    /// flow runs). After a worker dies, its flows are resumed elsewhere once this has passed. Default: 30 s.
    /// </summary>
    public TimeSpan LeaseDuration { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// The longest an idle worker waits before looking for work again, should a notification be missed.
    /// Stores wake idle workers as soon as a flow becomes runnable. Default: 1 s.
    /// </summary>
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// When the worker stops, how long running flows get to reach their next suspension point (where they
    /// are stored and released for any worker). Flows still running after it have their leases released,
    /// so another worker resumes them from their last checkpoint at once. Default: 10 s.
    /// </summary>
    public TimeSpan ShutdownGracePeriod { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// How many times the worker attempts one step of a flow before it ends the flow failed with a
    /// <see cref="FlowAttemptsExhaustedException"/> naming the last attempt's error. An attempt counts when its
    /// worker died or lost the lease during it, or when the flow's state could not be loaded or stored for a reason
    /// that may pass (the store failed, memory ran out, an unexpected exception). A cancellation ends the flow at once.
    /// Damage that cannot pass (a continuation that cannot be read, a changed method) fails the flow at the first attempt.
    /// Default: 5.
    /// </summary>
    public int MaxStepAttempts { get; init; } = 5;

    /// <summary>
    /// How long a flow waits after its first failed attempt before the next; each further failure doubles it, up to
    /// <see cref="MaxStepRetryBackoff"/>. Default: 1 s.
    /// </summary>
    public TimeSpan StepRetryBackoff { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest wait between two attempts at a step. Default: 1 min.</summary>
    public TimeSpan MaxStepRetryBackoff { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// The largest continuation (a suspended flow's serialized stack) the worker stores. A suspension whose state is
    /// larger fails inside the flow, at the suspension point, with a <see cref="FlowSerializationException"/> naming the
    /// largest locals, which the flow may catch. Default: 4 MiB.
    /// </summary>
    public int MaxContinuationBytes { get; init; } = 4 * 1024 * 1024;

    /// <summary>Types continuations and payloads may hold besides the default allow list (the same on every client and worker).</summary>
    public FlowSerializationOptions Serialization { get; init; } = FlowSerializationOptions.Default;

    /// <summary>
    /// What to do with a flow whose stored stack this build cannot resume (see <see cref="IncompatibleFlowHandling"/>).
    /// Default: <see cref="IncompatibleFlowHandling.Wait"/>, for a worker of the build that stored it.
    /// </summary>
    public IncompatibleFlowHandling IncompatibleFlows { get; init; } = IncompatibleFlowHandling.Wait;

    /// <summary>
    /// How long a flow left for another build stays out of reach before a worker looks at it again (any worker: one of
    /// the build it needs then resumes it). Default: 5 seconds.
    /// </summary>
    public TimeSpan IncompatibleFlowRecheck { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Where the worker logs claims lost, flows failed to load, and store errors. Default: nowhere.</summary>
    public ILogger? Logger { get; init; }

    /// <summary>The wait before attempt <paramref name="attempt"/> + 1 after attempt <paramref name="attempt"/> (1-based) failed.</summary>
    internal TimeSpan BackoffAfter(int attempt)
    {
        double ticks = StepRetryBackoff.Ticks * Math.Pow(2, Math.Clamp(attempt - 1, 0, 30));
        return ticks >= MaxStepRetryBackoff.Ticks ? MaxStepRetryBackoff : TimeSpan.FromTicks((long)ticks);
    }

    internal void Validate()
    {
        if (MaxConcurrentFlows < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxConcurrentFlows), MaxConcurrentFlows, "A worker runs at least one flow at a time.");
        }

        if (LeaseDuration < TimeSpan.FromMilliseconds(100))
        {
            throw new ArgumentOutOfRangeException(nameof(LeaseDuration), LeaseDuration, "Leases shorter than 100 ms cannot be renewed in time.");
        }

        if (PollInterval <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(PollInterval), PollInterval, "The poll interval must be positive.");
        }

        if (ShutdownGracePeriod < TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(ShutdownGracePeriod), ShutdownGracePeriod, "The shutdown grace period cannot be negative.");
        }

        if (ClaimAhead < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(ClaimAhead), ClaimAhead, "A worker cannot claim fewer than none ahead.");
        }

        if (MaxStepAttempts < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxStepAttempts), MaxStepAttempts, "A step is attempted at least once.");
        }

        if (StepRetryBackoff < TimeSpan.Zero || MaxStepRetryBackoff < StepRetryBackoff)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxStepRetryBackoff), MaxStepRetryBackoff, $"The step retry backoff must be between zero and {nameof(MaxStepRetryBackoff)} ({StepRetryBackoff} given).");
        }

        if (MaxContinuationBytes < 1024)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxContinuationBytes), MaxContinuationBytes, "A continuation may hold at least 1,024 bytes.");
        }

        if (IncompatibleFlowRecheck <= TimeSpan.Zero || !Enum.IsDefined(IncompatibleFlows))
        {
            throw new ArgumentOutOfRangeException(nameof(IncompatibleFlowRecheck), IncompatibleFlowRecheck, $"{nameof(IncompatibleFlowRecheck)} must be positive and {nameof(IncompatibleFlows)} one of Wait, Fail.");
        }
    }
}
