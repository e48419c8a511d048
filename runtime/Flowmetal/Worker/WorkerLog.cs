using Microsoft.Extensions.Logging;

namespace Flowmetal.Worker;

/// <summary>The worker's log messages (source-generated: no allocation when the level is off). Each names the flow and its method.</summary>
internal static partial class WorkerLog
{
    [LoggerMessage(1, LogLevel.Debug, "Flow {FlowId} ({Method}): step started on worker {WorkerId}, attempt {Attempt}.")]
    public static partial void StepStarted(ILogger logger, FlowId flowId, string method, string workerId, int attempt);

    [LoggerMessage(2, LogLevel.Debug, "Flow {FlowId} ({Method}): suspended, waiting on {Wait}.")]
    public static partial void Suspended(ILogger logger, FlowId flowId, string method, string wait);

    [LoggerMessage(3, LogLevel.Information, "Flow {FlowId} ({Method}): completed.")]
    public static partial void Completed(ILogger logger, FlowId flowId, string method);

    [LoggerMessage(4, LogLevel.Warning, "Flow {FlowId} ({Method}): failed with {ErrorType}: {ErrorMessage}")]
    public static partial void Failed(ILogger logger, Exception error, FlowId flowId, string method, string errorType, string errorMessage);

    [LoggerMessage(5, LogLevel.Information, "Flow {FlowId} ({Method}): cancelled ({Reason}).")]
    public static partial void Cancelled(ILogger logger, FlowId flowId, string method, string reason);

    [LoggerMessage(6, LogLevel.Information, "Flow {FlowId} ({Method}): delivering {Interrupt} at its suspension point.")]
    public static partial void Interrupting(ILogger logger, FlowId flowId, string method, string interrupt);

    [LoggerMessage(7, LogLevel.Information, "Flow {FlowId} ({Method}): started child flow {ChildId} ({ChildMethod}).")]
    public static partial void ChildStarted(ILogger logger, FlowId flowId, string method, FlowId childId, string childMethod);

    [LoggerMessage(8, LogLevel.Warning,
        "Flow {FlowId} ({Method}): the lease (token {Token}) was lost to another worker before this step was stored; the step's work is dropped and the flow goes on from its last stored state.")]
    public static partial void LeaseLost(ILogger logger, FlowId flowId, string method, long token);

    [LoggerMessage(9, LogLevel.Error, "Worker {WorkerId} could not claim flows; retrying in {Backoff}. Check that the store is reachable.")]
    public static partial void ClaimFailed(ILogger logger, Exception error, string workerId, TimeSpan backoff);

    [LoggerMessage(10, LogLevel.Error, "Worker {WorkerId} could not wait for work; looking again shortly.")]
    public static partial void WaitFailed(ILogger logger, Exception error, string workerId);

    [LoggerMessage(11, LogLevel.Error, "Worker {WorkerId} dropped flow {FlowId} ({Method}) after a store error; another worker runs the step again once its lease expires.")]
    public static partial void StepDropped(ILogger logger, Exception error, string workerId, FlowId flowId, string method);

    [LoggerMessage(12, LogLevel.Error, "Worker {WorkerId} could not release the lease of flow {FlowId} ({Method}); it expires by itself.")]
    public static partial void ReleaseFailed(ILogger logger, Exception error, string workerId, FlowId flowId, string method);

    [LoggerMessage(16, LogLevel.Error,
        "Worker {WorkerId} could not renew the leases of its {Count} running flow(s); it tries again every third of {Lease}. Leases not renewed within {Lease} go to other workers.")]
    public static partial void RenewFailed(ILogger logger, Exception error, string workerId, int count, TimeSpan lease);

    [LoggerMessage(17, LogLevel.Warning,
        "Flow {FlowId} ({Method}): attempt {Attempt} of {MaxAttempts} at its step failed before the step could run or be stored ({ErrorType}: {ErrorMessage}); the next attempt starts in {Backoff}.")]
    public static partial void AttemptFailed(ILogger logger, Exception error, FlowId flowId, string method, int attempt, int maxAttempts, string errorType, string errorMessage, TimeSpan backoff);

    [LoggerMessage(13, LogLevel.Information,
        "Worker {WorkerId} is stopping: it claims no more flows, and the {Running} flow(s) it holds have {Grace} to reach a suspension point, where they are stored and released, or to end, and to have their writes in flight acknowledged.")]
    public static partial void Stopping(ILogger logger, string workerId, int running, TimeSpan grace);

    [LoggerMessage(14, LogLevel.Warning,
        "Worker {WorkerId} stopped while flow {FlowId} ({Method}) still ran past the grace period; its lease was released, so another worker resumes it from its last checkpoint.")]
    public static partial void Abandoned(ILogger logger, string workerId, FlowId flowId, string method);

    [LoggerMessage(15, LogLevel.Information, "Worker {WorkerId} stopped.")]
    public static partial void Stopped(ILogger logger, string workerId);

    [LoggerMessage(40, LogLevel.Information,
        "Flow {FlowId} ({Method}): this build cannot resume it, so it is left for a worker of build {Build}: {Reason}")]
    public static partial void LeftForBuild(ILogger logger, FlowId flowId, string method, string build, string reason);
}
