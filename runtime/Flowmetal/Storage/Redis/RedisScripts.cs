namespace Flowmetal.Storage.Redis;

/// <summary>
/// The Lua scripts of the store. Redis runs a script atomically, so each flow transition (create,
/// signal, claim, save, complete, fail, renew) is one script over the flow's two keys: its hash and
/// its signal buffer. Times come from the Redis server's clock (<c>TIME</c>), the same for every
/// worker. The global schedule and status indexes are changed by separate scripts over the global
/// keys (<see cref="Reserve"/>, <see cref="Index"/>): cluster slots forbid one script over both, so
/// the indexes are hints that are always added before a flow can need them and repaired by the
/// worker that finds them stale (a flow found not runnable is rescheduled from its hash's truth).
/// </summary>
internal static class RedisScripts
{
    // Flow hash fields: st status, m entry method, e entry, c continuation, wk wait kind (FlowWaitKind,
    // absent before the first suspension), wn signal name, wt payload type, wd timer due (ms), wdesc
    // description, stk stack (JSON), tok fencing token, own worker, lu lease end (ms), att attempts,
    // sus suspensions, res result, err error (JSON), ca/ua/fa created/updated/finished (ms), cons 1
    // while the running step consumes the head signal of wn.
    // Structured flows: par parent id, dl deadline (ms), tp trace context, cx cancellation (1 asked,
    // 2 handed to the running step and handed again if that step is lost before its next write, 3
    // delivered), cr its reason, tx timeout (2 handed, 3 delivered; due once dl passes), wc the children a
    // join waits on (comma separated) and wm its mode (0 all, 1 any), wx the wait's display extras
    // (JSON), kl the children started (comma separated), k:<child> 1 when detached else 0, e:<child>
    // the child's end status, fx 1 while a finished flow's effects on others (its parent's join, its
    // children's cancellation) are not yet done: they live in other hash slots, so the finisher does
    // them after the flow's own script, and a worker that finds fx still set (the finisher died) does
    // them again; each is idempotent.
    // Signal hash fields: h:<name> next sequence to consume (default 1), t:<name> last appended
    // (default 0), v:<seq>:<name> payload.
    private const string Common = """
        local function now_ms()
          local t = redis.call('TIME')
          return tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
        end
        local function fmt(n) return string.format('%d', n) end
        local function head(sig, name) return tonumber(redis.call('HGET', sig, 'h:' .. name) or '1') end
        local function tail(sig, name) return tonumber(redis.call('HGET', sig, 't:' .. name) or '0') end
        local function has_signal(sig, name) return tail(sig, name) >= head(sig, name) end
        local function peek(sig, name) return redis.call('HGET', sig, 'v:' .. fmt(head(sig, name)) .. ':' .. name) end
        local function consume(flow, sig)
          if redis.call('HGET', flow, 'cons') == '1' then
            local name = redis.call('HGET', flow, 'wn')
            if name then
              local h = head(sig, name)
              redis.call('HDEL', sig, 'v:' .. fmt(h) .. ':' .. name)
              redis.call('HSET', sig, 'h:' .. name, fmt(h + 1))
            end
            redis.call('HDEL', flow, 'cons')
          end
        end
        local function children_over(flow)
          local any = redis.call('HGET', flow, 'wm') == '1'
          local seen = false
          for id in string.gmatch(redis.call('HGET', flow, 'wc') or '', '[^,]+') do
            seen = true
            local ended = redis.call('HEXISTS', flow, 'e:' .. id) == 1
            if any and ended then return true end
            if not any and not ended then return false end
          end
          if any then return not seen end
          return true
        end
        local function wait_over(flow, sig, now)
          local wk = redis.call('HGET', flow, 'wk')
          if not wk or wk == '0' then return true end
          if wk == '1' then return tonumber(redis.call('HGET', flow, 'wd') or '0') <= now end
          if wk == '2' then
            if has_signal(sig, redis.call('HGET', flow, 'wn')) then return true end
            local wd = tonumber(redis.call('HGET', flow, 'wd') or '0')
            return wd > 0 and wd <= now
          end
          if wk == '3' then return children_over(flow) end
          return false
        end
        local function wait_due(flow)
          local wk = redis.call('HGET', flow, 'wk')
          if wk == '1' or wk == '2' then
            local wd = tonumber(redis.call('HGET', flow, 'wd') or '0')
            if wd > 0 then return wd end
          end
          return -1
        end
        local function next_look(flow)
          local next = wait_due(flow)
          local dl = tonumber(redis.call('HGET', flow, 'dl') or '0')
          if dl > 0 and redis.call('HGET', flow, 'tx') ~= '3' and (next < 0 or dl < next) then next = dl end
          return next
        end
        local function interrupt(flow, now)
          local cx = redis.call('HGET', flow, 'cx')
          if cx == '1' or cx == '2' then return 'c' end
          local dl = tonumber(redis.call('HGET', flow, 'dl') or '0')
          if dl > 0 and dl <= now and redis.call('HGET', flow, 'tx') ~= '3' then return 't' end
          return false
        end
        local function deliver(flow, kind)
          if kind == 'c' then redis.call('HSET', flow, 'cx', '2') elseif kind == 't' then redis.call('HSET', flow, 'tx', '2') end
        end
        local function reason(flow, kind)
          if kind == 'c' then return redis.call('HGET', flow, 'cr') or '' end
          return ''
        end
        local function consume_interrupt(flow)
          if redis.call('HGET', flow, 'cx') == '2' then redis.call('HSET', flow, 'cx', '3') end
          if redis.call('HGET', flow, 'tx') == '2' then redis.call('HSET', flow, 'tx', '3') end
        end
        local function holds(flow, token)
          return redis.call('HGET', flow, 'tok') == token and redis.call('HGET', flow, 'st') == '1'
        end

        """;

