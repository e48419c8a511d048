using Flowmetal.Execution;

namespace Flowmetal;

/// <content>Waits with a time limit.</content>
public static partial class Flow
{
    /// <summary>
    /// Suspends the flow until a signal named <paramref name="name"/> arrives and returns its
    /// payload, or throws a <see cref="FlowTimeoutException"/> at this call when
    /// <paramref name="timeout"/> elapses first. The timer is durable, like <see cref="Sleep"/>.
    /// </summary>
    /// <typeparam name="T">The payload's type.</typeparam>
    /// <param name="name">The signal's name.</param>
    /// <param name="timeout">How long to wait, from now.</param>
    /// <returns>The payload the signal carried.</returns>
    /// <exception cref="FlowTimeoutException">No signal arrived in time.</exception>
    /// <exception cref="InvalidOperationException">Called outside a flow.</exception>
    [Suspends]
    public static T WaitForSignal<T>(string name, TimeSpan timeout)
    {
        // Resuming, the worker has already decided between the payload and the timeout.
        var input = SuspendAt((name, timeout), static wait => TimedSignal<T>(wait.name, wait.timeout), ResumingSignal<T>.Request).GetValueOrDefault();
        if (Woven.IsCapturing)
        {
            return default!;
        }

        return input.Value switch
        {
            T value => value,
            null when default(T) is null => default!,
            var other => throw new InvalidCastException(
                $"A signal carried a {other?.GetType().FullName ?? "null"} payload, but the flow waits for a {typeof(T).FullName}."),
        };
    }

    private static SignalRequest TimedSignal<T>(string name, TimeSpan timeout)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        if (timeout < TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(timeout), timeout, "A signal wait's timeout cannot be negative.");
        }

        return new SignalRequest(name, typeof(T), DateTimeOffset.UtcNow + timeout);
    }

    /// <summary>The wait a re-entered <see cref="WaitForSignal{T}(string, TimeSpan)"/> stands on, one per payload type.</summary>
    private static class ResumingSignal<T>
    {
        public static readonly SignalRequest Request = new(string.Empty, typeof(T));
    }
}
