using System.Reflection;
using System.Runtime.ExceptionServices;

namespace Flowmetal.Execution;

/// <summary>
/// Runs a flow's entry method on the current thread until it returns, throws or suspends. The
/// same entry call is made to start and to resume: on resume, woven code ignores the arguments
/// and reloads everything from the continuation's frames.
/// </summary>
internal static class FlowRunner
{
    public static FlowStep Run(MethodInfo entry, object? target, object?[] arguments, Continuation? resumeFrom, ResumeInput input, IFlowHost? host = null)
    {
        var execution = new FlowExecution { Entry = entry, Host = host };
        execution.Enter(resumeFrom, input);
        object? result;
        try
        {
            result = entry.Invoke(target, BindingFlags.DoNotWrapExceptions, binder: null, arguments, culture: null);
        }
        catch (Exception error)
        {
            return new FailedStep(execution.StickyRefusal ?? RefusalInside(error) ?? error);
        }
        finally
        {
            execution.Exit();
        }

        if (execution.StickyRefusal is not null)
        {
            return new FailedStep(execution.StickyRefusal);
        }

        if (execution.StillRestoring)
        {
            return new FailedStep(new FlowResumeException(
                $"Resuming {entry.DeclaringType?.FullName}.{entry.Name} did not reach the flow's suspension point: " +
                "the entry method or a method on the suspended stack is not woven. Include it in FodyWeavers.xml."));
        }

        if (execution.Request is not null)
        {
            return new SuspendedStep(execution.TakeContinuation());
        }

        return new CompletedStep(result);
    }

    /// <summary>Runs <paramref name="entry"/> straight through, answering every suspension at once.</summary>
    public static object? RunDirect(Func<object?> entry, Func<SuspensionRequest, ResumeInput> answers)
    {
        var execution = new FlowExecution(answers);
        execution.Enter(null, default);
        try
        {
            return entry();
        }
        finally
        {
            execution.Exit();
        }
    }

    /// <summary>
    /// A refused suspension wrapped on its way out by a framework method (List.Sort's "Failed to
    /// compare two elements"): the refusal is what the flow failed of, and what names the fix.
    /// </summary>
    private static UnwovenFrameException? RefusalInside(Exception error)
    {
        for (var current = error; current is not null; current = current.InnerException)
        {
            switch (current)
            {
                case UnwovenFrameException refusal:
                    return refusal;
                case AggregateException aggregate:
                    foreach (var inner in aggregate.InnerExceptions)
                    {
                        if (RefusalInside(inner) is { } found)
                        {
                            return found;
                        }
                    }

                    return null;
            }
        }

        return null;
    }

    internal static void Rethrow(Exception error) => ExceptionDispatchInfo.Capture(error).Throw();
}
