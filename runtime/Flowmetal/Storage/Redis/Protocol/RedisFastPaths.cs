namespace Flowmetal.Storage.Redis.Protocol;

/// <summary>
/// The common case of the hottest transitions, written flat: one HMGET of the fields that decide the case, string
/// comparisons, one HSET. A checkpoint that runs on, a flow claimed after a start or a checkpoint, a completion with no
/// parent and no children: no signal to consume, no cancellation or timeout to deliver, no number to repair. Anything
/// else returns nil and takes the full transition of <see cref="RedisTransitions"/>, which handles every case (the two
/// must agree on every write: the contract tests run both, the full one through the cases the fast one declines).
/// </summary>
internal static class RedisFastPaths
{
    /// <summary>fast(KEY, ARG, now): a start (the whole create: it has no rare case); now is read here when not given (a batch reads it once).</summary>
    public const string Create = """
        local function fast(KEY, a, now)
          local key = KEY.flow
          if redis.call('EXISTS', key) == 1 then return {created = 0, method = redis.call('HGET', key, 'm') or ''} end
          if not now then
            local t = redis.call('TIME')
            now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
          end
          -- One HSET: each redis.call costs about as much as the fields it writes.
          local w = {'st', ST_PENDING, 'm', a.method, 'e', a.entry, 'tok', '0', 'att', '0', 'sus', '0', 'ca', now, 'ua', now}
          if a.parent ~= '' then w[#w + 1] = 'par'; w[#w + 1] = a.parent end
          local timeout = tonumber(a.timeout_ms)
          if timeout > 0 then w[#w + 1] = 'dl'; w[#w + 1] = now + timeout end
          if a.trace ~= '' then w[#w + 1] = 'tp'; w[#w + 1] = a.trace end
          redis.call('HSET', key, unpack(w))
          return {created = 1, created_at = now, ix_change = SC_LOWER, ix_score = 0, ix_status = ST_PENDING, ix_old = IX_NONE, ix_created = now}
        end
        """;

    /// <summary>
    /// fast(KEY, ARG, now): a checkpoint, stored and run on or released. Its writes are one HSET (the kept continuation's
    /// ring slot, written as keep_history writes it, included) and an HDEL only when there is something to delete: each
    /// redis.call costs about as much as the work it does.
    /// </summary>
    public const string Save = RedisHistory.Keep + """
        -- The head as history_head writes it: its fields but the number and the time come encoded by the store (argument head,
        -- RedisHistory.HeadFields), joined at a fraction of cjson.encode's cost; the full path (t_save) still encodes its own.
        local function fast_history_head(a, n, t)
          if a.head == '' then return history_head(a, n, t, nil) end
          return '{"n":"' .. n .. '","t":"' .. t .. '",' .. a.head
        end
        local function fast(KEY, a, now)
          if a.wait_kind ~= '0' then return nil end
          local key = KEY.flow
          local raw = redis.call('HMGET', key, 'tok', 'st', 'sus', 'cons', 'cx', 'tx', 'dl', 'ca', 'le', 'nb', 'nbc')
          if raw[1] ~= a.token or raw[2] ~= '1' then return {ok = 0} end
          if raw[4] or (raw[5] and raw[5] ~= '3') or (raw[6] and raw[6] ~= '3') or (raw[7] and raw[7] ~= '0') then return nil end
          local sus, ca = tonumber(raw[3]), tonumber(raw[8])
          if not sus or not ca then return nil end
          if not now then
            local t = redis.call('TIME')
            now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
          end
          local w = {'c', a.continuation, 'stk', a.stack, 'wk', '0', 'wn', a.wait_name, 'wt', a.wait_type, 'wd', a.wait_due,
            'wdesc', a.wait_desc, 'wc', a.wait_children, 'wm', a.wait_mode, 'wx', a.wait_extras, 'ua', now, 'sus', sus + 1, 'bd', a.build}
          if a.history ~= '0' then
            local n, depth = string.format('%d', sus + 1), tonumber(a.history)
            local slot = string.format('%d', (sus + 1) % depth)
            local m = #w
            w[m + 1], w[m + 2], w[m + 3], w[m + 4], w[m + 5], w[m + 6] =
              'y:' .. slot, a.continuation, 'yh:' .. slot, fast_history_head(a, n, string.format('%d', now)), 'yk', string.format('%d', depth)
          end
          local m = #w
          if a.release == '0' then
            w[m + 1], w[m + 2] = 'att', '1'
          else
            w[m + 1], w[m + 2], w[m + 3], w[m + 4], w[m + 5], w[m + 6], w[m + 7], w[m + 8] = 'st', ST_PENDING, 'own', '', 'lu', '0', 'att', '0'
          end
          redis.call('HSET', key, unpack(w))
          if raw[9] or raw[10] or raw[11] then redis.call('HDEL', key, 'le', 'nb', 'nbc') end
          if a.release == '0' then return {ok = 1, continue = 1, interrupt = IN_NONE} end
          return {ok = 1, continue = 0, next = 0, status = ST_PENDING, created = ca,
            ix_change = SC_SET, ix_score = 0, ix_status = ST_PENDING, ix_old = ST_RUNNING, ix_created = ca}
        end
        """;

