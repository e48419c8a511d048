namespace Flowmetal.Hosting;

/// <summary>Options of one worker added with <c>AddFlowmetalWorker(name, ...)</c>. Validated when the host starts.</summary>
public sealed class FlowmetalWorkerOptions
{
    /// <summary>Identifies the worker in leases and <see cref="FlowInfo.Worker"/>; by default the worker's name, machine, process id and a random suffix.</summary>
    public string? WorkerId { get; set; }

    /// <summary>How many flows run at once, each on a thread of the worker's own. Default: 2 per processor, at least 4.</summary>
    public int MaxConcurrentFlows { get; set; } = Math.Max(4, Environment.ProcessorCount * 2);

    /// <summary>How long a claim on a flow lasts unless renewed; a dead worker's flows resume elsewhere after it. At least 100 ms. Default: 30 s.</summary>
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The longest an idle worker waits before looking for work again, should a wake-up be missed. Default: 1 s.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// On host shutdown, how long running flows get to reach their next suspension point (where they are
    /// stored and released for another node); flows still running then have their leases released. Keep it
    /// below the host's shutdown timeout. Default: 10 s.
    /// </summary>
    public TimeSpan ShutdownGracePeriod { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How many flows the worker may claim beyond those its threads run (see <see cref="Worker.FlowWorkerOptions.ClaimAhead"/>). Default: 0.</summary>
    public int ClaimAhead { get; set; }

    /// <summary>How many times one step of a flow is attempted before the flow fails naming the last cause (see <see cref="Worker.FlowWorkerOptions.MaxStepAttempts"/>). Default: 5.</summary>
    public int MaxStepAttempts { get; set; } = 5;

    /// <summary>The wait after a step's first failed attempt, doubled after each further one. Default: 1 s.</summary>
    public TimeSpan StepRetryBackoff { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest wait between two attempts at a step. Default: 1 min.</summary>
    public TimeSpan MaxStepRetryBackoff { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>The largest continuation the worker stores; a larger suspension fails inside the flow naming the largest locals. Default: 4 MiB.</summary>
    public int MaxContinuationBytes { get; set; } = 4 * 1024 * 1024;

    /// <summary>What to do with a flow this build cannot resume after a deployment: wait for a worker of its build, or fail it. Default: wait.</summary>
    public Worker.IncompatibleFlowHandling IncompatibleFlows { get; set; } = Worker.IncompatibleFlowHandling.Wait;

    /// <summary>How long a flow left for another build stays out of reach before a worker looks at it again. Default: 5 s.</summary>
    public TimeSpan IncompatibleFlowRecheck { get; set; } = TimeSpan.FromSeconds(5);
}
