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

    /// <summary>Types continuations and payloads may hold besides the default allow list (the same on every client and worker).</summary>
    public FlowSerializationOptions Serialization { get; init; } = FlowSerializationOptions.Default;

    /// <summary>Where the worker logs claims lost, flows failed to load, and store errors. Default: nowhere.</summary>
    public ILogger? Logger { get; init; }

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
    }
}
