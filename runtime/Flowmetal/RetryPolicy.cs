namespace Flowmetal;

/// <summary>
/// How often and how patiently to retry a call inside a flow. Waits between attempts are durable
/// timers: the worker may stop meanwhile and another one carries on with the next attempt.
/// </summary>
/// <example>
/// <code>
/// var receipt = Flow.Retry(() => Gateway.Charge(order), new RetryPolicy(
///     maxAttempts: 5, backoff: TimeSpan.FromSeconds(1), maxBackoff: TimeSpan.FromMinutes(1),
///     retryOn: typeof(HttpRequestException)));
/// </code>
/// </example>
public sealed class RetryPolicy
{
    // Fields, not properties: a policy lives in the frame of the retrying method across its waits.
    private readonly int _maxAttempts;
    private readonly TimeSpan _backoff;
    private readonly TimeSpan _maxBackoff;
    private readonly string[] _retryOn;

    /// <summary>Creates a policy.</summary>
    /// <param name="maxAttempts">Attempts in all, the first included (at least 1).</param>
    /// <param name="backoff">Wait before the second attempt; it doubles before each next one.</param>
    /// <param name="maxBackoff">The longest wait between two attempts.</param>
    /// <param name="retryOn">Exception types that are retried (and their subclasses); none means every exception.</param>
    public RetryPolicy(int maxAttempts, TimeSpan backoff, TimeSpan maxBackoff, params Type[] retryOn)
        : this(maxAttempts, backoff, maxBackoff, retryOn.Select(t => t.FullName!).ToArray())
    {
        foreach (var type in retryOn)
        {
            if (!typeof(Exception).IsAssignableFrom(type))
            {
                throw new ArgumentException($"{type.FullName} is not an exception type.", nameof(retryOn));
            }
        }
    }

    internal RetryPolicy(int maxAttempts, TimeSpan backoff, TimeSpan maxBackoff, string[] retryOn)
    {
        if (maxAttempts < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(maxAttempts), maxAttempts, "A retry policy needs at least one attempt.");
        }

        if (backoff < TimeSpan.Zero || maxBackoff < backoff)
        {
            throw new ArgumentOutOfRangeException(nameof(maxBackoff), maxBackoff, $"The backoff must be between zero and the maximum backoff ({backoff} given).");
        }

        _maxAttempts = maxAttempts;
        _backoff = backoff;
        _maxBackoff = maxBackoff;
        _retryOn = retryOn;
    }

    /// <summary>Attempts in all, the first included.</summary>
    public int MaxAttempts => _maxAttempts;

    /// <summary>Wait before the second attempt.</summary>
    public TimeSpan Backoff => _backoff;

    /// <summary>The longest wait between two attempts.</summary>
    public TimeSpan MaxBackoff => _maxBackoff;

    /// <summary>Full names of the exception types retried; empty means every exception.</summary>
    public IReadOnlyList<string> RetryOn => _retryOn;

    /// <summary>True when a failure of attempt <paramref name="attempt"/> (1-based) with <paramref name="error"/> is retried.</summary>
    /// <param name="error">The exception the attempt threw.</param>
    /// <param name="attempt">The attempt that failed, 1-based.</param>
    public bool ShouldRetry(Exception error, int attempt)
    {
        if (attempt >= _maxAttempts || error is FlowInterruptedException)
        {
            return false;
        }

        if (_retryOn.Length == 0)
        {
            return true;
        }

        for (var type = error.GetType(); type is not null; type = type.BaseType)
        {
            if (Array.IndexOf(_retryOn, type.FullName) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The wait after the failure of attempt <paramref name="attempt"/>: the backoff doubled per attempt, capped.</summary>
    /// <param name="attempt">The attempt that failed, 1-based.</param>
    public TimeSpan DelayAfter(int attempt)
    {
        double ticks = _backoff.Ticks * Math.Pow(2, Math.Max(0, attempt - 1));
        return ticks >= _maxBackoff.Ticks ? _maxBackoff : TimeSpan.FromTicks((long)ticks);
    }
}
