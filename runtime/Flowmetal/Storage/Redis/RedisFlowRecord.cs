using System.Globalization;
using Flowmetal.Storage.Redis.Protocol;
using Newtonsoft.Json;
using StackExchange.Redis;

namespace Flowmetal.Storage.Redis;

/// <summary>
/// Reads a flow's hash into <see cref="FlowInfo"/> and a claim's reply into a <see cref="FlowLease"/>. Never throws
/// on what it reads: a field that is not what it should be is left empty and named in the damage it reports, so
/// that one damaged record cannot break a listing, a claim or another flow's get.
/// </summary>
internal static class RedisFlowRecord
{
    /// <summary>The hash fields <see cref="Read"/> expects, in order (the continuation and entry are not read; the result only when asked).</summary>
    private static readonly string[] InfoFields =
    {
        "st", "m", "wk", "wn", "wt", "wd", "wdesc", "stk", "ca", "ua", "fa", "att", "sus", "own", "lu", "err",
        "par", "dl", "cx", "kl", "wc", "wm", "wx", "tp", "le", "bd", "nb",
    };

    public static readonly RedisValue[] Fields = InfoFields.Select(f => (RedisValue)f).ToArray();

    public static readonly RedisValue[] FieldsWithResult = Fields.Append("res").ToArray();

    /// <summary>
    /// The flow's state, or <see langword="null"/> when the hash does not exist (<paramref name="damage"/> null) or its
    /// status cannot be read (<paramref name="damage"/> says what). Other damaged fields are left empty and named in
    /// <see cref="FlowInfo.Damage"/>.
    /// </summary>
    public static StoredFlow? Read(FlowId id, RedisValue[] values, out string? damage)
    {
        damage = null;
        if (values.Length < InfoFields.Length || values.All(v => v.IsNull))
        {
            return null;
        }

        var fields = new FieldReader(InfoFields, values);
        var status = fields.Number("st", 0, 5);
        if (status is null)
        {
            damage = fields.Damage ?? Describe("st", "(missing)");
            return null;
        }

        var flowStatus = (FlowStatus)status.Value;
        var info = new FlowInfo
        {
            Id = id,
            Status = flowStatus,
            EntryMethod = fields.Text("m") ?? string.Empty,
            Wait = Wait(fields, fields.Number("wk", 0, 3), fields.Text("wn"), fields.Text("wt"), fields.Number("wd"), fields.Text("wdesc"), fields.Text("wc"), fields.Number("wm", 0, 1), fields.Text("wx")),
            Stack = fields.Json<StoredFrame[]>("stk") is { } frames
                ? frames.Select(f => new FlowStackFrame { Method = f.M ?? "?", SourceFile = f.F, Line = f.L }).ToArray()
                : Array.Empty<FlowStackFrame>(),
            CreatedAt = Time(fields.Number("ca")) ?? DateTimeOffset.MinValue,
            UpdatedAt = Time(fields.Number("ua")) ?? DateTimeOffset.MinValue,
            FinishedAt = Time(fields.Number("fa")),
            Attempts = (int)(fields.Number("att") ?? 0),
            Suspensions = (int)(fields.Number("sus") ?? 0),
            Worker = flowStatus == FlowStatus.Running && fields.Text("own") is { Length: > 0 } owner ? owner : null,
            LeaseExpiresAt = flowStatus == FlowStatus.Running ? Time(fields.Number("lu")) : null,
            Error = fields.Json<FlowError>("err"),
            LastAttemptError = flowStatus is FlowStatus.Running or FlowStatus.Pending or FlowStatus.Waiting ? fields.Json<FlowError>("le") : null,
            Parent = fields.Id("par"),
            Deadline = Time(fields.Number("dl")),
            CancelRequested = fields.Number("cx", 0, 3) is 1 or 2,
            Children = fields.Ids("kl"),
            Build = fields.Text("bd") is { Length: > 0 } build ? build : null,
            NeedsBuild = flowStatus is FlowStatus.Running or FlowStatus.Pending or FlowStatus.Waiting && fields.Text("nb") is { Length: > 0 } needs ? needs : null,
        };
        var result = values.Length > InfoFields.Length ? values[InfoFields.Length] : RedisValue.Null;
        var flow = new StoredFlow
        {
            Info = fields.Damage is { } found ? WithDamage(info, found) : info,
            Result = result.IsNull ? null : (byte[]?)result,
            TraceParent = fields.Text("tp") is { Length: > 0 } trace ? trace : null,
        };
        return flow;
    }