    /// <summary>KEYS flow; ARGV entry, method, parent, timeout ms (0 none), trace context. Returns {1, created ms} or {0, existing method}.</summary>
    public const string Create = Common + """
        if redis.call('EXISTS', KEYS[1]) == 1 then return {0, redis.call('HGET', KEYS[1], 'm')} end
        local t = now_ms()
        local now = fmt(t)
        redis.call('HSET', KEYS[1], 'st', '0', 'm', ARGV[2], 'e', ARGV[1], 'tok', '0', 'att', '0', 'sus', '0', 'ca', now, 'ua', now)
        if ARGV[3] ~= '' then redis.call('HSET', KEYS[1], 'par', ARGV[3]) end
        if tonumber(ARGV[4]) > 0 then redis.call('HSET', KEYS[1], 'dl', fmt(t + tonumber(ARGV[4]))) end
        if ARGV[5] ~= '' then redis.call('HSET', KEYS[1], 'tp', ARGV[5]) end
        return {1, now}
        """;

    /// <summary>KEYS flow, signals; ARGV name, payload. Returns -1 unknown flow, -2 finished, 1 the flow waits for it, 0 buffered.</summary>
    public const string Signal = Common + """
        local st = redis.call('HGET', KEYS[1], 'st')
        if not st then return -1 end
        if st == '3' or st == '4' or st == '5' then return -2 end
        local t = tail(KEYS[2], ARGV[1]) + 1
        redis.call('HSET', KEYS[2], 't:' .. ARGV[1], fmt(t), 'v:' .. fmt(t) .. ':' .. ARGV[1], ARGV[2])
        redis.call('HSET', KEYS[1], 'ua', fmt(now_ms()))
        if st == '2' and redis.call('HGET', KEYS[1], 'wk') == '2' and redis.call('HGET', KEYS[1], 'wn') == ARGV[1] then return 1 end
        return 0
        """;

