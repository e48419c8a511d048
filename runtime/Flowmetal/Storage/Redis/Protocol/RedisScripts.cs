namespace Flowmetal.Storage.Redis.Protocol;

/// <summary>
/// The store's scripts, each a <see cref="FlowScript"/> of one transition of <see cref="RedisTransitions"/>. Redis runs a
/// script atomically, so each transition is atomic. On Redis Cluster a script may only touch one hash slot: the
/// flow's transition runs over the flow's keys alone (<see cref="FlowScript.Alone"/>), and the global indexes
/// (schedule, status sets, expiries: one slot of their own) are updated by a separate <see cref="Index"/> call, as
/// hints added before a flow can need them and repaired by the worker that finds them stale. On a single Redis node
/// (or a primary with replicas) the same transition and its index update run as one script
/// (<see cref="FlowScript.Indexed"/>): the schedule is then exact, and each transition is one round trip.
/// </summary>
internal static class RedisScripts
{
    private static readonly string[] ClaimReply =
    {
        "ok", "status", "next", "created", "effects", "token", "attempt", "lease_end", "ready", "interrupt", "reason", "deadline", "suspensions",
        "entry", "continuation", "method", "wait_kind", "wait_name", "wait_type", "wait_due", "wait_desc", "wait_extras", "wait_children",
        "wait_mode", "parent", "trace", "payload", "last_error", "damage",
    };

    // Declared before the scripts: static fields are initialized in the order of the text.
    private static readonly string[] CommitItemHead = ["kind", "id"];

    private static readonly string[] CommitItemKeys = ["flow", "signals"];

    private static readonly string[] CommitTransitions = ["t_save", "t_finish"];

    private static readonly string[] TakeArgs = ["max", "hold_ms", "skip_ms", "prefix"];

    private static readonly string[] TakeItemArgs = ["running"];

    public static readonly FlowScript Create = FlowScript.Single(
        "create", new[] { "flow" }, new[] { "entry", "method", "parent", "timeout_ms", "trace" }, new[] { "created", "method", "created_at" },
        "t_create", "t_create(KEY.flow, ARG, now_ms())", RedisFastPaths.Create);

    /// <summary>
    /// The starts of several flows in one call (a client's group commit, single node only: see <see cref="RedisClientGroupCommit"/>):
    /// each item is one <see cref="Create"/>, with its fast path, under pcall.
    /// </summary>
    public static readonly FlowScript CreateBatch = FlowScript.Batch(
        "create_batch", Array.Empty<string>(), new[] { "flow" }, new[] { "id", "entry", "method", "parent", "timeout_ms", "trace" }, new[] { "created", "method", "created_at" },
        new[] { "t_create" }, "t_create(it.flow, it, now)",
        RedisFastPaths.Named(RedisFastPaths.Create, "create_fast") + "\nlocal function fast(it, a, now) return create_fast(it, it, now) end\n");

    public static readonly FlowScript Signal = FlowScript.Single(
        "signal", new[] { "flow", "signals" }, new[] { "name", "payload", "max_buffered" }, new[] { "code", "damage" },
        "t_signal", "t_signal(KEY.flow, KEY.signals, ARG, now_ms())");

    public static readonly FlowScript Claim = FlowScript.Batch(
        "claim", new[] { "worker", "lease_ms", "margin_ms", "max_payload", "max_continuation" }, new[] { "flow", "signals" }, new[] { "id" }, ClaimReply,
        new[] { "t_claim" }, "t_claim(it.flow, it.signals, ARG, now)", RedisFastPaths.Claim);

    public static readonly FlowScript Save = FlowScript.Single(
        "save",
        new[] { "flow", "signals" },
        new[] { "token", "continuation", "stack", "wait_kind", "wait_name", "wait_type", "wait_due", "wait_desc", "release", "wait_children", "wait_mode", "wait_extras", "max_payload", "history", "build", "head" },
        new[] { "ok", "continue", "payload", "interrupt", "reason", "next", "status", "created" },
        "t_save",
        "t_save(KEY.flow, KEY.signals, ARG, now_ms())",
        RedisFastPaths.Save);

    public static readonly FlowScript Finish = FlowScript.Single(
        "finish", new[] { "flow", "signals" }, new[] { "token", "status", "field", "value", "channel", "id", "retention_ms", "history" },
        new[] { "ok", "created", "effects", "expire_at" },
        "t_finish", "t_finish(KEY.flow, KEY.signals, ARG, now_ms())", RedisFastPaths.Finish);

