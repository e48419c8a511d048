using Microsoft.Extensions.Logging;

namespace Flowmetal.Storage.Redis;

/// <summary>What the Redis store logs: the damaged records it steps around (source-generated: no allocation when the level is off).</summary>
internal static partial class RedisStoreLog
{
    [LoggerMessage(101, LogLevel.Error,
        "Redis key prefix {Prefix}: the schedule names '{Entry}', which is not a flow id; the entry was removed. Something other than Flowmetal wrote to the index.")]
    public static partial void NotAnId(ILogger logger, string prefix, string entry);

    [LoggerMessage(102, LogLevel.Error,
        "Flow {FlowId}: its key {Key} is not a Flowmetal flow record ({Problem}); it was removed from the indexes and cannot run. Delete or repair the key.")]
    public static partial void NotARecord(ILogger logger, string flowId, string key, string problem);

    [LoggerMessage(103, LogLevel.Error,
        "Flow {FlowId}: the claim script failed on its record ({Problem}); the flow was ended failed without reading its fields.")]
    public static partial void Quarantined(ILogger logger, string flowId, string problem);

    [LoggerMessage(105, LogLevel.Warning,
        "The node of the cluster slot of {Key} did not answer a claim ({Problem}); its flows are looked at again after their hold, the others are claimed now.")]
    public static partial void SlotUnavailable(ILogger logger, string key, string problem);

    [LoggerMessage(104, LogLevel.Warning,
        "Flow {FlowId}: the effects of its end on other flows (its parent's join, its children's cancellation) failed ({Problem}); a worker does them again later.")]
    public static partial void EffectsFailed(ILogger logger, Exception error, FlowId flowId, string problem);
}