    /// <summary>
    /// KEYS flow, signals; ARGV worker, lease ms. Claims the flow if runnable: pending, running with an
    /// expired lease, waiting with its timer due, its signal buffered or its joined children ended, or
    /// waiting with a cancellation or timeout to deliver. Returns
    /// {1, token, entry, continuation, wk, wn, wt, wd, wdesc, payload, attempts, lease end, created, method,
    /// suspensions, interrupt ('', 'c', 't'), reason, deadline, parent, trace context, wc, wm, wx, ready since}
    /// or {0, status (-1 unknown), next look (ms, -1 none), created, effects pending ('1' or '0', finished flows)}.
    /// </summary>
    public const string Claim = Common + """
        local st = redis.call('HGET', KEYS[1], 'st')
        if not st then return {0, -1, -1, 0} end
        local now = now_ms()
        local ca = redis.call('HGET', KEYS[1], 'ca')
        if st ~= '0' and st ~= '1' and st ~= '2' then return {0, tonumber(st), -1, ca, redis.call('HGET', KEYS[1], 'fx') or '0'} end
        local ready = tonumber(redis.call('HGET', KEYS[1], 'ua') or '0')
        if st == '1' then
          local lu = tonumber(redis.call('HGET', KEYS[1], 'lu') or '0')
          if lu > now then return {0, 1, fmt(lu), ca} end
          ready = lu
        end
        local intr = interrupt(KEYS[1], now)
        if st == '2' then
          if not intr and not wait_over(KEYS[1], KEYS[2], now) then return {0, 2, fmt(next_look(KEYS[1])), ca} end
          local due = wait_due(KEYS[1])
          if due > ready and due <= now then ready = due end
        end
        local dl = tonumber(redis.call('HGET', KEYS[1], 'dl') or '0')
        if intr == 't' and dl > ready then ready = dl end
        deliver(KEYS[1], intr)
        local tok = redis.call('HINCRBY', KEYS[1], 'tok', 1)
        local att = redis.call('HINCRBY', KEYS[1], 'att', 1)
        local lu = now + tonumber(ARGV[2])
        redis.call('HSET', KEYS[1], 'st', '1', 'own', ARGV[1], 'lu', fmt(lu), 'ua', fmt(now))
        redis.call('HDEL', KEYS[1], 'cons')
        local wk = redis.call('HGET', KEYS[1], 'wk')
        local payload = false
        if wk == '2' and not intr then
          local name = redis.call('HGET', KEYS[1], 'wn')
          if has_signal(KEYS[2], name) then
            payload = peek(KEYS[2], name)
            redis.call('HSET', KEYS[1], 'cons', '1')
          end
        end
        return {1, tok, redis.call('HGET', KEYS[1], 'e'), redis.call('HGET', KEYS[1], 'c'), wk, redis.call('HGET', KEYS[1], 'wn'),
          redis.call('HGET', KEYS[1], 'wt'), redis.call('HGET', KEYS[1], 'wd'), redis.call('HGET', KEYS[1], 'wdesc'), payload, att, fmt(lu), ca,
          redis.call('HGET', KEYS[1], 'm'), redis.call('HGET', KEYS[1], 'sus') or '0', intr or '', reason(KEYS[1], intr), fmt(dl),
          redis.call('HGET', KEYS[1], 'par') or '', redis.call('HGET', KEYS[1], 'tp') or '', redis.call('HGET', KEYS[1], 'wc') or '',
          redis.call('HGET', KEYS[1], 'wm') or '0', redis.call('HGET', KEYS[1], 'wx') or '', fmt(ready)}
        """;

    /// <summary>
    /// KEYS flow, signals; ARGV token, continuation, stack, wk, wn, wt, wd, wdesc, release (0/1), wc, wm, wx.
    /// Returns {0} when the lease was lost; {1, 1, payload} to run on; {1, 1, false, interrupt, reason} to run
    /// on with a cancellation or timeout delivered; {1, 0, next look (ms, -1 none), status, created}.
    /// </summary>
    public const string Save = Common + """
        if not holds(KEYS[1], ARGV[1]) then return {0} end
        consume(KEYS[1], KEYS[2])
        consume_interrupt(KEYS[1])
        local now = now_ms()
        redis.call('HSET', KEYS[1], 'c', ARGV[2], 'stk', ARGV[3], 'wk', ARGV[4], 'wn', ARGV[5], 'wt', ARGV[6], 'wd', ARGV[7], 'wdesc', ARGV[8],
          'wc', ARGV[10], 'wm', ARGV[11], 'wx', ARGV[12], 'ua', fmt(now))
        redis.call('HINCRBY', KEYS[1], 'sus', 1)
        local intr = interrupt(KEYS[1], now)
        if ARGV[9] == '0' and intr then
          deliver(KEYS[1], intr)
          redis.call('HSET', KEYS[1], 'att', '1')
          return {1, 1, false, intr, reason(KEYS[1], intr)}
        end
        local over = wait_over(KEYS[1], KEYS[2], now)
        if ARGV[9] == '0' and over then
          redis.call('HSET', KEYS[1], 'att', '1')
          local payload = false
          if ARGV[4] == '2' and has_signal(KEYS[2], ARGV[5]) then
            payload = peek(KEYS[2], ARGV[5])
            redis.call('HSET', KEYS[1], 'cons', '1')
          end
          return {1, 1, payload}
        end
        local st = '2'
        if ARGV[4] == '0' then st = '0' end
        redis.call('HSET', KEYS[1], 'st', st, 'own', '', 'lu', '0', 'att', '0')
        local next = next_look(KEYS[1])
        if over or intr then next = 0 end
        return {1, 0, fmt(next), tonumber(st), redis.call('HGET', KEYS[1], 'ca')}
        """;

