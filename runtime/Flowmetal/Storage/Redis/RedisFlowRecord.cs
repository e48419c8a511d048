using System.Globalization;
using Newtonsoft.Json;
using StackExchange.Redis;

namespace Flowmetal.Storage.Redis;

/// <summary>Reads a flow's hash into <see cref="FlowInfo"/> and a claim's reply into a <see cref="FlowLease"/>.</summary>
internal static class RedisFlowRecord
{
    /// <summary>The hash fields <see cref="Read"/> expects, in order (the continuation and entry are not read).</summary>
    public static readonly RedisValue[] Fields =
    {
        "st", "m", "wk", "wn", "wt", "wd", "wdesc", "stk", "ca", "ua", "fa", "att", "sus", "own", "lu", "err", "res",
        "par", "dl", "cx", "kl", "wc", "wm", "wx", "tp",
    };

    public static StoredFlow? Read(FlowId id, RedisValue[] values)
    {
        if (values.Length < Fields.Length || values[0].IsNull)
        {
            return null;
        }

        var status = (FlowStatus)(int)values[0];
        return new StoredFlow
        {
            Info = new FlowInfo
            {
                Id = id,
                Status = status,
                EntryMethod = (string?)values[1] ?? string.Empty,
                Wait = Wait(values[2], values[3], values[4], values[5], values[6], values[21], values[22], values[23]),
                Stack = values[7].IsNullOrEmpty ? Array.Empty<FlowStackFrame>() : Stack((string)values[7]!),
                CreatedAt = Time(values[8]) ?? DateTimeOffset.MinValue,
                UpdatedAt = Time(values[9]) ?? DateTimeOffset.MinValue,
                FinishedAt = Time(values[10]),
                Attempts = values[11].IsNull ? 0 : (int)values[11],
                Suspensions = values[12].IsNull ? 0 : (int)values[12],
                Worker = status == FlowStatus.Running && !values[13].IsNullOrEmpty ? (string?)values[13] : null,
                LeaseExpiresAt = status == FlowStatus.Running ? Time(values[14]) : null,
                Error = values[15].IsNullOrEmpty ? null : JsonConvert.DeserializeObject<FlowError>((string)values[15]!),
                Parent = values[17].IsNullOrEmpty ? null : (FlowId?)new FlowId((string)values[17]!),
                Deadline = Time(values[18]),
                CancelRequested = values[19] == "1" || values[19] == "2",
                Children = Ids(values[20]),
            },
            Result = values[16].IsNull ? null : (byte[]?)values[16],
            TraceParent = values[24].IsNullOrEmpty ? null : (string?)values[24],
        };
    }

    /// <summary>
    /// From the claim script's reply: {1, token, entry, continuation, wk, wn, wt, wd, wdesc, payload, attempts, lease end, created, method,
    /// suspensions, interrupt, reason, deadline, parent, trace context, wc, wm, wx, ready since}.
    /// </summary>
    public static FlowLease Lease(FlowId id, string workerId, RedisResult[] reply) => new()
    {
        Id = id,
        Token = (long)reply[1],
        WorkerId = workerId,
        Entry = (byte[])reply[2]!,
        Continuation = reply[3].IsNull ? null : (byte[]?)reply[3],
        ResumedFrom = Wait((RedisValue)reply[4], (RedisValue)reply[5], (RedisValue)reply[6], (RedisValue)reply[7], (RedisValue)reply[8],
            (RedisValue)reply[20], (RedisValue)reply[21], (RedisValue)reply[22]),
        Payload = reply[9].IsNull ? null : (byte[]?)reply[9],
        Attempt = (int)(long)reply[10],
        ExpiresAt = DateTimeOffset.FromUnixTimeMilliseconds(long.Parse((string)reply[11]!, CultureInfo.InvariantCulture)),
        EntryMethod = (string?)reply[13] ?? string.Empty,
        Suspensions = (int)(long)reply[14],
        Interrupt = (string?)reply[15] switch { "c" => FlowInterruptKind.Cancelled, "t" => FlowInterruptKind.TimedOut, _ => FlowInterruptKind.None },
        InterruptReason = ((string?)reply[16]) is { Length: > 0 } reason ? reason : null,
        Deadline = Time((RedisValue)reply[17]),
        Parent = ((string?)reply[18]) is { Length: > 0 } parent ? (FlowId?)new FlowId(parent) : null,
        TraceParent = ((string?)reply[19]) is { Length: > 0 } trace ? trace : null,
        ReadySince = Time((RedisValue)reply[23]),
    };

