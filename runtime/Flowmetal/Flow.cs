using Flowmetal.Execution;

namespace Flowmetal;

/// <summary>
/// The API a flow's own code calls. Each method here is a suspension point: inside a flow the
/// whole call stack is captured, stored, and resumed later (possibly on another node).
/// </summary>
/// <example>
/// <code>
/// public static string Process(int orderId)
/// {
///     var order = Db.Load(orderId);
///     Flow.Checkpoint();                                 // durable from here on
///     if (!Flow.WaitForSignal&lt;bool&gt;("approved")) return "rejected";
///     Flow.Sleep(TimeSpan.FromHours(1));                // durable timer
///     return Ship(order);
/// }
/// </code>
/// </example>
public static partial class Flow
{
    /// <summary>
    /// Makes the flow's current stack durable, then continues. Code before a checkpoint does not
    /// run again after a crash. Outside a flow this does nothing.
    /// </summary>
    [Suspends]
    public static void Checkpoint() => Suspend(new CheckpointRequest(), allowOutsideFlow: true);

    /// <summary>
    /// Suspends the flow for <paramref name="duration"/> with a durable timer: the worker may stop
    /// meanwhile and another one resumes the flow. Outside a flow this blocks the thread.
    /// </summary>
    /// <param name="duration">How long to sleep; negative durations do not sleep.</param>
    [Suspends]
    public static void Sleep(TimeSpan duration) => SleepUntil(DateTimeOffset.UtcNow + (duration < TimeSpan.Zero ? TimeSpan.Zero : duration));

    /// <summary>Suspends the flow until <paramref name="due"/> with a durable timer.</summary>
    /// <param name="due">When the flow resumes.</param>
    [Suspends]
    public static void SleepUntil(DateTimeOffset due)
    {
        if (FlowExecution.Current is null)
        {
            var wait = due - DateTimeOffset.UtcNow;
            if (wait > TimeSpan.Zero)
            {
                Thread.Sleep(wait);
            }

            return;
        }

        Suspend(new TimerRequest(due), allowOutsideFlow: false);
    }

    /// <summary>
    /// Suspends the flow until a signal named <paramref name="name"/> arrives and returns its
    /// payload. Signals are buffered in order per name, so one sent before the wait is not lost.
    /// </summary>
    /// <typeparam name="T">The payload's type.</typeparam>
    /// <param name="name">The signal's name.</param>
    /// <returns>The payload the signal carried.</returns>
    /// <exception cref="InvalidOperationException">Called outside a flow.</exception>
    [Suspends]
    public static T WaitForSignal<T>(string name)
    {
        var input = Suspend(new SignalRequest(name, typeof(T)), allowOutsideFlow: false);
        if (Woven.IsCapturing)
        {
            return default!;
        }

        return input.Value switch
        {
            T value => value,
            null when default(T) is null => default!,
            var other => throw new InvalidCastException(
                $"Signal '{(FlowExecution.Current?.ResumedRequest as SignalRequest)?.Name ?? name}' carried a {other?.GetType().FullName ?? "null"} payload, " +
                $"but the flow waits for a {typeof(T).FullName}."),
        };
    }

    /// <summary>
    /// Calls <paramref name="call"/>, retrying it by <paramref name="policy"/> when it throws. Inside
    /// woven code the waits between attempts are durable timers, the attempt count shows in
    /// <c>FlowInfo</c>, and the successful result is checkpointed before the flow moves on.
    /// </summary>
    /// <typeparam name="T">The call's result type.</typeparam>
    /// <param name="call">The call to make, typically a lambda calling one method.</param>
    /// <param name="policy">How often and how patiently to retry.</param>
    /// <returns>What the successful attempt returned.</returns>
    /// <example><c>var receipt = Flow.Retry(() => Gateway.Charge(order), policy);</c></example>
    public static T Retry<T>(Func<T> call, RetryPolicy policy)
    {
        // Reached only from code that is not woven; woven callers get a durable copy of this loop.
        for (int attempt = 1; ; attempt++)
        {
            try
            {
                return call();
            }
            catch (Exception error) when (policy.ShouldRetry(error, attempt))
            {
            }

            Woven.RetryWait(policy, attempt, Woven.RetryTargetOf(call));
        }
    }

    /// <summary>Calls <paramref name="call"/>, retrying it by <paramref name="policy"/> when it throws.</summary>
    /// <param name="call">The call to make.</param>
    /// <param name="policy">How often and how patiently to retry.</param>
    public static void Retry(Action call, RetryPolicy policy) => Retry<object?>(
        () =>
        {
            call();
            return null;
        },
        policy);

    internal static void SuspendFor(SuspensionRequest request) => Suspend(request, allowOutsideFlow: false);

    /// <summary>
    /// Suspends at a primitive whose wait is made from its arguments. Resuming, a woven caller re-enters the
    /// primitive with default arguments (its frame keeps none for the call being resumed) only to receive what
    /// the flow resumes with: the arguments are then neither checked nor described, and the stored wait stands.
    /// This is the one place where the two entries differ.
    /// </summary>
    /// <param name="arguments">The primitive's arguments.</param>
    /// <param name="describe">Checks the arguments and makes the wait, or returns null when there is nothing to wait for.</param>
    /// <param name="resuming">Stands for the wait when re-entered to resume.</param>
    /// <returns>What the flow resumes with (default while unwinding), or null when there was nothing to wait for.</returns>
    private static ResumeInput? SuspendAt<TArguments>(TArguments arguments, Func<TArguments, SuspensionRequest?> describe, SuspensionRequest resuming)
    {
        var request = Woven.IsRestoring ? resuming : describe(arguments);
        return request is null ? null : Suspend(request, allowOutsideFlow: false);
    }

    private static ResumeInput Suspend(SuspensionRequest request, bool allowOutsideFlow)
    {
        var execution = FlowExecution.Current;
        if (execution is null)
        {
            if (allowOutsideFlow)
            {
                return ResumeInput.None;
            }

            throw new InvalidOperationException(
                $"Flow {request.Describe()} was called outside a flow. Start the method as a flow with FlowClient.StartAsync.");
        }

        if (!execution.Suspend(request, out var input))
        {
            // Unwinding: every woven caller now saves its frame and returns.
            return default;
        }

        if (input.Error is not null)
        {
            FlowRunner.Rethrow(input.Error);
        }

        return input;
    }
}