    public static readonly FlowScript Quarantine = FlowScript.Single(
        "quarantine", new[] { "flow", "signals" }, new[] { "error", "channel", "id", "retention_ms" }, new[] { "ok", "created" },
        "t_quarantine", "t_quarantine(KEY.flow, KEY.signals, ARG, now_ms())");

    public static readonly FlowScript Renew = FlowScript.Batch(
        "renew", new[] { "lease_ms", "margin_ms" }, new[] { "flow" }, new[] { "id", "token" }, new[] { "ok", "lease_end" },
        new[] { "t_renew" }, "t_renew(it.flow, it.token, tonumber(ARG.lease_ms), tonumber(ARG.margin_ms), now)");

    public static readonly FlowScript RetryLater = FlowScript.Single(
        "retry_later", new[] { "flow" }, new[] { "token", "delay_ms", "error" }, new[] { "ok", "lease_end" },
        "t_retry_later", "t_retry_later(KEY.flow, ARG, now_ms())");

    /// <summary>Hands back a flow claimed but never run: claimable now, the claim's attempt given back (see <see cref="RedisTransitions"/>' t_hand_back).</summary>
    public static readonly FlowScript HandBack = FlowScript.Single(
        "hand_back", new[] { "flow" }, new[] { "token" }, new[] { "ok", "lease_end" },
        "t_hand_back", "t_hand_back(KEY.flow, ARG, now_ms())");

    public static readonly FlowScript Leave = FlowScript.Single(
        "leave", new[] { "flow" }, new[] { "token", "delay_ms", "max_delay_ms", "error", "build" }, new[] { "ok", "lease_end" },
        "t_leave", "t_leave(KEY.flow, ARG, now_ms())");

    public static readonly FlowScript Cancel = FlowScript.Single(
        "cancel", new[] { "flow" }, new[] { "reason" }, new[] { "code" },
        "t_cancel", "t_cancel(KEY.flow, ARG, now_ms())");

    public static readonly FlowScript ChildEnded = FlowScript.Single(
        "child_ended", new[] { "flow", "signals" }, new[] { "child", "status" }, new[] { "code" },
        "t_child_ended", "t_child_ended(KEY.flow, KEY.signals, ARG, now_ms())");

    /// <summary>The arguments of a full <see cref="Commit"/> item: <c>kind</c>, <c>id</c>, then those of <see cref="Save"/> and <see cref="Finish"/>.</summary>
    public static readonly string[] CommitFullItemArgs = CommitItemHead.Concat(Save.Alone.Shape.Args).Concat(Finish.Alone.Shape.Args).Distinct().ToArray();

    /// <summary>
    /// The arguments of a checkpoint item of <see cref="Commit"/> (<c>kind</c> <c>c</c>): a checkpoint the flow runs on from,
    /// whose wait fields are a checkpoint's (<see cref="CommitItems"/> sends only those).
    /// </summary>
    public static readonly string[] CommitCheckpointItemArgs = ["kind", "id", "token", "continuation", "stack", "build", "history", "head", "wait_desc"];

    /// <summary>
    /// The arguments of an end item of <see cref="Commit"/> (<c>kind</c> <c>e</c>): a flow's end with <see cref="Finish"/>'s
    /// arguments alone (<see cref="CommitItems"/> sends every end that is not a failure as one).
    /// </summary>
    public static readonly string[] CommitEndItemArgs = ["kind", "id", "token", "status", "field", "value", "channel", "retention_ms", "history"];

    /// <summary>
    /// The group commit (single node only): the saves and ends of several flows, written in one script call. Each item is one
    /// flow's <see cref="Save"/> (<c>kind</c> <c>s</c>) or <see cref="Finish"/> (<c>kind</c> <c>f</c>) with that transition's
    /// arguments (<see cref="CommitFullItemArgs"/>), a checkpoint the flow runs on from (<c>kind</c> <c>c</c>,
    /// <see cref="CommitCheckpointItemArgs"/>), or an end that is not a failure (<c>kind</c> <c>e</c>, <see cref="CommitEndItemArgs"/>).
    /// Each is fenced by its own token and runs exactly as the transition's own script would (the same fast path, else the
    /// full transition), under Lua's pcall: a flow whose keys a command fails on gets its own <c>error</c> and leaves the
    /// others' writes standing. The reply is one record per item, with the fields of both transitions, or an integer for a
    /// compact item its fast path took: 1 for a checkpoint (stored, run on, nothing to deliver), 2 for an end (ended, no
    /// effects on other flows).
    /// </summary>
    public static readonly RedisScript Commit = CommitScript();

