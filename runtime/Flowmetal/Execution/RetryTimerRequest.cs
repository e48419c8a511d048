namespace Flowmetal.Execution;

/// <summary>A durable wait between two attempts of a retried call: a timer that also says which attempt comes next.</summary>
public sealed class RetryTimerRequest : TimerRequest
{
    /// <summary>Creates the request.</summary>
    /// <param name="due">When the next attempt runs.</param>
    /// <param name="target">The retried method, as <c>Namespace.Type::Method</c>.</param>
    /// <param name="nextAttempt">The attempt that runs at <paramref name="due"/>, 1-based.</param>
    /// <param name="maxAttempts">Attempts in all.</param>
    public RetryTimerRequest(DateTimeOffset due, string target, int nextAttempt, int maxAttempts)
        : base(due)
    {
        Target = target;
        NextAttempt = nextAttempt;
        MaxAttempts = maxAttempts;
    }

    /// <summary>The retried method.</summary>
    public string Target { get; }

    /// <summary>The attempt that runs when the timer fires, 1-based.</summary>
    public int NextAttempt { get; }

    /// <summary>Attempts in all.</summary>
    public int MaxAttempts { get; }

    /// <inheritdoc />
    public override string Describe() => $"retry of {Target}, attempt {NextAttempt} of {MaxAttempts}, due {Due:O}";
}
