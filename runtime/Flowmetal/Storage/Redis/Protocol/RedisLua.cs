namespace Flowmetal.Storage.Redis.Protocol;

/// <summary>
/// The Lua every script shares: constants generated from the C# enums (so the two sides never disagree on a
/// number), reading a flow's hash once with its numbers checked, the signal queues, when a wait is over, and
/// the index updates. Times come from the Redis server's clock (<c>TIME</c>), the same for every worker.
/// </summary>
/// <remarks>
/// Flow hash fields: st status, m entry method, e entry, c continuation, wk wait kind (absent before the first
/// suspension), wn signal name, wt payload type, wd timer due (ms), wdesc description, stk stack (JSON), tok
/// fencing token, own worker, lu lease end (ms; after a failed attempt, when the next may start), att attempts at
/// the current step, sus suspensions, res result, err error (JSON), le the last failed attempt's error (JSON),
/// ca/ua/fa created/updated/finished (ms), cons 1 while the running step consumes the head signal of wn, sb
/// signals buffered (all names). Structured flows: par parent id, dl deadline (ms), tp trace context, cx
/// cancellation and tx timeout (<see cref="InterruptState"/>; a timeout is due once dl passes), cr the
/// cancellation's reason, wc the children a join waits on (comma separated) and wm its mode (0 all, 1 any), wx the
/// wait's display extras (JSON), kl the children started (comma separated), k:&lt;child&gt; 1 when detached else 0,
/// e:&lt;child&gt; the child's end status, fx 1 while a finished flow's effects on others (its parent's join, its
/// children's cancellation) are not yet done: they live in other hash slots, so the finisher does them after the
/// flow's own script, and a worker that finds fx still set (the finisher died) does them again; each is idempotent.
/// Signal hash fields: h:&lt;name&gt; next sequence to consume (default 1), t:&lt;name&gt; last appended (default 0),
/// v:&lt;seq&gt;:&lt;name&gt; payload. rs the signal a failed flow's step had resumed with (left at its queue's head for a retry). Kept continuations (<see cref="RedisHistory"/>), a ring of yk slots: y:&lt;s&gt; the
/// continuation stored at suspension n where s = n mod yk, yh:&lt;s&gt; its description (JSON, with n).
/// </remarks>
internal static class RedisLua
{
    /// <summary>The global index keys, in the order every index-touching script declares them.</summary>
    public static readonly string[] IndexKeys =
        new[] { "schedule", "all" }.Concat(Enum.GetValues<FlowStatus>().Select(s => "status" + (int)s)).Append("expiries").ToArray();

    /// <summary>The constants every script declares (locals generated from the C# enums).</summary>
    public static string ConstantDeclarations => ConstantsText.Value;

    /// <summary>The Lua text of the named functions and everything they use, in dependency order, without the constants.</summary>
    /// <param name="names">The functions a script calls.</param>
    public static string FunctionsOf(params string[] names) => Library(names).Substring(ConstantsText.Value.Length);

    /// <summary>The Lua text of the named functions and everything they use, in dependency order, after the constants.</summary>
    /// <param name="names">The functions a script calls (chunks of <see cref="RedisLua"/> or <see cref="RedisTransitions"/>).</param>
    public static string Library(params string[] names)
    {
        var chunks = Chunks.Value;
        var wanted = new HashSet<string>(StringComparer.Ordinal);
        void Add(string name)
        {
            if (!chunks.TryGetValue(name, out var chunk))
            {
                throw new InvalidOperationException($"No Lua chunk is named '{name}'.");
            }

            if (wanted.Add(name))
            {
                foreach (var dependency in chunk.Uses)
                {
                    Add(dependency);
                }
            }
        }

        foreach (var name in names)
        {
            Add(name);
        }

        // Only what a script uses: every local function is a closure made again at each call (about 0.1 µs each).
        return ConstantsText.Value + string.Concat(chunks.Values.Where(c => wanted.Contains(c.Name)).OrderBy(c => c.Order).Select(c => c.Text));
    }

    private static readonly Lazy<string> ConstantsText = new(Constants);

    private static readonly Lazy<Dictionary<string, LuaChunk>> Chunks = new(() =>
        BaseChunks!.Concat(RedisTransitions.Chunks).Select((c, i) => c with { Order = i }).ToDictionary(c => c.Name, StringComparer.Ordinal));

