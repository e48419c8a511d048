using Flowmetal.Execution;

namespace Flowmetal;

/// <summary>
/// A child flow started with <see cref="Flow.Start(System.Linq.Expressions.Expression{Action}, TimeSpan?, bool)"/>:
/// any worker runs it while the parent goes on. Lives in the parent's frames like any local, so it
/// survives the parent's suspensions.
/// </summary>
/// <example>
/// <code>
/// var report = Flow.Start(() => Reports.Build(month), timeout: TimeSpan.FromMinutes(5));
/// Mail.SendReminders();            // runs while the child runs
/// var pdf = report.Join();         // suspends until the child ends
/// </code>
/// </example>
public class FlowTask
{
    // Text, not FlowId: the task is stored in its parent's frames.
    private readonly string _id;

    internal FlowTask(FlowId id) => _id = id.Value;

    /// <summary>The child flow's id (its parent's id, '/', and a sequence), for <c>FlowClient.GetAsync</c>.</summary>
    public FlowId Id => new(_id);

    /// <summary>
    /// Suspends the parent until the child ends. Throws a <see cref="FlowFailedException"/> carrying
    /// the child's error type, message and stack when it failed or was cancelled.
    /// </summary>
    /// <exception cref="FlowFailedException">The child failed, timed out or was cancelled.</exception>
    [Suspends]
    public void Join()
    {
        var outcomes = Flow.AwaitChildren(new[] { this }, FlowJoinMode.All);
        if (outcomes is null)
        {
            return;
        }

        outcomes[0].ThrowIfFailed();
    }

    /// <summary>
    /// Asks the child to stop: it gets a <see cref="FlowCancelledException"/> at its current or next
    /// suspension point, and a later <see cref="Join"/> throws a <see cref="FlowFailedException"/>
    /// for it unless the child handles the cancellation and returns.
    /// </summary>
    /// <param name="reason">Why, for the child's exception and <c>FlowInfo</c>.</param>
    public void Cancel(string? reason = null)
    {
        var host = Flow.HostOrThrow(nameof(Cancel));
        host.Cancel(Id, reason ?? $"cancelled by its parent {host.FlowId}");
    }

    /// <inheritdoc />
    public override string ToString() => "child flow " + _id;
}

/// <summary>A child flow whose entry method returns a <typeparamref name="T"/>.</summary>
/// <typeparam name="T">The child's result type.</typeparam>
public sealed class FlowTask<T> : FlowTask
{
    internal FlowTask(FlowId id)
        : base(id)
    {
    }

    /// <summary>
    /// Suspends the parent until the child ends and returns its result, or throws a
    /// <see cref="FlowFailedException"/> carrying the child's error type, message and stack.
    /// </summary>
    /// <returns>What the child's entry method returned.</returns>
    /// <exception cref="FlowFailedException">The child failed, timed out or was cancelled.</exception>
    [Suspends]
    public new T Join()
    {
        var outcomes = Flow.AwaitChildren(new FlowTask[] { this }, FlowJoinMode.All);
        return outcomes is null ? default! : outcomes[0].Result<T>();
    }
}