    /// <summary>The wait's fields the scripts do not look at (retry details), as JSON; empty when there are none.</summary>
    public static string WaitExtrasJson(FlowWait wait) =>
        wait.RetryOf is null ? string.Empty : JsonConvert.SerializeObject(new WaitExtras { O = wait.RetryOf, A = wait.RetryAttempt, X = wait.RetryMaxAttempts });

    /// <summary>Ids as the scripts join them (children started, children joined).</summary>
    public static string JoinIds(IEnumerable<FlowId> ids) => string.Join(",", ids.Select(i => i.Value));

    public static string StackJson(IReadOnlyList<FlowStackFrame> stack) =>
        JsonConvert.SerializeObject(stack.Select(f => new StoredFrame { M = f.Method, F = f.SourceFile, L = f.Line }));

    public static byte[] ErrorJson(FlowError error) => System.Text.Encoding.UTF8.GetBytes(JsonConvert.SerializeObject(error));

    private static IReadOnlyList<FlowStackFrame> Stack(string json) =>
        (JsonConvert.DeserializeObject<StoredFrame[]>(json) ?? Array.Empty<StoredFrame>())
            .Select(f => new FlowStackFrame { Method = f.M ?? "?", SourceFile = f.F, Line = f.L })
            .ToArray();

    private static FlowWait? Wait(
        RedisValue kind, RedisValue name, RedisValue type, RedisValue due, RedisValue description, RedisValue children, RedisValue mode, RedisValue extras)
    {
        if (kind.IsNullOrEmpty)
        {
            return null;
        }

        var waitKind = (FlowWaitKind)(int)kind;
        var joined = waitKind == FlowWaitKind.Child ? Ids(children) : Array.Empty<FlowId>();
        var more = extras.IsNullOrEmpty ? null : JsonConvert.DeserializeObject<WaitExtras>((string)extras!);
        return new FlowWait
        {
            Kind = waitKind,
            SignalName = waitKind == FlowWaitKind.Signal ? (string?)name : null,
            PayloadType = waitKind == FlowWaitKind.Signal ? (string?)type : null,
            Due = waitKind is FlowWaitKind.Timer or FlowWaitKind.Signal ? Time(due) : null,
            Child = joined.Count > 0 ? (FlowId?)joined[0] : null,
            Children = joined,
            JoinMode = mode == "1" ? FlowJoinMode.Any : FlowJoinMode.All,
            RetryOf = more?.O,
            RetryAttempt = more?.A,
            RetryMaxAttempts = more?.X,
            Description = (string?)description ?? string.Empty,
        };
    }

    private static IReadOnlyList<FlowId> Ids(RedisValue joined) =>
        joined.IsNullOrEmpty
            ? Array.Empty<FlowId>()
            : ((string)joined!).Split(',', StringSplitOptions.RemoveEmptyEntries).Select(id => new FlowId(id)).ToArray();

    // A missing field, or 0 (the scripts' "none"), is no time.
    private static DateTimeOffset? Time(RedisValue milliseconds) =>
        milliseconds.IsNullOrEmpty || (long)milliseconds <= 0 ? null : DateTimeOffset.FromUnixTimeMilliseconds((long)milliseconds);

    private sealed class WaitExtras
    {
        public string? O { get; set; }

        public int? A { get; set; }

        public int? X { get; set; }
    }

    private sealed class StoredFrame
    {
        public string? M { get; set; }

        public string? F { get; set; }

        public int L { get; set; }
    }
}
