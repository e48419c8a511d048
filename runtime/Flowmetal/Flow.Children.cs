using System.Linq.Expressions;
using Flowmetal.Children;
using Flowmetal.Execution;

namespace Flowmetal;

/// <content>Child flows: start, join, fan out and in.</content>
public static partial class Flow
{
    // Resuming re-enters a join with default arguments: only the resume value matters then.
    private static readonly SuspensionRequest RestoringJoin = new ChildJoinRequest(Array.Empty<FlowId>(), FlowJoinMode.All);

    /// <summary>
    /// Starts a child flow that any worker may run while this flow goes on; join it with
    /// <see cref="FlowTask{T}.Join"/>. The start is durable and happens once: a parent that runs
    /// this code again after a crash (from its last checkpoint) gets the same child, whose id is
    /// the parent's id, '/', and the start's position in the parent's run.
    /// </summary>
    /// <typeparam name="T">The child's result type.</typeparam>
    /// <param name="entry">A call of a woven method, like <c>() =&gt; Work(x)</c>; the arguments are evaluated now.</param>
    /// <param name="timeout">
    /// How long the child may take from now: then it gets a <see cref="FlowTimeoutException"/> at its
    /// current or next suspension point. <see langword="null"/> for no limit.
    /// </param>
    /// <param name="detached">
    /// False (the default): when this flow fails or is cancelled, the child is cancelled too. True: the
    /// child runs on regardless.
    /// </param>
    /// <returns>The child, to join or cancel.</returns>
    /// <exception cref="ArgumentException">The expression is not a call of a woven method, or an argument cannot be stored.</exception>
    /// <exception cref="InvalidOperationException">Called outside a flow run by a worker.</exception>
    public static FlowTask<T> Start<T>(Expression<Func<T>> entry, TimeSpan? timeout = null, bool detached = false) =>
        new(StartChild(entry, timeout, detached));

    /// <summary>Starts a child flow whose entry method returns nothing; see <see cref="Start{T}"/>.</summary>
    /// <param name="entry">A call of a woven method, like <c>() =&gt; Work(x)</c>.</param>
    /// <param name="timeout">How long the child may take from now, or <see langword="null"/> for no limit.</param>
    /// <param name="detached">True to let the child run on when this flow fails or is cancelled.</param>
    /// <returns>The child, to join or cancel.</returns>
    public static FlowTask Start(Expression<Action> entry, TimeSpan? timeout = null, bool detached = false) =>
        new(StartChild(entry, timeout, detached));

    /// <summary>
    /// Suspends until every child has ended and returns their results in order (fan-in). When some
    /// failed or were cancelled, throws a <see cref="FlowFailedException"/> for the first of them in
    /// order, once all have ended.
    /// </summary>
    /// <typeparam name="T">The children's result type.</typeparam>
    /// <param name="tasks">The children.</param>
    /// <returns>Their results, in the order of <paramref name="tasks"/>.</returns>
    /// <exception cref="FlowFailedException">A child failed, timed out or was cancelled.</exception>
    [Suspends]
    public static T[] JoinAll<T>(params FlowTask<T>[] tasks)
    {
        var outcomes = AwaitChildren(tasks, FlowJoinMode.All);
        if (outcomes is null)
        {
            return default!;
        }

        FirstFailure(outcomes)?.ThrowIfFailed();
        return outcomes.Select(o => o.Result<T>()).ToArray();
    }

    /// <summary>Suspends until every child has ended; see <see cref="JoinAll{T}(FlowTask{T}[])"/>.</summary>
    /// <typeparam name="T">The children's result type.</typeparam>
    /// <param name="tasks">The children.</param>
    /// <returns>Their results, in order.</returns>
    /// <exception cref="FlowFailedException">A child failed, timed out or was cancelled.</exception>
    [Suspends]
    public static T[] JoinAll<T>(IEnumerable<FlowTask<T>> tasks) => JoinAll(tasks?.ToArray()!);

