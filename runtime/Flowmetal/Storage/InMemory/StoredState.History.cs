namespace Flowmetal.Storage.InMemory;

/// <content>The flow's kept continuations, and putting one back (retry, rewind).</content>
internal sealed partial class StoredState
{
    // Oldest first; the newest is the current continuation whenever KeptContinuations > 0.
    private readonly List<StoredCheckpoint> _history = new();

    // The signal a failed step had resumed with, left at its queue's head: a retry resumes with it, a rewind drops it.
    private string? _retained;

    /// <summary>How many continuations the flow keeps (<see cref="FlowStoreLimits.KeptContinuations"/>).</summary>
    public int KeptContinuations { get; init; }

    /// <summary>The kept continuations, newest first.</summary>
    public IReadOnlyList<StoredCheckpoint> History => _history.AsEnumerable().Reverse().ToArray();

    /// <summary>A failed flow that keeps no history still keeps its last continuation, to be retried from.</summary>
    private void KeepForRetry()
    {
        if (KeptContinuations == 0 && Continuation is not null && Wait is not null)
        {
            _history.Clear();
            _history.Add(Checkpoint(Suspensions, UpdatedAt, null));
        }
    }

    /// <summary>Records the current continuation under the current suspension count.</summary>
    private void Keep(int? restoredFrom)
    {
        if (KeptContinuations == 0)
        {
            _history.Clear();
            return;
        }

        _history.Add(Checkpoint(Suspensions, UpdatedAt, restoredFrom));
        if (_history.Count > KeptContinuations)
        {
            _history.RemoveRange(0, _history.Count - KeptContinuations);
        }
    }

    private StoredCheckpoint Checkpoint(int number, DateTimeOffset at, int? restoredFrom) => new()
    {
        Number = number,
        SavedAt = at,
        Wait = Wait!,
        Stack = Stack,
        Continuation = Continuation!,
        RestoredFrom = restoredFrom,
    };

    /// <summary>Puts back the last continuation of a failed flow (or its start, when it never suspended); returns its new number.</summary>
    public int Retry(DateTimeOffset now)
    {
        if (Status != FlowStatus.Failed)
        {
            throw FlowRestoreErrors.NotFailed(Id, Status);
        }

        _retained = null;

        if (_history.Count == 0)
        {
            Reopen(now);
            Suspensions++;
            Continuation = null;
            Wait = null;
            Stack = Array.Empty<FlowStackFrame>();
            Status = FlowStatus.Pending;
            return 0;
        }

        return Restore(_history[^1], now);
    }

    /// <summary>Puts back the kept continuation <paramref name="number"/>; returns its new number.</summary>
    public int Rewind(int number, DateTimeOffset now)
    {
        if (Status == FlowStatus.Running)
        {
            throw FlowRestoreErrors.Running(Id, Owner);
        }

        var checkpoint = _history.Find(c => c.Number == number) ??
            throw FlowRestoreErrors.NoCheckpoint(Id, number, _history.Select(c => c.Number).ToArray(), KeptContinuations);
        if (_retained is { } name && Signals.TryGetValue(name, out var queue) && queue.Count > 0)
        {
            queue.Dequeue();
            BufferedSignals--;
        }

        _retained = null;
        return Restore(checkpoint, now);
    }

    /// <summary>
    /// The flow waits again as it did at <paramref name="checkpoint"/>. The suspension count moves on, so that children the
    /// flow starts from there get new ids rather than finding those it started the first time.
    /// </summary>
    private int Restore(StoredCheckpoint checkpoint, DateTimeOffset now)
    {
        Reopen(now);
        Continuation = checkpoint.Continuation;
        Stack = checkpoint.Stack;
        Wait = checkpoint.Wait;
        Suspensions++;
        Status = Wait.Kind == FlowWaitKind.Checkpoint ? FlowStatus.Pending : FlowStatus.Waiting;
        if (KeptContinuations == 0)
        {
            _history.Clear();
        }
        else
        {
            Keep(checkpoint.Number);
        }

        return Suspensions;
    }

    private void Reopen(DateTimeOffset now)
    {
        Result = null;
        Error = null;
        FinishedAt = null;
        LastAttemptError = null;
        Owner = null;
        Attempts = 0;
        UpdatedAt = now;
        _consuming = null;
    }
}