    /// <summary>Puts back a kept continuation of a flow (a retry of a failed flow, a rewind): see <see cref="RedisTransitions"/>' t_restore.</summary>
    public static readonly FlowScript Restore = FlowScript.Single(
        "restore", new[] { "flow", "signals" }, new[] { "mode", "number", "history" }, new[] { "code", "number", "status", "worker", "kept", "damage" },
        "t_restore", "t_restore(KEY.flow, KEY.signals, ARG, now_ms())");

    /// <summary>Links a child to its running parent: over the parent's keys only, no index change.</summary>
    public static readonly RedisScript RegisterChild = new(
        "register_child",
        ScriptShape.Of(new[] { "flow" }, new[] { "token", "child", "detached" }, new[] { "ok" }),
        RedisLua.Library("t_register_child"),
        "return reply(t_register_child(KEY.flow, ARG))");

    public static readonly RedisScript Effects = new(
        "effects",
        ScriptShape.Of(new[] { "flow" }, Array.Empty<string>(), new[] { "pending", "status", "parent", "children" }),
        RedisLua.Library("t_effects"),
        "return reply(t_effects(KEY.flow))");

    public static readonly RedisScript ClearEffects = new(
        "clear_effects",
        ScriptShape.Of(new[] { "flow" }, Array.Empty<string>(), new[] { "ok" }),
        string.Empty,
        "redis.call('HDEL', KEY.flow, 'fx')\nreturn reply({ok = 1})");

    private static RedisScript CommitScript()
    {
        var reply = Save.Alone.Shape.Reply.Concat(Finish.Alone.Shape.Reply).Append("error").Concat(FlowScript.Intent).Distinct().ToArray();
        var fullItem = string.Join(", ", CommitFullItemArgs.Select((a, i) => $"{a} = ARGV[p + {i + 1}]"));
        var checkpointItem = string.Join(", ", CommitCheckpointItemArgs.Select((a, i) => $"{a} = ARGV[p + {i + 1}]"));
        var endItem = string.Join(", ", CommitEndItemArgs.Select((a, i) => $"{a} = ARGV[p + {i + 1}]"));
        var body = $$"""
            {{RedisFastPaths.Named(RedisFastPaths.Save, "fast_save")}}
            {{RedisFastPaths.Named(RedisFastPaths.Finish, "fast_finish")}}
            local function fast(it, a, now)
              if it.kind == 's' then return fast_save(it, it, now) end
              return fast_finish(it, it, now)
            end
            local function general()
            {{RedisLua.FunctionsOf(CommitTransitions)}}
            return function(it, now) return (it.kind == 's' and t_save or t_finish)(it.flow, it.signals, it, now) end
            end
            local q = index_queue()
            local t = redis.call('TIME')
            local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
            {{Step}}
            -- A full item, its arguments named from ARGV[p + 1] on, its keys KEYS[k + 1] and KEYS[k + 2].
            local function full(k, p) return {flow = KEYS[k + 1], signals = KEYS[k + 2], {{fullItem}}} end
            -- A checkpoint item as the full one it stands for: a checkpoint's wait, run on from (release 0).
            local function checkpoint_as_full(k, p)
              local it = {flow = KEYS[k + 1], signals = KEYS[k + 2], {{checkpointItem}}}
              it.kind, it.wait_kind, it.wait_name, it.wait_type, it.wait_due, it.release = 's', '0', '', '', '0', '0'
              it.wait_children, it.wait_mode, it.wait_extras, it.max_payload = '', '0', '', '0'
              return it
            end
            {{RedisFastPaths.Checkpoint}}
            -- An end item as the full one it stands for.
            local function ending_as_full(k, p)
              local it = {flow = KEYS[k + 1], signals = KEYS[k + 2], {{endItem}}}
              it.kind = 'f'
              return it
            end
            local out, wake = {}, false
            {{RedisFastPaths.Ending}}
            local k, p = {{RedisLua.IndexKeys.Length}}, 1
            for i = 1, ITEM_COUNT do
              local id, done, r = ARGV[p + 2], nil, nil
              local kind = ARGV[p + 1]
              if kind == 'c' then
                done, r = pcall(checkpoint, k, p)
                p = p + {{CommitCheckpointItemArgs.Length}}
              elseif kind == 'e' then
                done, r = pcall(ending, k, p)
                p = p + {{CommitEndItemArgs.Length}}
              else
                done, r = pcall(step, full(k, p))
                p = p + {{CommitFullItemArgs.Length}}
              end
              k = k + 2
              -- Redis 7.0 raises a command's error as a string, later versions as a table with err.
              if not done then r = {ok = -1, error = type(r) == 'table' and tostring(r.err or r.message) or tostring(r)} end
              if r == 1 or r == 2 then
                out[i] = r
              else
                if r.ix_change then
                  if reindex(IX, id, r.ix_change, r.ix_score or -1, 0, r.ix_status or IX_KEEP, r.ix_old, r.ix_created or 0, r.ix_expire, wake, q) then wake = true end
                end
                out[i] = reply(r)
              end
            end
            index_flush(q)
            if wake then redis.call('PUBLISH', ARG.wake_channel, '1') end
            return out
            """;

        // Items are counted by their keys (two each): their arguments are of two lengths, read by the loop above.
        return new RedisScript(
            "commit",
            ScriptShape.Of(RedisLua.IndexKeys, ["wake_channel"], reply).WithItems(CommitItemKeys, Array.Empty<string>()),
            RedisLua.Library("reindex"),
            body);
    }