    /// <summary>
    /// KEYS flow, signals; ARGV token, status (3, 4 or 5), field (res or err), value, channel, id. Returns {0}
    /// or {1, created, effects pending (1 when the flow has a parent to tell or attached children to cancel)}.
    /// </summary>
    public const string Finish = Common + """
        if not holds(KEYS[1], ARGV[1]) then return {0} end
        consume(KEYS[1], KEYS[2])
        consume_interrupt(KEYS[1])
        local now = fmt(now_ms())
        redis.call('HSET', KEYS[1], 'st', ARGV[2], ARGV[3], ARGV[4], 'fa', now, 'ua', now, 'own', '', 'lu', '0')
        redis.call('HDEL', KEYS[1], 'c', 'stk', 'wk', 'wn', 'wt', 'wd', 'wdesc', 'wc', 'wm', 'wx')
        local fx = 0
        if redis.call('HEXISTS', KEYS[1], 'par') == 1 then fx = 1 end
        if ARGV[2] ~= '3' then
          for id in string.gmatch(redis.call('HGET', KEYS[1], 'kl') or '', '[^,]+') do
            if redis.call('HGET', KEYS[1], 'k:' .. id) == '0' and redis.call('HEXISTS', KEYS[1], 'e:' .. id) == 0 then fx = 1 end
          end
        end
        if fx == 1 then redis.call('HSET', KEYS[1], 'fx', '1') end
        redis.call('PUBLISH', ARGV[5], ARGV[6])
        return {1, redis.call('HGET', KEYS[1], 'ca'), fx}
        """;

    /// <summary>
    /// KEYS flow. The effects a finished flow still owes others: {} when none, else {status, parent ('' none),
    /// attached children to cancel...} (children only for a failed or cancelled flow).
    /// </summary>
    public const string Effects = Common + """
        local st = redis.call('HGET', KEYS[1], 'st')
        if not st or redis.call('HGET', KEYS[1], 'fx') ~= '1' then return {} end
        local out = {st, redis.call('HGET', KEYS[1], 'par') or ''}
        if st ~= '3' then
          for id in string.gmatch(redis.call('HGET', KEYS[1], 'kl') or '', '[^,]+') do
            if redis.call('HGET', KEYS[1], 'k:' .. id) == '0' and redis.call('HEXISTS', KEYS[1], 'e:' .. id) == 0 then table.insert(out, id) end
          end
        end
        return out
        """;

    /// <summary>KEYS flow. The finished flow's effects are done.</summary>
    public const string ClearEffects = """
        redis.call('HDEL', KEYS[1], 'fx')
        return 1
        """;

    /// <summary>
    /// KEYS parent flow, parent signals; ARGV child id, child status. Records that a child ended. Returns -1
    /// when the parent does not exist, 1 when its join may now go on (wake a worker), else 0.
    /// </summary>
    public const string ChildEnded = Common + """
        local st = redis.call('HGET', KEYS[1], 'st')
        if not st then return -1 end
        redis.call('HSET', KEYS[1], 'e:' .. ARGV[1], ARGV[2])
        if st == '2' and redis.call('HGET', KEYS[1], 'wk') == '3' and wait_over(KEYS[1], KEYS[2], now_ms()) then return 1 end
        return 0
        """;