    /// <summary>
    /// checkpoint(k, p), within <see cref="RedisScripts.Commit"/>: a checkpoint item (<see cref="RedisScripts.CommitCheckpointItemArgs"/>
    /// from <c>ARGV[p + 1]</c>, its keys from <c>KEYS[k + 1]</c>), which <see cref="Save"/>'s case of a checkpoint run on from
    /// (release 0) writes field for field, read from the arguments where they stand, with no table of them and no record in
    /// reply: 1 when it took the case. Anything else is the full item it stands for, through <c>step</c> (the fast path
    /// above, else t_save).
    /// </summary>
    public const string Checkpoint = """
        local function checkpoint(k, p)
          local key = KEYS[k + 1]
          local raw = redis.call('HMGET', key, 'tok', 'st', 'sus', 'cons', 'cx', 'tx', 'dl', 'ca', 'le', 'nb', 'nbc')
          if raw[1] ~= ARGV[p + 3] or raw[2] ~= '1' then return {ok = 0} end
          local sus, history, head = tonumber(raw[3]), ARGV[p + 7], ARGV[p + 8]
          if raw[4] or (raw[5] and raw[5] ~= '3') or (raw[6] and raw[6] ~= '3') or (raw[7] and raw[7] ~= '0') or not sus or not tonumber(raw[8])
            or (history ~= '0' and head == '') then
            return step(checkpoint_as_full(k, p))
          end
          local c = ARGV[p + 4]
          local w = {'c', c, 'stk', ARGV[p + 5], 'wk', '0', 'wn', '', 'wt', '', 'wd', '0', 'wdesc', ARGV[p + 9], 'wc', '', 'wm', '0', 'wx', '',
            'ua', now, 'sus', sus + 1, 'bd', ARGV[p + 6]}
          if history ~= '0' then
            local n, depth = string.format('%d', sus + 1), tonumber(history)
            local slot = string.format('%d', (sus + 1) % depth)
            w[27], w[28], w[29], w[30], w[31], w[32] =
              'y:' .. slot, c, 'yh:' .. slot, '{"n":"' .. n .. '","t":"' .. string.format('%d', now) .. '",' .. head, 'yk', string.format('%d', depth)
          end
          w[#w + 1] = 'att'
          w[#w + 1] = '1'
          redis.call('HSET', key, unpack(w))
          if raw[9] or raw[10] or raw[11] then redis.call('HDEL', key, 'le', 'nb', 'nbc') end
          return 1
        end
        """;

    /// <summary>
    /// fast(KEY, ARG, now): the end of a flow with no parent to tell, no children to cancel, nothing being consumed; not a
    /// failure (which keeps what a retry needs). Its work is finish_flat, over plain values, which the group commit's end
    /// item (<see cref="RedisScripts.CommitEndItemArgs"/>) calls on its arguments where they stand: it answers 0 (not this
    /// token's running flow), nil (not this case: the full transition takes it), or 1 with the flow's creation time and
    /// the time its record expires.
    /// </summary>
    public const string Finish = """
        local function finish_flat(key, sig, token, status, field, value, channel, id, retention_ms, now)
          local raw = redis.call('HMGET', key, 'tok', 'st', 'cons', 'cx', 'tx', 'par', 'kl', 'ca')
          if raw[1] ~= token or raw[2] ~= '1' then return 0 end
          if raw[3] or raw[4] == '2' or raw[5] == '2' or raw[6] or (raw[7] and status ~= '3') or status == '4' then return nil end
          local ca = tonumber(raw[8])
          if not ca then return nil end
          if not now then
            local t = redis.call('TIME')
            now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
          end
          redis.call('HSET', key, 'st', status, field, value, 'fa', now, 'ua', now, 'own', '', 'lu', '0')
          redis.call('HDEL', key, 'c', 'stk', 'wk', 'wn', 'wt', 'wd', 'wdesc', 'wc', 'wm', 'wx', 'le')
          redis.call('PUBLISH', channel, id)
          local retention, expire_at = tonumber(retention_ms), 0
          if retention > 0 then
            expire_at = now + retention
            redis.call('PEXPIRE', key, retention)
            redis.call('PEXPIRE', sig, retention)
          end
          return 1, ca, expire_at
        end
        local function fast(KEY, a, now)
          local ok, ca, expire_at = finish_flat(KEY.flow, KEY.signals, a.token, a.status, a.field, a.value, a.channel, a.id, a.retention_ms, now)
          if ok == nil then return nil end
          if ok == 0 then return {ok = 0} end
          local status = tonumber(a.status)
          return {ok = 1, created = ca, effects = 0, expire_at = expire_at,
            ix_change = SC_SET, ix_score = -1, ix_status = status, ix_old = ST_RUNNING, ix_created = ca, ix_expire = expire_at}
        end
        """;