    /// <summary>
    /// Over the indexes: forgets finished flows past their retention (a few at a time), then takes up to max flows due
    /// now and pushes them hold ms ahead, so that no other worker takes them meanwhile. The worker's own running flows
    /// (due when a lease lapsed under a long step) are left to others, pushed only skip ms ahead so that the worker's
    /// own claim loop does not spin on them.
    /// </summary>
    public static readonly RedisScript Reserve = new(
        "reserve",
        ScriptShape.Of(RedisLua.IndexKeys, new[] { "max", "hold_ms", "skip_ms" }, new[] { "hold", "ids" }).WithItems(Array.Empty<string>(), new[] { "running" }),
        RedisLua.Library("now_ms", "reindex"),
        ReserveDue + """
        return reply({hold = hold, ids = ids})
        """);

    // One item's transition, run under pcall by the batch's loop (Batch, Take): its fast path when there is one and it takes
    // the case, else the general transitions, whose functions are made once per call and only when first needed.
    internal const string Step = """
        local slow = nil
        local function step(it)
          local r = fast and fast(it, ARG, now)
          if r == nil then
            slow = slow or general()
            r = slow(it, now)
          end
          return r
        end

        """;

    // The reservation shared by Reserve and Take: forgets expired flows, then holds up to max due flows (ids, until hold),
    // pushing the worker's own running ones (skip) only a little ahead.
    private const string ReserveDue = """
        local ix = IX
        local now = now_ms()
        for _, id in ipairs(redis.call('ZRANGEBYSCORE', ix.expiries, '-inf', now, 'LIMIT', 0, 100)) do drop(ix, id) end
        local skip = {}
        for i = 1, ITEM_COUNT do skip[item(i).running] = true end
        local max = tonumber(ARG.max)
        local due = redis.call('ZRANGEBYSCORE', ix.schedule, '-inf', now, 'LIMIT', 0, max + ITEM_COUNT)
        local hold, later = now + tonumber(ARG.hold_ms), now + tonumber(ARG.skip_ms)
        local ids = {}
        for _, id in ipairs(due) do
          if skip[id] then
            redis.call('ZADD', ix.schedule, later, id)
          elseif #ids < max then
            redis.call('ZADD', ix.schedule, hold, id)
            ids[#ids + 1] = id
          end
        end

        """;

    /// <summary>
    /// <see cref="Reserve"/> and <see cref="Claim"/> in one call (single node only): the flows reserved are claimed at once,
    /// each as <see cref="Claim"/>'s items would be (its fast path, else t_claim, under pcall), so that a claim costs one
    /// round trip and one script start instead of two. The flows' keys are not declared: they are made from the ids the
    /// schedule holds and the key prefix (<c>prefix:{id}:flow</c>, <c>prefix:{id}:signals</c>, as <see cref="RedisKeys"/>
    /// names them), which a single node allows (a cluster, where each flow has its own slot, takes the two calls). The
    /// reply is <c>{hold, ids, items}</c>: the reservation's hold and ids, and per id <see cref="Claim"/>'s record, or false
    /// for an entry that is not a flow id (left to the store to drop from the indexes, as after <see cref="Reserve"/>).
    /// </summary>
    public static readonly RedisScript Take = TakeScript();

