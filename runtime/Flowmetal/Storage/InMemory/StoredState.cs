namespace Flowmetal.Storage.InMemory;

/// <summary>One flow in an <see cref="InMemoryFlowStore"/>: bytes and descriptive state, guarded by the store's lock.</summary>
internal sealed partial class StoredState
{
    public StoredState(FlowId id, string entryMethod, byte[] entry, long sequence, DateTimeOffset now)
    {
        Id = id;
        EntryMethod = entryMethod;
        Entry = entry;
        Sequence = sequence;
        CreatedAt = now;
        UpdatedAt = now;
    }

    public FlowId Id { get; }

    public string EntryMethod { get; }

    public byte[] Entry { get; }

    public long Sequence { get; }

    public DateTimeOffset CreatedAt { get; }

    public DateTimeOffset UpdatedAt { get; set; }

    public DateTimeOffset? FinishedAt { get; private set; }

    public FlowStatus Status { get; private set; } = FlowStatus.Pending;

    public byte[]? Continuation { get; private set; }

    public FlowWait? Wait { get; private set; }

    public IReadOnlyList<FlowStackFrame> Stack { get; private set; } = Array.Empty<FlowStackFrame>();

    public long Token { get; private set; }

    public string? Owner { get; private set; }

    public DateTimeOffset LeaseUntil { get; set; }

    public int Attempts { get; private set; }

    public int Suspensions { get; private set; }

    public byte[]? Result { get; private set; }

    public FlowError? Error { get; private set; }

    /// <summary>The parent, for a child flow.</summary>
    public FlowId? Parent { get; set; }

    /// <summary>When the flow's timeout elapses.</summary>
    public DateTimeOffset? Deadline { get; set; }

    public string? TraceParent { get; set; }

    /// <summary>Children in the order started.</summary>
    public List<FlowId> Children { get; } = new();

    /// <summary>Children that run on when this flow fails or is cancelled.</summary>
    public HashSet<FlowId> DetachedChildren { get; } = new();

    /// <summary>Children that have ended, with how: what this flow's joins look at.</summary>
    public Dictionary<FlowId, FlowStatus> EndedChildren { get; } = new();

    // Cancellation: 0 none, 1 requested, 2 handed to the running step (delivered again if the step
    // is lost before its next write), 3 delivered. Timeout: 0, 2, 3 likewise; due once Deadline passes.
    private int _cancel;
    private string? _cancelReason;
    private int _timeout;

    /// <summary>Signals buffered per name, first in first out.</summary>
    public Dictionary<string, Queue<byte[]>> Signals { get; } = new(StringComparer.Ordinal);

    /// <summary>How many signals wait in <see cref="Signals"/>, all names together.</summary>
    public int BufferedSignals { get; private set; }

    /// <summary>Why the last attempt at the current step failed, until the step is stored.</summary>
    public FlowError? LastAttemptError { get; private set; }

    public void Buffer(string name, byte[] payload)
    {
        if (!Signals.TryGetValue(name, out var queue))
        {
            Signals[name] = queue = new Queue<byte[]>();
        }

        queue.Enqueue(payload);
        BufferedSignals++;
    }

    /// <summary>The attempt failed: the lease ends at <paramref name="retryAt"/>, when any worker may claim the flow again.</summary>
    public void RetryLater(FlowError error, DateTimeOffset retryAt)
    {
        LastAttemptError = error;
        Owner = null;
        LeaseUntil = retryAt;
    }

    /// <summary>Claimed but never run, and handed back: pending, claimable now, with the claim's attempt given back.</summary>
    public void HandBack(DateTimeOffset now)
    {
        // Pending again, not Running with a lapsed lease: no worker runs it.
        Status = FlowStatus.Pending;
        Owner = null;
        LeaseUntil = now;
        Attempts = Math.Max(0, Attempts - 1);
        UpdatedAt = now;
    }

    /// <summary>The build that stored the continuation.</summary>
    public string? Build { get; private set; }

    /// <summary>Set when a worker could not resume the flow in its build and left it for this one, until the flow is stored again.</summary>
    public string? NeedsBuild { get; private set; }

    /// <summary>How often the flow was left for another build since it was last stored: each leave doubles the delay.</summary>
    private int _leftForBuild;

    /// <summary>This worker's build cannot resume the flow: like <see cref="RetryLater"/>, with the attempt given back.</summary>
    public void LeaveForBuild(string build, FlowError error, DateTimeOffset now, TimeSpan delay, TimeSpan maxDelay)
    {
        double ticks = Math.Min(delay.Ticks * Math.Pow(2, Math.Min(_leftForBuild, 30)), Math.Max(delay.Ticks, maxDelay.Ticks));
        RetryLater(error, now + TimeSpan.FromTicks((long)ticks));
        NeedsBuild = build.Length == 0 ? null : build;
        Attempts = Math.Max(0, Attempts - 1);
        UpdatedAt = now;
        _leftForBuild++;
    }