    private static readonly LuaChunk[] BaseChunks =
    {
        new("now_ms", Array.Empty<string>(), """
            local function now_ms()
              local t = redis.call('TIME')
              return tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
            end
            local function fmt(n) return string.format('%d', n) end
            local function int(v)
              local n = tonumber(v)
              if n and n == math.floor(n) then return n end
              return nil
            end
            -- One HSET of the fields in w, then one HDEL of those in del that w does not set.
            local function write(key, w, del)
              local args = {}
              for k, v in pairs(w) do args[#args + 1] = k; args[#args + 1] = v end
              if #args > 0 then redis.call('HSET', key, unpack(args)) end
              if del then
                local gone = {}
                for _, name in ipairs(del) do if w[name] == nil then gone[#gone + 1] = name end end
                if #gone > 0 then redis.call('HDEL', key, unpack(gone)) end
              end
            end

            """),

        // A flow's hash, read with one HMGET. Numbers are checked: one that is not (a hand edit, an older bug) is
        // left out and named in f.damage ({field, value, field, value...}), so no script ever fails on it half-way
        // (Redis does not roll a script back) and a claim can hand the flow out to be failed by name.
        new("read_flow", new[] { "now_ms" }, """
            local function damaged(f, field, value)
              f.damage[#f.damage + 1] = field
              f.damage[#f.damage + 1] = string.sub(value, 1, 80)
            end
            -- One field of the hash as a number in [lo, hi], or nil (noted as damage when present but not one).
            local function num(f, field, value, lo, hi)
              if not value then return nil end
              local n = tonumber(value)
              if n and n == math.floor(n) and n >= lo and n <= hi then return n end
              damaged(f, field, value)
              return nil
            end
            local function read_flow(key)
              local raw = redis.call('HMGET', key, 'st', 'tok', 'att', 'sus', 'lu', 'wk', 'wd', 'dl', 'ca', 'ua', 'cx', 'tx', 'wm', 'sb', 'cons', 'fx',
                'own', 'wn', 'wc', 'cr', 'par')
              local f = {damage = {}, own = raw[17], wn = raw[18], wc = raw[19], cr = raw[20], par = raw[21]}
              local big = 9e15
              f.st = num(f, 'st', raw[1], ST_PENDING, ST_CANCELLED)
              f.tok = num(f, 'tok', raw[2], 0, big)
              f.att = num(f, 'att', raw[3], 0, big)
              f.sus = num(f, 'sus', raw[4], 0, big)
              f.lu = num(f, 'lu', raw[5], 0, big)
              f.wk = num(f, 'wk', raw[6], WK_CHECKPOINT, WK_CHILD)
              f.wd = num(f, 'wd', raw[7], 0, big)
              f.dl = num(f, 'dl', raw[8], 0, big)
              f.ca = num(f, 'ca', raw[9], 0, big)
              f.ua = num(f, 'ua', raw[10], 0, big)
              f.cx = num(f, 'cx', raw[11], IS_NONE, IS_DELIVERED)
              f.tx = num(f, 'tx', raw[12], IS_NONE, IS_DELIVERED)
              f.wm = num(f, 'wm', raw[13], 0, 1)
              f.sb = num(f, 'sb', raw[14], 0, big)
              f.cons = num(f, 'cons', raw[15], 0, 1)
              f.fx = num(f, 'fx', raw[16], 0, 1)
              f.exists = raw[1] ~= false or redis.call('EXISTS', key) == 1
              if f.exists and raw[1] == false then damaged(f, 'st', '(missing)') end
              if f.wk == WK_SIGNAL and not f.wn then damaged(f, 'wn', '(missing)') end
              return f
            end
            local function intact(f) return #f.damage == 0 end

            """),
        new("holds", new[] { "now_ms" }, """
            local function holds(key, token)
              local v = redis.call('HMGET', key, 'tok', 'st')
              return v[1] == token and v[2] == fmt(ST_RUNNING)
            end

            """),

        // Signal queues: per name, h the next sequence to consume and t the last appended.
        new("queue", new[] { "read_flow" }, """
            local function bounds(sig, name)
              local v = redis.call('HMGET', sig, 'h:' .. name, 't:' .. name)
              return int(v[1] or '1'), int(v[2] or '0')
            end
            -- true/false and the head's sequence; nil when the counters are damaged.
            local function has_signal(f, sig)
              local h, t = bounds(sig, f.wn)
              if not h or not t then
                damaged(f, 'h:' .. f.wn, '(signal counters)')
                return nil
              end
              return t >= h, h
            end
            -- The head payload of the awaited signal, or false (noted as damage) when it is larger than max bytes: a payload
            -- that got past the store's limit (written by hand, or under a larger limit) is never handed to a worker.
            local function take_payload(f, sig, h, max, w)
              local field = 'v:' .. fmt(h) .. ':' .. f.wn
              local size = redis.call('HSTRLEN', sig, field)
              if max > 0 and size > max then
                damaged(f, field, fmt(size) .. ' bytes')
                return false
              end
              w.cons = '1'
              return redis.call('HGET', sig, field)
            end
            local function consume(f, sig, w, del)
              if f.cons == 1 and f.wn then
                local h = bounds(sig, f.wn)
                if h then
                  redis.call('HDEL', sig, 'v:' .. fmt(h) .. ':' .. f.wn)
                  redis.call('HSET', sig, 'h:' .. f.wn, fmt(h + 1))
                  w.sb = fmt(math.max((f.sb or 1) - 1, 0))
                end
              end
              del[#del + 1] = 'cons'
            end

            """),
        new("history", new[] { "now_ms" }, RedisHistory.Keep),
        new("wait", new[] { "queue" }, """
            local function children_over(f, key)
              local any = f.wm == 1
              local seen = false
              for id in string.gmatch(f.wc or '', '[^,]+') do
                seen = true
                local ended = redis.call('HEXISTS', key, 'e:' .. id) == 1
                if any and ended then return true end
                if not any and not ended then return false end
              end
              if any then return not seen end
              return true
            end
            local function wait_over(f, key, sig, now)
              local wk = f.wk
              if wk == nil or wk == WK_CHECKPOINT then return true end
              if wk == WK_TIMER then return (f.wd or 0) <= now end
              if wk == WK_SIGNAL then
                local has = has_signal(f, sig)
                if has == nil or has then return true end
                local wd = f.wd or 0
                return wd > 0 and wd <= now
              end
              if wk == WK_CHILD then return children_over(f, key) end
              return false
            end
            local function wait_due(f)
              if (f.wk == WK_TIMER or f.wk == WK_SIGNAL) and (f.wd or 0) > 0 then return f.wd end
              return -1
            end
            local function next_look(f)
              local next = wait_due(f)
              local dl = f.dl or 0
              if dl > 0 and f.tx ~= IS_DELIVERED and (next < 0 or dl < next) then next = dl end
              return next
            end

            """),
        new("interrupt", new[] { "now_ms" }, """
            local function interrupt(f, now)
              if f.cx == IS_ASKED or f.cx == IS_HANDED then return IN_CANCELLED end
              local dl = f.dl or 0
              if dl > 0 and dl <= now and f.tx ~= IS_DELIVERED then return IN_TIMED_OUT end
              return IN_NONE
            end
            local function deliver(f, w, kind)
              if kind == IN_CANCELLED then w.cx = fmt(IS_HANDED); f.cx = IS_HANDED
              elseif kind == IN_TIMED_OUT then w.tx = fmt(IS_HANDED); f.tx = IS_HANDED end
            end
            local function consume_interrupt(f, w)
              if f.cx == IS_HANDED then w.cx = fmt(IS_DELIVERED); f.cx = IS_DELIVERED end
              if f.tx == IS_HANDED then w.tx = fmt(IS_DELIVERED); f.tx = IS_DELIVERED end
            end
            local function reason(f, kind)
              if kind == IN_CANCELLED then return f.cr or '' end
              return ''
            end

            """),

        // The indexes, as one table of keys: schedule, all, status[0..5], expiries.
        new("reindex", Array.Empty<string>(), """
            local function drop(ix, id)
              redis.call('ZREM', ix.schedule, id)
              redis.call('ZREM', ix.all, id)
              redis.call('ZREM', ix.expiries, id)
              for s = ST_PENDING, ST_CANCELLED do redis.call('ZREM', ix.status[s], id) end
            end
            -- Moves a flow's entries: the schedule by change (SC_*), the status sets to status (or IX_KEEP, IX_DROP) scored by
            -- created, from old (nil when unknown: every other set is cleared). Returns whether the flow is due now, and 1
            -- when a SC_SET_IF_EXPECTED change applied.
            -- A batch's index writes (q, from index_queue()): each redis.call costs about 2 µs besides its work, so the ZADDs
            -- (cmd 'ZADD', or 'LT' for ZADD LT) and ZREMs of all the batch's flows to one set go as one call of many members, sent
            -- by index_flush. Writes to distinct members commute; a batch flushes before a flow it has already queued writes for.
            local function index_queue() return {ZADD = {}, ZREM = {}, LT = {}, order = {}, ids = {}} end
            local function index_flush(q)
              for _, o in ipairs(q.order) do
                local cmd, key, w = o[1], o[2], o[3]
                if cmd == 'ZREM' then redis.call('ZREM', key, unpack(w))
                elseif cmd == 'ZADD' then redis.call('ZADD', key, unpack(w))
                else redis.call('ZADD', key, 'LT', unpack(w)) end
              end
              q.ZADD, q.ZREM, q.LT, q.order, q.ids = {}, {}, {}, {}, {}
            end
            -- One index write, now (q nil) or queued.
            local function zw(q, cmd, key, score, id)
              if not q then
                if cmd == 'ZREM' then redis.call('ZREM', key, id)
                elseif cmd == 'ZADD' then redis.call('ZADD', key, score, id)
                else redis.call('ZADD', key, 'LT', score, id) end
                return
              end
              local sets = q[cmd]
              local w = sets[key]
              if not w then
                w = {}
                sets[key] = w
                q.order[#q.order + 1] = {cmd, key, w}
              end
              if cmd ~= 'ZREM' then w[#w + 1] = score end
              w[#w + 1] = id
              -- unpack puts every member on Lua's C stack (at most about 8,000 values).
              if #w >= 2000 then index_flush(q) end
            end
            -- woken: the caller already wakes the workers (a batch whose earlier item made the first runnable entry), so there is
            -- nothing to look up. q: a batch's queue (index_queue), or nil to write at once.
            local function reindex(ix, id, change, score, expected, status, old, created, expire_at, woken, q)
              local applied, due = 0, false
              if q then
                if q.ids[id] then index_flush(q) end
                -- A drop and a conditional change write at once (after whatever this flow had queued, flushed above).
                if status == IX_DROP or change == SC_SET_IF_EXPECTED then q = nil else q.ids[id] = true end
              end
              if score == 0 and change ~= SC_KEEP and not woken then
                -- Idle workers are woken only when this makes the first runnable entry: with one there already, they are busy
                -- (a worker waits only while the schedule's first entry lies in the future) and find this one too. "The first
                -- entry's score is above 0" is "no entry at or below 0": a count replies one number, a range a member and its score.
                due = redis.call('ZCOUNT', ix.schedule, '-inf', 0) == 0
              end
              if change == SC_LOWER then
                zw(q, 'LT', ix.schedule, score, id)
              elseif change == SC_SET_IF_EXPECTED then
                local current = redis.call('ZSCORE', ix.schedule, id)
                if current and tonumber(current) == expected then
                  if score == -1 then redis.call('ZREM', ix.schedule, id) else redis.call('ZADD', ix.schedule, score, id) end
                  applied = 1
                else
                  due = false
                end
              elseif change == SC_SET then
                if score == -1 then zw(q, 'ZREM', ix.schedule, nil, id) else zw(q, 'ZADD', ix.schedule, score, id) end
              end
              if status == IX_DROP then
                drop(ix, id)
              elseif status ~= IX_KEEP and old ~= status then
                -- The set of all flows, by creation time, changes only when a flow is created (or repaired, old unknown).
                if old == IX_NONE then
                  zw(q, 'ZADD', ix.all, created, id)
                elseif old ~= nil and ix.status[old] then
                  zw(q, 'ZREM', ix.status[old], nil, id)
                else
                  zw(q, 'ZADD', ix.all, created, id)
                  for s = ST_PENDING, ST_CANCELLED do if s ~= status then zw(q, 'ZREM', ix.status[s], nil, id) end end
                end
                zw(q, 'ZADD', ix.status[status], created, id)
              end
              if expire_at and expire_at > 0 then zw(q, 'ZADD', ix.expiries, expire_at, id)
              elseif expire_at and expire_at < 0 then zw(q, 'ZREM', ix.expiries, nil, id) end
              return due, applied
            end

            """),
    };

    private static string Constants()
    {
        static string Upper(string name) => string.Concat(name.Select((c, i) => i > 0 && char.IsUpper(c) ? "_" + c : char.ToUpperInvariant(c).ToString()));
        static string Declare<T>(string prefix)
            where T : struct, Enum
        {
            var values = Enum.GetValues<T>();
            return $"local {string.Join(", ", values.Select(v => prefix + Upper(v.ToString())))} = {string.Join(", ", values.Select(v => Convert.ToInt32(v, System.Globalization.CultureInfo.InvariantCulture)))}\n";
        }

        return Declare<FlowStatus>("ST_") + Declare<FlowWaitKind>("WK_") + Declare<FlowInterruptKind>("IN_") + Declare<InterruptState>("IS_") +
            Declare<ScheduleChange>("SC_") + $"local IX_KEEP, IX_DROP, IX_NONE = {IndexStatus.Keep}, {IndexStatus.Drop}, {IndexStatus.None}\n";
    }
}

/// <summary>A named piece of the shared Lua, with the pieces it calls.</summary>
internal sealed record LuaChunk(string Name, string[] Uses, string Text)
{
    public int Order { get; init; }
}