    private static RedisScript TakeScript()
    {
        var claim = Claim.Indexed.Shape;
        var args = TakeArgs.Concat(claim.Args).ToArray();
        var body = $$"""
            {{RedisFastPaths.Claim}}
            local function general()
            {{RedisLua.FunctionsOf("t_claim")}}
            return function(it, now) return t_claim(it.flow, it.signals, ARG, now) end
            end
            {{ReserveDue}}
            {{Step}}
            local out, wake, q = {}, false, index_queue()
            for n, id in ipairs(ids) do
              -- As FlowId.TryParse: 1 to 128 of letters, digits and - _ . : @ / +.
              if #id >= 1 and #id <= 128 and not string.find(id, '[^%w%-_%.:@/%+]') then
                local it = {flow = ARG.prefix .. ':{' .. id .. '}:flow', signals = ARG.prefix .. ':{' .. id .. '}:signals', id = id}
                local done, r = pcall(step, it)
                -- Redis 7.0 raises a command's error as a string, later versions as a table with err.
                if not done then r = {ok = -1, error = type(r) == 'table' and tostring(r.err or r.message) or tostring(r)} end
                -- A claim's lease ends at now + lease_ms, so its schedule entry (the end plus the margin) is the hold this script
                -- has just given it: one ZADD less per flow.
                if r.ix_change == SC_SET and r.ix_score == hold then r.ix_change = SC_KEEP end
                if r.ix_change then
                  if reindex(IX, id, r.ix_change, r.ix_score or -1, 0, r.ix_status or IX_KEEP, r.ix_old, r.ix_created or 0, r.ix_expire, wake, q) then wake = true end
                end
                out[n] = reply(r)
              else
                out[n] = false
              end
            end
            index_flush(q)
            if wake then redis.call('PUBLISH', ARG.wake_channel, '1') end
            return {hold, ids, out}
            """;
        return new RedisScript(
            "take",
            ScriptShape.Of(RedisLua.IndexKeys, args, claim.Reply.ToArray()).WithItems(Array.Empty<string>(), TakeItemArgs),
            RedisLua.Library("now_ms", "reindex"),
            body);
    }

    /// <summary>
    /// Over the indexes, for Redis Cluster: applies index intents (<see cref="ScheduleChange"/>, <see cref="IndexStatus"/>)
    /// and publishes on the wake channel when a flow became due now. Returns how many <see cref="ScheduleChange.SetIfExpected"/> applied.
    /// </summary>
    public static readonly RedisScript Index = new(
        "index",
        ScriptShape.Of(RedisLua.IndexKeys, new[] { "wake_channel" }, new[] { "applied" })
            .WithItems(Array.Empty<string>(), new[] { "id", "change", "score", "expected", "status", "created", "expire_at" }),
        RedisLua.Library("reindex"),
        """
        local ix = IX
        local applied, wake = 0, false
        for i = 1, ITEM_COUNT do
          local it = item(i)
          local due, done = reindex(ix, it.id, tonumber(it.change), tonumber(it.score), tonumber(it.expected), tonumber(it.status), nil,
            tonumber(it.created), tonumber(it.expire_at))
          applied = applied + done
          if due then wake = true end
        end
        if wake then redis.call('PUBLISH', ARG.wake_channel, '1') end
        return reply({applied = applied})
        """);
}

/// <summary>
/// One flow transition as two scripts: <see cref="Alone"/> over the flow's keys (Redis Cluster; the reply carries the
/// index intent for a separate <see cref="RedisScripts.Index"/> call) and <see cref="Indexed"/>, which also applies the
/// intent to the index keys in the same atomic step (single-node Redis; extra arguments <c>id</c> and <c>wake_channel</c>).
/// </summary>
internal sealed class FlowScript
{
    private static readonly string[] IndexArgs = ["id", "wake_channel"];

    internal static readonly string[] Intent = { "ix_change", "ix_score", "ix_status", "ix_old", "ix_created", "ix_expire" };