    /// <summary>The running step was resumed with the head of this signal queue; it is dequeued with the step's next write.</summary>
    private string? _consuming;

    public bool IsFinished => Status is FlowStatus.Completed or FlowStatus.Failed or FlowStatus.Cancelled;

    public bool IsRunnable(DateTimeOffset now) => Status switch
    {
        FlowStatus.Pending => true,
        FlowStatus.Running => LeaseUntil <= now,
        FlowStatus.Waiting => IsWaitOver(now) || PendingInterrupt(now) != FlowInterruptKind.None,
        _ => false,
    };

    /// <summary>When the flow becomes runnable by time alone (a timer, a lease ending), if it does.</summary>
    public DateTimeOffset? NextCheck() => Status switch
    {
        FlowStatus.Running => LeaseUntil,
        FlowStatus.Waiting => Earliest(Wait?.Kind is FlowWaitKind.Timer or FlowWaitKind.Signal ? Wait.Due : null, _timeout == 3 ? null : Deadline),
        _ => null,
    };

    /// <summary>Asks the flow to stop; false when it has already ended.</summary>
    public bool RequestCancel(string reason, DateTimeOffset now)
    {
        if (IsFinished)
        {
            return false;
        }

        if (_cancel != 2)
        {
            _cancel = 1;
        }

        _cancelReason = reason;
        UpdatedAt = now;
        if (Status == FlowStatus.Running && Owner is null && LeaseUntil > now)
        {
            // Waiting out the backoff after a failed attempt: a cancellation does not wait.
            LeaseUntil = now;
        }

        return true;
    }

    public FlowInterruptKind PendingInterrupt(DateTimeOffset now) =>
        _cancel is 1 or 2 ? FlowInterruptKind.Cancelled
        : Deadline is { } deadline && deadline <= now && _timeout != 3 ? FlowInterruptKind.TimedOut
        : FlowInterruptKind.None;

    private void Deliver(FlowInterruptKind interrupt)
    {
        if (interrupt == FlowInterruptKind.Cancelled)
        {
            _cancel = 2;
        }
        else if (interrupt == FlowInterruptKind.TimedOut)
        {
            _timeout = 2;
        }
    }

    private void ConsumeInterrupt()
    {
        if (_cancel == 2)
        {
            _cancel = 3;
        }

        if (_timeout == 2)
        {
            _timeout = 3;
        }
    }

    private static DateTimeOffset? Earliest(DateTimeOffset? a, DateTimeOffset? b) =>
        a is null ? b : b is null ? a : a < b ? a : b;

    public FlowLease Claim(string workerId, DateTimeOffset now, TimeSpan leaseDuration, int? maxContinuationBytes = null)
    {
        bool tooLarge = maxContinuationBytes is { } max && Continuation is { Length: var length } && length > max;
        var waitDue = Wait?.Kind is FlowWaitKind.Timer or FlowWaitKind.Signal ? Wait.Due : null;
        var readySince = Status == FlowStatus.Running ? LeaseUntil
            : waitDue is { } due && due <= now && due > UpdatedAt ? due
            : Deadline is { } deadline && deadline <= now && deadline > UpdatedAt ? deadline
            : UpdatedAt;
        var interrupt = PendingInterrupt(now);
        Deliver(interrupt);
        Token++;
        Attempts++;
        Status = FlowStatus.Running;
        Owner = workerId;
        LeaseUntil = now + leaseDuration;
        UpdatedAt = now;
        byte[]? payload = null;
        _consuming = null;
        if (interrupt == FlowInterruptKind.None && Wait is { Kind: FlowWaitKind.Signal, SignalName: { } name } && Signals.TryGetValue(name, out var queue) && queue.Count > 0)
        {
            payload = queue.Peek();
            _consuming = name;
        }

        return new FlowLease
        {
            Id = Id,
            Token = Token,
            WorkerId = workerId,
            EntryMethod = EntryMethod,
            Entry = Entry,
            Continuation = tooLarge ? null : Continuation,
            Damage = tooLarge
                ? $"its continuation is {Continuation!.Length:N0} bytes, more than this worker loads ({nameof(Worker.FlowWorkerOptions)}.{nameof(Worker.FlowWorkerOptions.MaxContinuationBytes)} = {maxContinuationBytes:N0})"
                : null,
            ResumedFrom = Wait,
            Attempt = Attempts,
            ExpiresAt = LeaseUntil,
            Suspensions = Suspensions,
            Resume = interrupt != FlowInterruptKind.None
                ? FlowResume.Interrupted(interrupt, interrupt == FlowInterruptKind.Cancelled ? _cancelReason : null)
                : FlowResume.WithPayload(payload),
            LastAttemptError = LastAttemptError,
            Deadline = Deadline,
            Parent = Parent,
            TraceParent = TraceParent,
            ReadySince = readySince,
        };
    }