    /// <summary>KEYS parent flow; ARGV parent's token, child id, detached (0/1). Links a child to the running parent; 0 when the lease was lost.</summary>
    public const string RegisterChild = Common + """
        if not holds(KEYS[1], ARGV[1]) then return 0 end
        if redis.call('HEXISTS', KEYS[1], 'k:' .. ARGV[2]) == 0 then
          redis.call('HSET', KEYS[1], 'k:' .. ARGV[2], ARGV[3])
          local kl = redis.call('HGET', KEYS[1], 'kl')
          if kl and kl ~= '' then kl = kl .. ',' .. ARGV[2] else kl = ARGV[2] end
          redis.call('HSET', KEYS[1], 'kl', kl)
        end
        return 1
        """;

    /// <summary>KEYS flow; ARGV reason. Asks the flow to stop. Returns -1 unknown flow, -2 already ended, else its status.</summary>
    public const string Cancel = Common + """
        local st = redis.call('HGET', KEYS[1], 'st')
        if not st then return -1 end
        if st ~= '0' and st ~= '1' and st ~= '2' then return -2 end
        if redis.call('HGET', KEYS[1], 'cx') ~= '2' then redis.call('HSET', KEYS[1], 'cx', '1') end
        redis.call('HSET', KEYS[1], 'cr', ARGV[1], 'ua', fmt(now_ms()))
        return tonumber(st)
        """;

    /// <summary>KEYS flow; ARGV token, lease ms. Returns the new lease end (ms), or -1 when the lease was lost.</summary>
    public const string Renew = Common + """
        if not holds(KEYS[1], ARGV[1]) then return -1 end
        local lu = now_ms() + tonumber(ARGV[2])
        redis.call('HSET', KEYS[1], 'lu', fmt(lu))
        return fmt(lu)
        """;

    /// <summary>
    /// KEYS schedule; ARGV max, hold ms. Takes up to max flows due now and pushes them hold ms ahead so
    /// no other worker takes them meanwhile. Returns {hold score, id...}.
    /// </summary>
    public const string Reserve = Common + """
        local now = now_ms()
        local ids = redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', now, 'LIMIT', 0, tonumber(ARGV[1]))
        local score = fmt(now + tonumber(ARGV[2]))
        for _, id in ipairs(ids) do redis.call('ZADD', KEYS[1], score, id) end
        table.insert(ids, 1, score)
        return ids
        """;

    /// <summary>
    /// KEYS schedule, all, status 0..5; ARGV channel, then groups of 6: id, schedule op, score, expected,
    /// status, created. Schedule op: 'lt' lowers the score to the given one (a hint: never delays a look
    /// someone else asked for); 'cas' sets the score (or removes the entry when score is -1) only if it
    /// is still expected (so it never undoes a newer hint); '' leaves it. Status: the flow's status to
    /// index (its entry moves there, scored by created), 'x' drops it from every index, '' leaves it.
    /// Publishes on the wake channel when a flow became due now. Returns how many cas ops applied.
    /// </summary>
    public const string Index = Common + """
        local applied = 0
        local wake = false
        local n = (#ARGV - 1) / 6
        for i = 0, n - 1 do
          local id, op, score, expected, st, created = ARGV[2 + i * 6], ARGV[3 + i * 6], ARGV[4 + i * 6], ARGV[5 + i * 6], ARGV[6 + i * 6], ARGV[7 + i * 6]
          if op == 'lt' then
            redis.call('ZADD', KEYS[1], 'LT', score, id)
            if score == '0' then wake = true end
          elseif op == 'cas' then
            local current = redis.call('ZSCORE', KEYS[1], id)
            if current and tonumber(current) == tonumber(expected) then
              if score == '-1' then redis.call('ZREM', KEYS[1], id) else redis.call('ZADD', KEYS[1], score, id) end
              if score == '0' then wake = true end
              applied = applied + 1
            end
          end
          if st == 'x' then
            redis.call('ZREM', KEYS[2], id)
            for s = 3, #KEYS do redis.call('ZREM', KEYS[s], id) end
          elseif st ~= '' then
            redis.call('ZADD', KEYS[2], created, id)
            for s = 3, #KEYS do
              if s - 3 == tonumber(st) then redis.call('ZADD', KEYS[s], created, id) else redis.call('ZREM', KEYS[s], id) end
            end
          end
        end
        if wake then redis.call('PUBLISH', ARGV[1], '1') end
        return applied
        """;
}