    /// <summary>
    /// A lease from one item of the claim script's reply (<see cref="RedisScripts.Claim"/>). What is damaged, in the
    /// fields the worker needs or as the script found it, goes to <see cref="FlowLease.Damage"/>.
    /// </summary>
    public static FlowLease Lease(FlowId id, string workerId, ReplyRecord reply)
    {
        var found = new List<string>();
        var fromScript = reply.Texts("damage");
        for (int i = 0; i + 1 < fromScript.Length; i += 2)
        {
            found.Add(Describe(fromScript[i], fromScript[i + 1]));
        }

        var fields = new FieldReader(reply);
        var entry = reply.Bytes("entry");
        if (entry is null)
        {
            found.Add(Describe("e", "(missing)"));
        }

        var method = reply.Text("method");
        if (method is null)
        {
            found.Add(Describe("m", "(missing)"));
        }

        var wait = Wait(
            fields, reply.IsNull("wait_kind") ? null : reply.Long("wait_kind"), reply.Text("wait_name"), reply.Text("wait_type"),
            reply.IsNull("wait_due") ? null : reply.Long("wait_due"), reply.Text("wait_desc"), reply.Text("wait_children"), reply.Long("wait_mode"),
            reply.Text("wait_extras"));
        var parent = fields.Id("parent");
        var lastError = fields.Json<FlowError>("last_error");
        if (fields.Damage is { } parsed)
        {
            found.Add(parsed);
        }

        var interrupt = (FlowInterruptKind)reply.Int("interrupt");
        return new FlowLease
        {
            Id = id,
            Token = reply.Long("token"),
            WorkerId = workerId,
            Entry = entry ?? Array.Empty<byte>(),
            Continuation = reply.Bytes("continuation"),
            ResumedFrom = wait,
            Resume = interrupt != FlowInterruptKind.None ? FlowResume.Interrupted(interrupt, reply.Text("reason")) : FlowResume.WithPayload(reply.Bytes("payload")),
            Attempt = reply.Int("attempt"),
            ExpiresAt = DateTimeOffset.FromUnixTimeMilliseconds(reply.Long("lease_end")),
            EntryMethod = method ?? string.Empty,
            Suspensions = reply.Int("suspensions"),
            Deadline = Time(reply.Long("deadline")),
            Parent = parent,
            TraceParent = reply.Text("trace") is { Length: > 0 } trace ? trace : null,
            ReadySince = Time(reply.Long("ready")),
            LastAttemptError = lastError,
            Damage = found.Count == 0 ? null : string.Join("; ", found),
        };
    }