    public Storage.FlowSaveResult Save(FlowSave save, DateTimeOffset now)
    {
        ConsumeSignal();
        ConsumeInterrupt();
        Continuation = save.Continuation.ToArray();
        LastAttemptError = null;
        Build = save.Build;
        NeedsBuild = null;
        _leftForBuild = 0;
        Stack = save.Stack;
        Wait = save.Wait;
        Suspensions++;
        UpdatedAt = now;
        Keep(null);
        var interrupt = PendingInterrupt(now);
        if (!save.Release && interrupt != FlowInterruptKind.None)
        {
            Deliver(interrupt);
            Attempts = 1;
            return new Storage.FlowSaveResult(true, true, FlowResume.Interrupted(interrupt, interrupt == FlowInterruptKind.Cancelled ? _cancelReason : null));
        }

        if (!save.Release && IsWaitOver(now))
        {
            Attempts = 1;
            byte[]? payload = null;
            if (save.Wait is { Kind: FlowWaitKind.Signal, SignalName: { } name } && Signals.TryGetValue(name, out var queue) && queue.Count > 0)
            {
                payload = queue.Peek();
                _consuming = name;
            }

            return new Storage.FlowSaveResult(true, true, FlowResume.WithPayload(payload));
        }

        Attempts = 0;
        Owner = null;
        Status = save.Wait.Kind == FlowWaitKind.Checkpoint ? FlowStatus.Pending : FlowStatus.Waiting;
        return Storage.FlowSaveResult.Released;
    }

    public void Finish(FlowStatus status, byte[]? result, FlowError? error, DateTimeOffset now)
    {
        if (status == FlowStatus.Failed)
        {
            // The signal the failed step resumed with stays at its queue's head, for a retry to resume with again.
            KeepForRetry();
            _retained = _consuming;
            _consuming = null;
        }

        ConsumeSignal();
        ConsumeInterrupt();
        Status = status;
        Result = result;
        Error = error;
        LastAttemptError = null;
        Continuation = null;
        Wait = null;
        Stack = Array.Empty<FlowStackFrame>();
        Owner = null;
        UpdatedAt = now;
        FinishedAt = now;
    }

    public FlowInfo Describe() => new()
    {
        Id = Id,
        Status = Status,
        EntryMethod = EntryMethod,
        Wait = Wait,
        Stack = Stack,
        CreatedAt = CreatedAt,
        UpdatedAt = UpdatedAt,
        FinishedAt = FinishedAt,
        Attempts = Attempts,
        Suspensions = Suspensions,
        Worker = Status == FlowStatus.Running ? Owner : null,
        LeaseExpiresAt = Status == FlowStatus.Running ? LeaseUntil : null,
        Error = Error,
        Parent = Parent,
        Children = Children.ToArray(),
        Deadline = Deadline,
        CancelRequested = _cancel is 1 or 2,
        LastAttemptError = LastAttemptError,
        Build = Build,
        NeedsBuild = IsFinished ? null : NeedsBuild,
    };

    private bool IsWaitOver(DateTimeOffset now) => Wait switch
    {
        null => true,
        { Kind: FlowWaitKind.Checkpoint } => true,
        { Kind: FlowWaitKind.Timer, Due: { } due } => due <= now,
        { Kind: FlowWaitKind.Signal, SignalName: { } name } => (Signals.TryGetValue(name, out var queue) && queue.Count > 0) || (Wait.Due is { } due && due <= now),
        { Kind: FlowWaitKind.Child, JoinMode: FlowJoinMode.Any } => Wait.Children.Count == 0 || Wait.Children.Any(EndedChildren.ContainsKey),
        { Kind: FlowWaitKind.Child } => Wait.Children.All(EndedChildren.ContainsKey),
        _ => false,
    };

    private void ConsumeSignal()
    {
        if (_consuming is { } name && Signals.TryGetValue(name, out var queue) && queue.Count > 0)
        {
            queue.Dequeue();
            BufferedSignals--;
        }

        _consuming = null;
    }
}