    /// <summary>Suspends until every child has ended; throws for the first one in order that failed or was cancelled.</summary>
    /// <param name="tasks">The children.</param>
    /// <exception cref="FlowFailedException">A child failed, timed out or was cancelled.</exception>
    [Suspends]
    public static void JoinAll(params FlowTask[] tasks)
    {
        var outcomes = AwaitChildren(tasks, FlowJoinMode.All);
        if (outcomes is not null)
        {
            FirstFailure(outcomes)?.ThrowIfFailed();
        }
    }

    /// <summary>
    /// Suspends until any child has ended and returns its index (the lowest, when several have).
    /// Does not throw for the child's failure: join that child to get its result or failure.
    /// </summary>
    /// <param name="tasks">The children, at least one.</param>
    /// <returns>The index in <paramref name="tasks"/> of a child that has ended.</returns>
    [Suspends]
    public static int JoinAny(params FlowTask[] tasks)
    {
        var outcomes = AwaitChildren(tasks, FlowJoinMode.Any);
        if (outcomes is null)
        {
            return 0;
        }

        for (int i = 0; i < outcomes.Length; i++)
        {
            if (outcomes[i].Ended)
            {
                return i;
            }
        }

        throw new FlowResumeException("The flow resumed from JoinAny while none of its children had ended; the store's state is inconsistent.");
    }

    /// <summary>Suspends until any child has ended and returns its index; see <see cref="JoinAny(FlowTask[])"/>.</summary>
    /// <param name="tasks">The children, at least one.</param>
    /// <returns>The index of a child that has ended.</returns>
    [Suspends]
    public static int JoinAny(IEnumerable<FlowTask> tasks) => JoinAny(tasks?.ToArray()!);

    /// <summary>
    /// The join itself: suspends with the children's ids; resumed, returns their outcomes (null while unwinding).
    /// Joining all of no children returns none at once.
    /// </summary>
    internal static ChildOutcome[]? AwaitChildren(FlowTask[]? tasks, FlowJoinMode mode)
    {
        if (SuspendAt((tasks, mode), static join => Join(join.tasks, join.mode), RestoringJoin) is not { } input)
        {
            return Array.Empty<ChildOutcome>();
        }

        if (Woven.IsCapturing)
        {
            return null;
        }

        return input.Value as ChildOutcome[] ?? throw new FlowResumeException(
            "A join resumed without its children's outcomes: the flow was resumed by something other than a FlowWorker.");
    }

    private static ChildJoinRequest? Join(FlowTask[]? tasks, FlowJoinMode mode)
    {
        ArgumentNullException.ThrowIfNull(tasks);
        if (tasks.Length == 0)
        {
            return mode == FlowJoinMode.Any ? throw new ArgumentException("JoinAny needs at least one child flow.", nameof(tasks)) : null;
        }

        if (tasks.Any(t => t is null))
        {
            throw new ArgumentException("A child flow to join is null.", nameof(tasks));
        }

        return new ChildJoinRequest(tasks.Select(t => t.Id).ToArray(), mode);
    }

    internal static IFlowHost HostOrThrow(string operation)
    {
        var execution = FlowExecution.Current ?? throw new InvalidOperationException(
            $"{operation} of a child flow was called outside a flow. Start top-level flows with FlowClient.StartAsync; Flow.Start is for code running inside one.");
        return execution.Host ?? throw new InvalidOperationException(
            $"{operation} of a child flow needs the flow to run on a FlowWorker, which creates children in the store; this flow runs without one.");
    }

    private static FlowId StartChild(LambdaExpression entry, TimeSpan? timeout, bool detached)
    {
        ArgumentNullException.ThrowIfNull(entry);
        if (timeout is { } limit && limit <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(timeout), limit, "A child flow's timeout must be positive (or null for none).");
        }

        var host = HostOrThrow("Start");
        return host.StartChild(EntryCall.FromExpression(entry), timeout, detached);
    }

    private static ChildOutcome? FirstFailure(ChildOutcome[] outcomes) => outcomes.FirstOrDefault(o => o.Status != FlowStatus.Completed);
}
