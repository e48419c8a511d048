namespace Flowmetal;

/// <summary>What a store knows about one flow, as <c>FlowClient.GetAsync</c> and <c>ListAsync</c> return it.</summary>
public sealed class FlowInfo
{
    /// <summary>The flow's id.</summary>
    public required FlowId Id { get; init; }

    /// <summary>Where the flow is in its life.</summary>
    public required FlowStatus Status { get; init; }

    /// <summary>The flow's entry method, <c>Namespace.Type::Method(ParameterTypes)</c>.</summary>
    public required string EntryMethod { get; init; }

    /// <summary>
    /// What the flow waits for: a signal, a timer or child flows while <see cref="FlowStatus.Waiting"/>; while
    /// <see cref="FlowStatus.Running"/>, what it was resumed from. <see langword="null"/> before its first suspension and once finished.
    /// </summary>
    public FlowWait? Wait { get; init; }

    /// <summary>
    /// The stack the flow is suspended in, innermost frame first (like a stack trace), with each
    /// method's source file and line; empty before its first suspension and once finished.
    /// </summary>
    public IReadOnlyList<FlowStackFrame> Stack { get => _stack; init => _stack = value; }

    private IReadOnlyList<FlowStackFrame> _stack = Array.Empty<FlowStackFrame>();

    /// <summary>When the flow was started.</summary>
    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>When the flow last changed (a step, a suspension, a claim).</summary>
    public required DateTimeOffset UpdatedAt { get; init; }

    /// <summary>When the flow completed, failed or was cancelled.</summary>
    public DateTimeOffset? FinishedAt { get; init; }

    /// <summary>
    /// How many times a worker has started the flow's current step: 1 normally, more when a worker
    /// died or lost its lease during it and another one ran the step again from the last checkpoint.
    /// </summary>
    public int Attempts { get; init; }

    /// <summary>How many times the flow has suspended (checkpoints, timers and signals); a retry or a rewind counts as one (see <c>FlowClient.RewindAsync</c>).</summary>
    public int Suspensions { get; init; }

    /// <summary>The worker holding the flow's lease while it runs.</summary>
    public string? Worker { get; init; }

    /// <summary>When the running worker's lease ends unless renewed.</summary>
    public DateTimeOffset? LeaseExpiresAt { get; init; }

    /// <summary>Why the flow failed, when <see cref="FlowStatus.Failed"/>; why it was cancelled, when <see cref="FlowStatus.Cancelled"/>.</summary>
    public FlowError? Error { get; init; }

    /// <summary>The flow that started this one with <c>Flow.Start</c>, or <see langword="null"/> for a flow started by a client.</summary>
    public FlowId? Parent { get; init; }

    /// <summary>The child flows this flow started, in the order it started them.</summary>
    public IReadOnlyList<FlowId> Children { get; init; } = Array.Empty<FlowId>();

    /// <summary>When the flow's timeout elapses (a <see cref="FlowTimeoutException"/> is then delivered), or <see langword="null"/>.</summary>
    public DateTimeOffset? Deadline { get; init; }

    /// <summary>True from a cancellation request until the flow has been handed its <see cref="FlowCancelledException"/>.</summary>
    public bool CancelRequested { get; init; }

    /// <summary>
    /// Why the last attempt at the flow's current step failed before the step could run or be stored (its state could
    /// not be loaded, the store failed): the flow is then <see cref="FlowStatus.Running"/> without a <see cref="Worker"/>
    /// and runs again after <see cref="LeaseExpiresAt"/>, up to the worker's attempt limit, after which it fails with it.
    /// <see langword="null"/> when the step's attempts have not failed.
    /// </summary>
    public FlowError? LastAttemptError { get; init; }

    /// <summary>
    /// What in the flow's stored record is damaged and could not be read (those parts are left empty here), or
    /// <see langword="null"/> when the record is intact. A worker that claims a damaged flow ends it failed.
    /// </summary>
    public string? Damage { get; init; }

    /// <summary>
    /// The build whose code stored the flow's continuation (<c>Assembly 1.0.0.0 (4d1c2a9e)</c>: the assemblies of the
    /// methods on its suspended stack, each with the start of its module version id), or <see langword="null"/> before
    /// the flow first suspends.
    /// </summary>
    public string? Build { get; init; }

    /// <summary>
    /// Set while the flow waits for a compatible worker: the workers that claimed it could not resume it in their build
    /// (a method on its stack changed in a way a resume cannot bridge; <see cref="LastAttemptError"/> names the method,
    /// the call and the value) and left it for a worker of this build. Meanwhile the flow is <see cref="FlowStatus.Running"/>
    /// without a <see cref="Worker"/>, and a worker looks at it again at <see cref="LeaseExpiresAt"/>. <see langword="null"/> otherwise.
    /// </summary>
    public string? NeedsBuild { get; init; }

    /// <summary>This state with another <see cref="Stack"/> (the same frames with their locals), every other field as it is.</summary>
    internal FlowInfo WithStack(IReadOnlyList<FlowStackFrame> stack)
    {
        var copy = (FlowInfo)MemberwiseClone();
        copy._stack = stack;
        return copy;
    }

    /// <inheritdoc />
    public override string ToString() => $"{Id} {Status} {EntryMethod}" + (Wait is null ? string.Empty : " waiting on " + Wait.Description);
}
