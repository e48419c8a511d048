namespace Flowmetal.Storage.InMemory;

/// <summary>One flow in an <see cref="InMemoryFlowStore"/>: bytes and descriptive state, guarded by the store's lock.</summary>
internal sealed class StoredState
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

    /// <summary>Signals buffered per name, first in first out.</summary>
    public Dictionary<string, Queue<byte[]>> Signals { get; } = new(StringComparer.Ordinal);

    /// <summary>The running step was resumed with the head of this signal queue; it is dequeued with the step's next write.</summary>
    private string? _consuming;

    public bool IsFinished => Status is FlowStatus.Completed or FlowStatus.Failed or FlowStatus.Cancelled;

    public bool IsRunnable(DateTimeOffset now) => Status switch
    {
        FlowStatus.Pending => true,
        FlowStatus.Running => LeaseUntil <= now,
        FlowStatus.Waiting => IsWaitOver(now),
        _ => false,
    };

    /// <summary>When the flow becomes runnable by time alone (a timer, a lease ending), if it does.</summary>
    public DateTimeOffset? NextCheck() => Status switch
    {
        FlowStatus.Running => LeaseUntil,
        FlowStatus.Waiting when Wait?.Kind == FlowWaitKind.Timer => Wait.Due,
        _ => null,
    };

    public FlowLease Claim(string workerId, DateTimeOffset now, TimeSpan leaseDuration)
    {
        Token++;
        Attempts++;
        Status = FlowStatus.Running;
        Owner = workerId;
        LeaseUntil = now + leaseDuration;
        UpdatedAt = now;
        byte[]? payload = null;
        _consuming = null;
        if (Wait is { Kind: FlowWaitKind.Signal, SignalName: { } name } && Signals.TryGetValue(name, out var queue) && queue.Count > 0)
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
            Continuation = Continuation,
            ResumedFrom = Wait,
            Payload = payload,
            Attempt = Attempts,
            ExpiresAt = LeaseUntil,
        };
    }

    public Storage.FlowSaveResult Save(FlowSave save, DateTimeOffset now)
    {
        ConsumeSignal();
        Continuation = save.Continuation.ToArray();
        Stack = save.Stack;
        Wait = save.Wait;
        Suspensions++;
        UpdatedAt = now;
        if (!save.Release && IsWaitOver(now))
        {
            Attempts = 1;
            byte[]? payload = null;
            if (save.Wait is { Kind: FlowWaitKind.Signal, SignalName: { } name })
            {
                payload = Signals[name].Peek();
                _consuming = name;
            }

            return new Storage.FlowSaveResult(true, true, payload);
        }

        Attempts = 0;
        Owner = null;
        Status = save.Wait.Kind == FlowWaitKind.Checkpoint ? FlowStatus.Pending : FlowStatus.Waiting;
        return new Storage.FlowSaveResult(true, false, null);
    }

    public void Finish(FlowStatus status, byte[]? result, FlowError? error, DateTimeOffset now)
    {
        ConsumeSignal();
        Status = status;
        Result = result;
        Error = error;
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
    };

    private bool IsWaitOver(DateTimeOffset now) => Wait switch
    {
        null => true,
        { Kind: FlowWaitKind.Checkpoint } => true,
        { Kind: FlowWaitKind.Timer, Due: { } due } => due <= now,
        { Kind: FlowWaitKind.Signal, SignalName: { } name } => Signals.TryGetValue(name, out var queue) && queue.Count > 0,
        _ => false,
    };

    private void ConsumeSignal()
    {
        if (_consuming is { } name && Signals.TryGetValue(name, out var queue) && queue.Count > 0)
        {
            queue.Dequeue();
        }

        _consuming = null;
    }
}