    private FlowScript(RedisScript alone, RedisScript indexed)
    {
        Alone = alone;
        Indexed = indexed;
    }

    public RedisScript Alone { get; }

    public RedisScript Indexed { get; }

    public RedisScript For(bool singleNode) => singleNode ? Indexed : Alone;

    /// <summary>
    /// A transition of one flow: <paramref name="call"/> evaluates to its result table. The library it needs is made inside a
    /// function that runs only when needed (each local function of a script is a closure made again at every call, and most
    /// calls take <paramref name="fast"/>, a Lua function <c>fast(KEY, ARG)</c> for the common case that returns the result,
    /// or nil to leave the case to the full transition).
    /// </summary>
    public static FlowScript Single(string name, string[] keys, string[] args, string[] reply, string transition, string call, string? fast = null)
    {
        var fields = reply.Concat(Intent).ToArray();
        string Body(string after) => $$"""
            {{fast ?? "local fast = nil"}}
            local function general()
            {{RedisLua.FunctionsOf(transition)}}
            return function() return {{call}} end
            end
            local r = fast and fast(KEY, ARG)
            if r == nil then r = general()() end
            {{after}}
            return reply(r)
            """;
        var alone = new RedisScript(name, ScriptShape.Of(keys, args, fields), RedisLua.ConstantDeclarations, Body(string.Empty));
        var indexed = new RedisScript(
            name + "+index",
            ScriptShape.Of(RedisLua.IndexKeys.Concat(keys).ToArray(), args.Union(IndexArgs).ToArray(), fields),
            RedisLua.Library("reindex"),
            Body("""
                if r.ix_change then
                  local due = reindex(IX, ARG.id, r.ix_change, r.ix_score or -1, 0, r.ix_status or IX_KEEP, r.ix_old, r.ix_created or 0, r.ix_expire)
                  if due then redis.call('PUBLISH', ARG.wake_channel, '1') end
                end
                """));
        return new FlowScript(alone, indexed);
    }

    /// <summary>
    /// A transition of many flows at once (items <c>it</c>, the time <c>now</c> read once): the reply is one record per item.
    /// Each item runs under Lua's pcall: one flow whose keys a command fails on (a key of the wrong type) gets its own
    /// <c>error</c> field instead of stopping the batch half-way (Redis does not roll back what a script wrote before an error).
    /// <paramref name="fast"/> is <c>fast(it, ARG, now)</c>, as for <see cref="Single"/>.
    /// </summary>
    public static FlowScript Batch(string name, string[] args, string[] itemKeys, string[] itemArgs, string[] reply, string[] transitions, string call, string? fast = null)
    {
        var fields = reply.Append("error").Concat(Intent).Distinct().ToArray();
        string Body(string after, string before = "", string last = "") => $$"""
            {{fast ?? "local fast = nil"}}
            local function general()
            {{RedisLua.FunctionsOf(transitions)}}
            return function(it, now) return {{call}} end
            end
            {{before}}
            local t = redis.call('TIME')
            local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
            {{RedisScripts.Step}}
            local out, wake = {}, false
            for i = 1, ITEM_COUNT do
              local it = item(i)
              local done, r = pcall(step, it)
              -- Redis 7.0 raises a command's error as a string, later versions as a table with err.
              if not done then r = {ok = -1, error = type(r) == 'table' and tostring(r.err or r.message) or tostring(r)} end
              {{after}}
              out[i] = reply(r)
            end
            {{last}}
            if wake then redis.call('PUBLISH', ARG.wake_channel, '1') end
            return out
            """;
        var alone = new RedisScript(name, ScriptShape.Of(Array.Empty<string>(), args, fields).WithItems(itemKeys, itemArgs), RedisLua.ConstantDeclarations, Body(string.Empty));
        var indexed = new RedisScript(
            name + "+index",
            ScriptShape.Of(RedisLua.IndexKeys, args.Append("wake_channel").ToArray(), fields).WithItems(itemKeys, itemArgs),
            RedisLua.Library("reindex"),
            Body(
                """
                if r.ix_change then
                  if reindex(IX, it.id, r.ix_change, r.ix_score or -1, 0, r.ix_status or IX_KEEP, r.ix_old, r.ix_created or 0, r.ix_expire, wake, q) then wake = true end
                end
                """,
                "local q = index_queue()",
                "index_flush(q)"));
        return new FlowScript(alone, indexed);
    }
}