    /// <summary>
    /// A kept continuation from its bytes and its description (the JSON the scripts write, with its number, <see cref="Protocol.RedisHistory"/>),
    /// or <see langword="null"/> when the description cannot be read.
    /// </summary>
    public static StoredCheckpoint? Checkpoint(byte[] continuation, string head)
    {
        KeptHead? kept;
        try
        {
            kept = JsonConvert.DeserializeObject<KeptHead>(head);
        }
        catch (Exception error) when (error is JsonException or ArgumentException or FormatException or InvalidCastException or OverflowException)
        {
            return null;
        }

        if (kept is null || Parse(kept.N) is not { } number || number is < 0 or > int.MaxValue)
        {
            return null;
        }

        var fields = new FieldReader(Array.Empty<string>(), Array.Empty<RedisValue>());
        var wait = Wait(fields, Parse(kept.Wk), kept.Wn, kept.Wt, Parse(kept.Wd), kept.Wdesc, kept.Wc, Parse(kept.Wm), kept.Wx);
        if (wait is null)
        {
            return null;
        }

        return new StoredCheckpoint
        {
            Number = (int)number,
            SavedAt = Time(Parse(kept.T)) ?? DateTimeOffset.MinValue,
            Wait = wait,
            Stack = fields.JsonText<StoredFrame[]>("stk", kept.Stk) is { } frames
                ? frames.Select(f => new FlowStackFrame { Method = f.M ?? "?", SourceFile = f.F, Line = f.L }).ToArray()
                : Array.Empty<FlowStackFrame>(),
            Continuation = continuation,
            RestoredFrom = Parse(kept.R) is { } from ? (int)from : null,
        };

        static long? Parse(string? text) => long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) ? n : null;
    }

    /// <summary>The wait's fields the scripts do not look at (retry details), as JSON; empty when there are none.</summary>
    public static string WaitExtrasJson(FlowWait wait) =>
        wait.RetryOf is null ? string.Empty : JsonConvert.SerializeObject(new WaitExtras { O = wait.RetryOf, A = wait.RetryAttempt, X = wait.RetryMaxAttempts });

    /// <summary>Ids as the scripts join them (children started, children joined).</summary>
    public static string JoinIds(IEnumerable<FlowId> ids) => string.Join(",", ids.Select(i => i.Value));

    /// <summary>The stack as JSON, written by hand: it is stored at every suspension, and a serializer's setup costs more than the writing.</summary>
    public static string StackJson(IReadOnlyList<FlowStackFrame> stack)
    {
        var json = new System.Text.StringBuilder("[");
        for (int i = 0; i < stack.Count; i++)
        {
            var frame = stack[i];
            json.Append(i == 0 ? "{\"M\":" : ",{\"M\":").Append(JsonConvert.ToString(frame.Method))
                .Append(",\"F\":").Append(frame.SourceFile is null ? "null" : JsonConvert.ToString(frame.SourceFile))
                .Append(",\"L\":").Append(frame.Line.ToString(CultureInfo.InvariantCulture)).Append('}');
        }

        return json.Append(']').ToString();
    }

    public static byte[] ErrorJson(FlowError error) => System.Text.Encoding.UTF8.GetBytes(JsonConvert.SerializeObject(error));

    /// <summary>"field 'wx' (the wait's details) holds 'not json'": what a damage report says about one field.</summary>
    public static string Describe(string field, string value) => value switch
    {
        "(missing)" => $"field '{field}' ({Meaning(field)}) is missing",
        _ when value.EndsWith(" bytes", StringComparison.Ordinal) && field == "c" =>
            $"its continuation (field 'c') is {value}, more than this worker loads ({nameof(Worker.FlowWorkerOptions)}.{nameof(Worker.FlowWorkerOptions.MaxContinuationBytes)})",
        _ when value.EndsWith(" bytes", StringComparison.Ordinal) && field.StartsWith("v:", StringComparison.Ordinal) =>
            $"the payload waiting for it in its signal buffer (field '{field}') is {value}, more than the store accepts ({nameof(FlowStoreLimits)}.{nameof(FlowStoreLimits.MaxSignalPayloadBytes)})",
        _ => $"field '{field}' ({Meaning(field)}) holds '{Shorten(value)}'",
    };

    private static string Meaning(string field) => field switch
    {
        "st" => "the status",
        "tok" => "the fencing token",
        "att" => "the attempt count",
        "sus" => "the suspension count",
        "lu" => "the lease's end",
        "wk" or "wait_kind" => "the wait's kind",
        "wd" or "wait_due" => "the wait's due time",
        "dl" or "deadline" => "the deadline",
        "ca" => "the creation time",
        "ua" => "the update time",
        "fa" => "the finish time",
        "cx" => "the cancellation's state",
        "tx" => "the timeout's state",
        "wm" or "wait_mode" => "the join's mode",
        "sb" => "the number of buffered signals",
        "cons" => "the signal being consumed",
        "fx" => "the pending effects",
        "wn" or "wait_name" => "the awaited signal's name",
        "wx" or "wait_extras" => "the wait's details",
        "wc" or "wait_children" => "the joined children",
        "stk" => "the suspended stack",
        "err" => "the error",
        "le" or "last_error" => "the last attempt's error",
        "par" or "parent" => "the parent's id",
        "kl" => "the started children",
        "e" => "the entry call",
        "m" => "the entry method",
        _ when field.StartsWith("h:", StringComparison.Ordinal) || field.StartsWith("t:", StringComparison.Ordinal) => $"the queue of signal '{field[2..]}'",
        _ => "a field of the flow",
    };

    private static string Shorten(string value) => value.Length <= 60 ? value : value[..60] + "...";

    private static FlowInfo WithDamage(FlowInfo info, string damage) => new()
    {
        Id = info.Id,
        Status = info.Status,
        EntryMethod = info.EntryMethod,
        Wait = info.Wait,
        Stack = info.Stack,
        CreatedAt = info.CreatedAt,
        UpdatedAt = info.UpdatedAt,
        FinishedAt = info.FinishedAt,
        Attempts = info.Attempts,
        Suspensions = info.Suspensions,
        Worker = info.Worker,
        LeaseExpiresAt = info.LeaseExpiresAt,
        Error = info.Error,
        LastAttemptError = info.LastAttemptError,
        Parent = info.Parent,
        Deadline = info.Deadline,
        CancelRequested = info.CancelRequested,
        Children = info.Children,
        Damage = damage,
        Build = info.Build,
        NeedsBuild = info.NeedsBuild,
    };

    private static FlowWait? Wait(
        FieldReader fields, long? kind, string? name, string? type, long? due, string? description, string? children, long? mode, string? extras)
    {
        if (kind is null)
        {
            return null;
        }

        var waitKind = (FlowWaitKind)kind.Value;
        var joined = waitKind == FlowWaitKind.Child ? fields.IdList("wc", children) : Array.Empty<FlowId>();
        var more = fields.JsonText<WaitExtras>("wx", extras);
        return new FlowWait
        {
            Kind = waitKind,
            SignalName = waitKind == FlowWaitKind.Signal ? name : null,
            PayloadType = waitKind == FlowWaitKind.Signal ? type : null,
            Due = waitKind is FlowWaitKind.Timer or FlowWaitKind.Signal ? Time(due) : null,
            Child = joined.Count > 0 ? (FlowId?)joined[0] : null,
            Children = joined,
            JoinMode = mode == 1 ? FlowJoinMode.Any : FlowJoinMode.All,
            RetryOf = more?.O,
            RetryAttempt = more?.A,
            RetryMaxAttempts = more?.X,
            Description = description ?? string.Empty,
        };
    }

    // A missing field, or 0 (the scripts' "none"), is no time.
    private static DateTimeOffset? Time(long? milliseconds) =>
        milliseconds is not { } ms || ms <= 0 || ms > 253_402_300_799_999 ? null : DateTimeOffset.FromUnixTimeMilliseconds(ms);

    /// <summary>Reads fields by name, noting each one that is not what it should be.</summary>
    private sealed class FieldReader
    {
        private readonly Func<string, RedisValue> _get;
        private readonly Func<string, string> _stored = name => name;
        private List<string>? _damage;

        public FieldReader(string[] names, RedisValue[] values)
        {
            var index = new Dictionary<string, int>(StringComparer.Ordinal);
            for (int i = 0; i < names.Length; i++)
            {
                index[names[i]] = i;
            }

            _get = name => index.TryGetValue(name, out int i) ? values[i] : RedisValue.Null;
        }

        public FieldReader(ReplyRecord reply)
        {
            _get = name => (RedisValue)reply[name];
            _stored = name => name switch
            {
                "parent" => "par",
                "wait_children" => "wc",
                "wait_extras" => "wx",
                "last_error" => "le",
                _ => name,
            };
        }

        public string? Damage => _damage is null ? null : string.Join("; ", _damage);

        public string? Text(string field) => _get(field) is { IsNull: false } value ? (string?)value : null;

        public long? Number(string field, long min = 0, long max = long.MaxValue)
        {
            var value = _get(field);
            if (value.IsNullOrEmpty)
            {
                return null;
            }

            var text = (string)value!;
            if (long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long number) && number >= min && number <= max)
            {
                return number;
            }

            Note(field, text);
            return null;
        }

        public T? Json<T>(string field)
            where T : class => JsonText<T>(field, Text(field));

        public T? JsonText<T>(string field, string? json)
            where T : class
        {
            if (string.IsNullOrEmpty(json))
            {
                return null;
            }

            try
            {
                return JsonConvert.DeserializeObject<T>(json);
            }
            catch (Exception error) when (error is JsonException or ArgumentException or FormatException or InvalidCastException or OverflowException)
            {
                Note(field, json);
                return null;
            }
        }

        public FlowId? Id(string field)
        {
            var text = Text(field);
            if (string.IsNullOrEmpty(text))
            {
                return null;
            }

            if (FlowId.TryParse(text, out var id))
            {
                return id;
            }

            Note(field, text);
            return null;
        }

        public IReadOnlyList<FlowId> Ids(string field) => IdList(field, Text(field));

        public IReadOnlyList<FlowId> IdList(string field, string? joined)
        {
            if (string.IsNullOrEmpty(joined))
            {
                return Array.Empty<FlowId>();
            }

            var ids = new List<FlowId>();
            foreach (var part in joined.Split(',', StringSplitOptions.RemoveEmptyEntries))
            {
                if (FlowId.TryParse(part, out var id))
                {
                    ids.Add(id);
                }
                else
                {
                    Note(field, joined);
                    break;
                }
            }

            return ids;
        }

        private void Note(string field, string value) => (_damage ??= new List<string>()).Add(Describe(_stored(field), value));
    }

    private sealed class WaitExtras
    {
        public string? O { get; set; }

        public int? A { get; set; }

        public int? X { get; set; }
    }

    /// <summary>A kept continuation's description as the scripts write it: every value a string, as the save's arguments were.</summary>
    private sealed class KeptHead
    {
        public string? N { get; set; }

        public string? T { get; set; }

        public string? Stk { get; set; }

        public string? Wk { get; set; }

        public string? Wn { get; set; }

        public string? Wt { get; set; }

        public string? Wd { get; set; }

        public string? Wdesc { get; set; }

        public string? Wc { get; set; }

        public string? Wm { get; set; }

        public string? Wx { get; set; }

        public string? R { get; set; }
    }

    private sealed class StoredFrame
    {
        public string? M { get; set; }

        public string? F { get; set; }

        public int L { get; set; }
    }
}