    /// <summary>
    /// ending(k, p), within <see cref="RedisScripts.Commit"/>, after its index queue (q) and wake flag: an end item
    /// (<see cref="RedisScripts.CommitEndItemArgs"/> from <c>ARGV[p + 1]</c>, its keys from <c>KEYS[k + 1]</c>), written by
    /// <see cref="Finish"/>'s finish_flat with its index change queued as the full item's would be, and 2 in reply rather than
    /// a record. Anything else is the full item it stands for, through <c>step</c> (t_finish).
    /// </summary>
    public const string Ending = """
        local function ending(k, p)
          local id, status = ARGV[p + 2], ARGV[p + 4]
          local ok, ca, expire_at = finish_flat(KEYS[k + 1], KEYS[k + 2], ARGV[p + 3], status, ARGV[p + 5], ARGV[p + 6], ARGV[p + 7], id, ARGV[p + 8], now)
          if ok == nil then return step(ending_as_full(k, p)) end
          if ok == 0 then return {ok = 0} end
          if reindex(IX, id, SC_SET, -1, 0, tonumber(status), ST_RUNNING, ca, expire_at, wake, q) then wake = true end
          return 2
        end
        """;

    /// <summary>fast(it, ARG, now): a pending flow (started, or checkpointed and released) with nothing to deliver.</summary>
    public const string Claim = """
        local function fast(it, a, now)
          local key = it.flow
          -- One read of what decides the case and what the lease hands out (raw[14] on): a second HMGET would cost a call more.
          local raw = redis.call('HMGET', key, 'st', 'tok', 'att', 'cx', 'tx', 'dl', 'wk', 'sus', 'ca', 'cons', 'ua', 'wd', 'wm',
            'e', 'm', 'wt', 'wdesc', 'wx', 'tp', 'le', 'wn', 'wc', 'par')
          if raw[1] ~= '0' or (raw[4] and raw[4] ~= '3') or (raw[5] and raw[5] ~= '3') or (raw[6] and raw[6] ~= '0') or (raw[7] and raw[7] ~= '0') then return nil end
          local tok, att, ca, ua = tonumber(raw[2]), tonumber(raw[3]), tonumber(raw[9]), tonumber(raw[11])
          local sus, wd, wm = tonumber(raw[8] or '0'), tonumber(raw[12] or '0'), tonumber(raw[13] or '0')
          if not (tok and att and ca and ua and sus and wd and wm) then return nil end
          local lu = now + tonumber(a.lease_ms)
          redis.call('HSET', key, 'tok', tok + 1, 'att', att + 1, 'st', ST_RUNNING, 'own', a.worker, 'lu', lu, 'ua', now)
          if raw[10] then redis.call('HDEL', key, 'cons') end
          local continuation, damage = false, {}
          local size = redis.call('HSTRLEN', key, 'c')
          local max = tonumber(a.max_continuation)
          if max > 0 and size > max then damage = {'c', size .. ' bytes'} elseif size > 0 then continuation = redis.call('HGET', key, 'c') end
          local kind = false
          if raw[7] then kind = WK_CHECKPOINT end
          return {ok = 1, status = ST_PENDING, token = tok + 1, attempt = att + 1, lease_end = lu, created = ca, ready = ua, interrupt = IN_NONE,
            reason = '', deadline = 0, suspensions = sus, entry = raw[14], continuation = continuation, method = raw[15], wait_kind = kind,
            wait_name = raw[21], wait_type = raw[16], wait_due = wd, wait_desc = raw[17], wait_extras = raw[18], wait_children = raw[22], wait_mode = wm,
            parent = raw[23], trace = raw[19], payload = false, last_error = raw[20], damage = damage,
            ix_change = SC_SET, ix_score = lu + tonumber(a.margin_ms), ix_status = ST_RUNNING, ix_old = ST_PENDING, ix_created = ca}
        end
        """;

    /// <summary>
    /// A fast path under another name than <c>fast</c>, so that one script can hold several (the group commit's
    /// <see cref="RedisScripts.Commit"/> runs saves and finishes).
    /// </summary>
    /// <param name="fast">One of the fast paths above.</param>
    /// <param name="name">The Lua name it gets.</param>
    /// <returns>The same Lua text, its function renamed.</returns>
    public static string Named(string fast, string name) => fast.Replace("local function fast(", $"local function {name}(", StringComparison.Ordinal);
}
