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
        local function wait_over(flow, sig, now)
          local wk = redis.call('HGET', flow, 'wk')
          if not wk or wk == '0' then return true end
          if wk == '1' then return tonumber(redis.call('HGET', flow, 'wd') or '0') <= now end
          if wk == '2' then return has_signal(sig, redis.call('HGET', flow, 'wn')) end
          return false
        end
        local function holds(flow, token)
          return redis.call('HGET', flow, 'tok') == token and redis.call('HGET', flow, 'st') == '1'
        end

        """;

    /// <summary>KEYS flow; ARGV entry, method. Returns {1, created ms} or {0, existing method}.</summary>
    public const string Create = Common + """
        if redis.call('EXISTS', KEYS[1]) == 1 then return {0, redis.call('HGET', KEYS[1], 'm')} end
        local now = fmt(now_ms())
        redis.call('HSET', KEYS[1], 'st', '0', 'm', ARGV[2], 'e', ARGV[1], 'tok', '0', 'att', '0', 'sus', '0', 'ca', now, 'ua', now)
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
    /// expired lease, or waiting with its timer due or its signal buffered. Returns
    /// {1, token, entry, continuation, wk, wn, wt, wd, wdesc, payload, attempts, lease end, created, method}
    /// or {0, status (-1 unknown), next look (ms, -1 none), created}.
    /// </summary>
    public const string Claim = Common + """
        local st = redis.call('HGET', KEYS[1], 'st')
        if not st then return {0, -1, -1, 0} end
        local now = now_ms()
        local ca = redis.call('HGET', KEYS[1], 'ca')
        local runnable = false
        if st == '0' then runnable = true
        elseif st == '1' then
          local lu = tonumber(redis.call('HGET', KEYS[1], 'lu') or '0')
          if lu <= now then runnable = true else return {0, 1, fmt(lu), ca} end
        elseif st == '2' then
          if wait_over(KEYS[1], KEYS[2], now) then runnable = true
          elseif redis.call('HGET', KEYS[1], 'wk') == '1' then return {0, 2, redis.call('HGET', KEYS[1], 'wd'), ca}
          else return {0, 2, -1, ca} end
        end
        if not runnable then return {0, tonumber(st), -1, ca} end
        local tok = redis.call('HINCRBY', KEYS[1], 'tok', 1)
        local att = redis.call('HINCRBY', KEYS[1], 'att', 1)
        local lu = now + tonumber(ARGV[2])
        redis.call('HSET', KEYS[1], 'st', '1', 'own', ARGV[1], 'lu', fmt(lu), 'ua', fmt(now))
        redis.call('HDEL', KEYS[1], 'cons')
        local wk = redis.call('HGET', KEYS[1], 'wk')
        local payload = false
        if wk == '2' then
          local name = redis.call('HGET', KEYS[1], 'wn')
          if has_signal(KEYS[2], name) then
            payload = peek(KEYS[2], name)
            redis.call('HSET', KEYS[1], 'cons', '1')
          end
        end
        return {1, tok, redis.call('HGET', KEYS[1], 'e'), redis.call('HGET', KEYS[1], 'c'), wk, redis.call('HGET', KEYS[1], 'wn'),
          redis.call('HGET', KEYS[1], 'wt'), redis.call('HGET', KEYS[1], 'wd'), redis.call('HGET', KEYS[1], 'wdesc'), payload, att, fmt(lu), ca,
          redis.call('HGET', KEYS[1], 'm')}
        """;

    /// <summary>
    /// KEYS flow, signals; ARGV token, continuation, stack, wk, wn, wt, wd, wdesc, release (0/1).
    /// Returns {0} when the lease was lost; {1, 1, payload} to run on; {1, 0, next look (ms, -1 none), status, created}.
    /// </summary>
    public const string Save = Common + """
        if not holds(KEYS[1], ARGV[1]) then return {0} end
        consume(KEYS[1], KEYS[2])
        local now = now_ms()
        redis.call('HSET', KEYS[1], 'c', ARGV[2], 'stk', ARGV[3], 'wk', ARGV[4], 'wn', ARGV[5], 'wt', ARGV[6], 'wd', ARGV[7], 'wdesc', ARGV[8], 'ua', fmt(now))
        redis.call('HINCRBY', KEYS[1], 'sus', 1)
        local over = wait_over(KEYS[1], KEYS[2], now)
        if ARGV[9] == '0' and over then
          redis.call('HSET', KEYS[1], 'att', '1')
          local payload = false
          if ARGV[4] == '2' then
            payload = peek(KEYS[2], ARGV[5])
            redis.call('HSET', KEYS[1], 'cons', '1')
          end
          return {1, 1, payload}
        end
        local st = '2'
        if ARGV[4] == '0' then st = '0' end
        redis.call('HSET', KEYS[1], 'st', st, 'own', '', 'lu', '0', 'att', '0')
        local next = -1
        if over then next = 0 elseif ARGV[4] == '1' then next = tonumber(ARGV[7]) end
        return {1, 0, fmt(next), tonumber(st), redis.call('HGET', KEYS[1], 'ca')}
        """;

    /// <summary>KEYS flow, signals; ARGV token, status (3 or 4), field (res or err), value, channel, id. Returns {0} or {1, created}.</summary>
    public const string Finish = Common + """
        if not holds(KEYS[1], ARGV[1]) then return {0} end
        consume(KEYS[1], KEYS[2])
        local now = fmt(now_ms())
        redis.call('HSET', KEYS[1], 'st', ARGV[2], ARGV[3], ARGV[4], 'fa', now, 'ua', now, 'own', '', 'lu', '0')
        redis.call('HDEL', KEYS[1], 'c', 'stk', 'wk', 'wn', 'wt', 'wd', 'wdesc')
        redis.call('PUBLISH', ARGV[5], ARGV[6])
        return {1, redis.call('HGET', KEYS[1], 'ca')}
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
