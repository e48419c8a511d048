namespace Flowmetal.Children;

/// <summary>
/// How one child flow stood when its parent resumed from a join: the worker reads every joined
/// child from the store and hands the outcomes to the join primitive as its resume value.
/// </summary>
internal sealed class ChildOutcome
{
    public ChildOutcome(FlowId id, FlowStatus status, object? value, FlowError? error)
    {
        Id = id;
        Status = status;
        Value = value;
        Error = error;
    }

    public FlowId Id { get; }

    public FlowStatus Status { get; }

    public object? Value { get; }

    public FlowError? Error { get; }

    public bool Ended => Status is FlowStatus.Completed or FlowStatus.Failed or FlowStatus.Cancelled;

    /// <summary>The child's result as <typeparamref name="T"/>, or its failure rethrown as a <see cref="FlowFailedException"/>.</summary>
    public T Result<T>()
    {
        ThrowIfFailed();
        return Value switch
        {
            T typed => typed,
            null when default(T) is null => default!,
            _ => throw new InvalidCastException(
                $"Child flow {Id} returned a {Value?.GetType().FullName ?? "null"}, not a {typeof(T).FullName}: join it as the type its entry method returns."),
        };
    }

    public void ThrowIfFailed()
    {
        if (Status == FlowStatus.Completed)
        {
            return;
        }

        throw new FlowFailedException(Id, Error ?? new FlowError
        {
            Type = Status == FlowStatus.Cancelled ? typeof(FlowCancelledException).FullName! : "Unknown",
            Message = $"Child flow {Id} ended {Status.ToString().ToLowerInvariant()}.",
        });
    }
}
