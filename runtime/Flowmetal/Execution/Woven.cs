using System.ComponentModel;
using System.Runtime.CompilerServices;

namespace Flowmetal.Execution;

/// <summary>
/// The few entry points woven code calls. Kept tiny so the emitted IL stays thin: the fast path
/// of a woven method is one thread-local read per suspension point (<see cref="IsCapturing"/>)
/// and one at entry (<see cref="IsRestoring"/>).
/// </summary>
/// <remarks>Called by code the weaver emits; not meant to be called by hand.</remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class Woven
{
    // A [ThreadStatic] primitive is read inline by the JIT (no helper call since .NET 8), which
    // is what keeps the never-suspending path of woven code within a few percent of the original.
    [ThreadStatic]
    private static int t_mode;

    // How many threads are not in Normal mode. A thread raises it before leaving Normal and lowers
    // it after returning, so a thread that reads 0 here is itself in Normal mode: the common case
    // costs one ordinary static load, and only threads that may be unwinding or rewinding pay for
    // the thread-local read.
    private static int s_busyThreads;

    /// <summary>True while the current thread unwinds a flow's stack into frames.</summary>
    public static bool IsCapturing
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => s_busyThreads != 0 && t_mode == (int)ExecutionMode.Capturing;
    }

    /// <summary>True while the current thread rewinds a flow's stack from frames.</summary>
    public static bool IsRestoring
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => s_busyThreads != 0 && t_mode == (int)ExecutionMode.Restoring;
    }

    internal static ExecutionMode Mode
    {
        get => (ExecutionMode)t_mode;
        set
        {
            bool wasBusy = t_mode != (int)ExecutionMode.Normal;
            bool busy = value != ExecutionMode.Normal;
            if (busy && !wasBusy)
            {
                Interlocked.Increment(ref s_busyThreads);
            }

            t_mode = (int)value;
            if (wasBusy && !busy)
            {
                Interlocked.Decrement(ref s_busyThreads);
            }
        }
    }

    /// <summary>Hands the frame of a woven method that is unwinding to the capturing flow.</summary>
    /// <param name="frame">The frame, filled with the method's state.</param>
    // Cold paths (unwinding, rewinding, errors) stay calls: inlined into every woven method the JIT
    // inlines, they would only make the hot code around them bigger.
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static void PushFrame(Frame frame) => FlowExecution.CurrentOrThrow().PushFrame(frame);

    /// <summary>Takes the next frame of the continuation being restored.</summary>
    /// <param name="frameType">The frame type the calling method expects.</param>
    /// <returns>The frame, of exactly <paramref name="frameType"/>.</returns>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Frame PopFrame(RuntimeTypeHandle frameType) =>
        FlowExecution.CurrentOrThrow().PopFrame(Type.GetTypeFromHandle(frameType)!);

    /// <summary>Builds the error thrown when a frame names a resume point its method does not have.</summary>
    /// <param name="frameType">The frame type of the method being restored.</param>
    /// <param name="resumePoint">The resume point the frame holds.</param>
    /// <returns>The exception for the woven code to throw.</returns>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Exception InvalidResumePoint(RuntimeTypeHandle frameType, int resumePoint) =>
        new FlowResumeException(
            $"The continuation resumes {FlowExecution.DescribeFrameType(Type.GetTypeFromHandle(frameType)!)} at suspension point {resumePoint}, " +
            "which that method does not have. The method changed since the flow suspended, or the continuation is damaged.");

    /// <summary>
    /// Called at the end of the static constructor of every type of a woven assembly that has
    /// <c>static readonly</c> reference fields: their values become singletons a stored flow refers
    /// to by name (a smart-enum instance comes back as that instance). Registering from the static
    /// constructor itself means Flowmetal never runs one early to find out.
    /// </summary>
    /// <param name="type">The type whose static constructor ran.</param>
    public static void StaticsInitialized(RuntimeTypeHandle type) =>
        Serialization.Codecs.WovenStatics.Register(Type.GetTypeFromHandle(type)!);

    /// <summary>
    /// Called when a call that is not a suspension point of a woven method returned unwinding: the
    /// call only might suspend (a delegate, virtual or interface call, or a method that suspends only
    /// through one), and it sits where a suspension cannot be kept. Abandons the suspension, so the
    /// flow's frames run on normally again, and builds the error naming the method and why.
    /// </summary>
    /// <param name="method">The woven method, as the weaver names it.</param>
    /// <param name="call">The call, with its source line when known.</param>
    /// <param name="reason">Why a suspension there cannot be kept.</param>
    /// <returns>The exception for the woven code to throw.</returns>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Exception NotASuspensionPoint(string method, string call, string reason)
    {
        var execution = FlowExecution.Current;
        var request = execution?.AbandonCapture();
        return new UnwovenFrameException(
            method,
            $"The flow cannot suspend{(request is null ? string.Empty : " (" + request.Describe() + ")")} through the call to {call} in {method}: {reason}. " +
            "The call only might suspend (a delegate, virtual or interface call), so it was left an ordinary call; move what suspends out of it, or the call out of there.");
    }

    /// <summary>Builds the policy of a <c>&lt;Retry&gt;</c> rule of FodyWeavers.xml (cached per rule).</summary>
    /// <param name="maxAttempts">Attempts in all.</param>
    /// <param name="backoffTicks">First backoff, in ticks.</param>
    /// <param name="maxBackoffTicks">Longest backoff, in ticks.</param>
    /// <param name="retryOn">Exception type full names separated by ';', or empty for all.</param>
    /// <returns>The policy.</returns>
    public static RetryPolicy RetryPolicyOf(int maxAttempts, long backoffTicks, long maxBackoffTicks, string retryOn) =>
        RetryPolicies.GetOrAdd(
            (maxAttempts, backoffTicks, maxBackoffTicks, retryOn),
            key => new RetryPolicy(key.Item1, TimeSpan.FromTicks(key.Item2), TimeSpan.FromTicks(key.Item3), key.Item4.Split(';', StringSplitOptions.RemoveEmptyEntries)));

    /// <summary>Whether the retry loop woven around a call tries again after <paramref name="error"/>.</summary>
    /// <param name="policy">The policy.</param>
    /// <param name="error">What the attempt threw.</param>
    /// <param name="attempt">The attempt that failed, 1-based.</param>
    /// <returns>True to wait and try again; false to let the exception propagate.</returns>
    public static bool ShouldRetry(RetryPolicy policy, Exception error, int attempt) => policy.ShouldRetry(error, attempt);

    /// <summary>The durable wait between two attempts of a retried call.</summary>
    /// <param name="policy">The policy.</param>
    /// <param name="failedAttempt">The attempt that just failed, 1-based.</param>
    /// <param name="target">The retried method, for <c>FlowInfo</c>.</param>
    [Suspends]
    public static void RetryWait(RetryPolicy policy, int failedAttempt, string target)
    {
        if (IsRestoring)
        {
            // Resuming re-enters the primitive with default arguments; only the resume matters.
            Flow.SuspendFor(Resumed);
            return;
        }

        var due = DateTimeOffset.UtcNow + policy.DelayAfter(failedAttempt);
        var execution = FlowExecution.Current;
        if (execution is null)
        {
            var wait = due - DateTimeOffset.UtcNow;
            if (wait > TimeSpan.Zero)
            {
                Thread.Sleep(wait);
            }

            return;
        }

        Flow.SuspendFor(new RetryTimerRequest(due, target, failedAttempt + 1, policy.MaxAttempts));
    }

    /// <summary>Makes a retried call's successful result durable before the flow moves on.</summary>
    /// <param name="target">The retried method.</param>
    /// <param name="attempts">How many attempts it took.</param>
    [Suspends]
    public static void RetrySucceeded(string target, int attempts) => Flow.Checkpoint();

    /// <summary>Names the method a retried delegate calls, for <c>FlowInfo</c>.</summary>
    /// <param name="call">The delegate passed to <see cref="Flow.Retry{T}(Func{T}, RetryPolicy)"/>.</param>
    /// <returns><c>Namespace.Type::Method</c>.</returns>
    public static string RetryTargetOf(Delegate call) => RetryTargets.Of(call);

    private static readonly SuspensionRequest Resumed = new CheckpointRequest();

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<(int, long, long, string), RetryPolicy> RetryPolicies = new();
}
