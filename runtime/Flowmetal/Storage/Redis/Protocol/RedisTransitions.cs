namespace Flowmetal.Storage.Redis.Protocol;

/// <summary>
/// Each flow transition as one Lua function over the flow's own keys (its hash and its signal buffer, one
/// Redis Cluster slot). Each returns a table of named reply fields and its index intent (<c>ix_change</c>,
/// <c>ix_score</c>, <c>ix_status</c>, <c>ix_old</c>, <c>ix_created</c>, <c>ix_expire</c>): on single-node Redis
/// the same script applies it to the indexes (<see cref="RedisScripts"/>), on a cluster the store sends it as a
/// separate index update.
/// </summary>
internal static class RedisTransitions
{
    public static readonly LuaChunk[] Chunks =
    {
        new("t_create", new[] { "now_ms" }, """
            local function t_create(key, a, now)
              if redis.call('EXISTS', key) == 1 then return {created = 0, method = redis.call('HGET', key, 'm') or ''} end
              local ts = fmt(now)
              local w = {st = fmt(ST_PENDING), m = a.method, e = a.entry, tok = '0', att = '0', sus = '0', ca = ts, ua = ts}
              if a.parent ~= '' then w.par = a.parent end
              local timeout = tonumber(a.timeout_ms)
              if timeout > 0 then w.dl = fmt(now + timeout) end
              if a.trace ~= '' then w.tp = a.trace end
              write(key, w)
              return {created = 1, created_at = now, ix_change = SC_LOWER, ix_score = 0, ix_status = ST_PENDING, ix_old = IX_NONE, ix_created = now}
            end

            """),

        // Codes: 1 the flow waits for this signal (wake it), 0 buffered, -1 no such flow, -2 finished, -3 buffer full, -4 damaged.
        new("t_signal", new[] { "queue" }, """
            local function t_signal(key, sig, a, now)
              local f = read_flow(key)
              if not f.exists then return {code = -1} end
              if f.st == nil then return {code = -4, damage = f.damage} end
              if f.st >= ST_COMPLETED then return {code = -2} end
              if (f.sb or 0) >= tonumber(a.max_buffered) then return {code = -3} end
              local h, t = bounds(sig, a.name)
              if not h or not t then return {code = -4, damage = {'t:' .. a.name, '(signal counters)'}} end
              t = t + 1
              redis.call('HSET', sig, 't:' .. a.name, fmt(t), 'v:' .. fmt(t) .. ':' .. a.name, a.payload)
              redis.call('HSET', key, 'ua', fmt(now), 'sb', fmt((f.sb or 0) + 1))
              if f.st == ST_WAITING and f.wk == WK_SIGNAL and f.wn == a.name then
                return {code = 1, ix_change = SC_LOWER, ix_score = 0, ix_status = IX_KEEP}
              end
              return {code = 0, ix_change = SC_KEEP, ix_status = IX_KEEP}
            end

            """),

        // Claims the flow if runnable: pending, running with an expired lease (its worker died, or its last attempt
        // failed and its backoff is over), waiting with its timer due, its signal buffered or its joined children
        // ended, or with a cancellation or timeout to deliver; and, to be failed by name, any flow whose record is
        // damaged but not held by a live lease.
        new("t_claim", new[] { "wait", "interrupt" }, """
            local function t_claim(key, sig, a, now)
              local lease_ms, margin, max_payload, max_continuation = tonumber(a.lease_ms), tonumber(a.margin_ms), tonumber(a.max_payload), tonumber(a.max_continuation)
              local f = read_flow(key)
              if not f.exists then return {ok = 0, status = -1, next = -1, ix_change = SC_SET, ix_score = -1, ix_status = IX_DROP} end
              local whole = intact(f)
              if f.st and f.st >= ST_COMPLETED then
                local change = SC_SET
                if f.fx == 1 then change = SC_KEEP end
                return {ok = 0, status = f.st, next = -1, created = f.ca, effects = f.fx or 0,
                  ix_change = change, ix_score = -1, ix_status = f.st, ix_created = f.ca or 0}
              end
              local ready = f.ua or 0
              if f.st == ST_RUNNING then
                local lu = f.lu or 0
                if lu > now then
                  return {ok = 0, status = ST_RUNNING, next = lu, created = f.ca, ix_change = SC_SET, ix_score = lu + margin, ix_status = ST_RUNNING, ix_created = f.ca or 0}
                end
                ready = lu
              end
              local intr = interrupt(f, now)
              if f.st == ST_WAITING and whole then
                if intr == IN_NONE and not wait_over(f, key, sig, now) then
                  local next = next_look(f)
                  return {ok = 0, status = ST_WAITING, next = next, created = f.ca, ix_change = SC_SET, ix_score = next, ix_status = ST_WAITING, ix_created = f.ca or 0}
                end
                local due = wait_due(f)
                if due > ready and due <= now then ready = due end
              end
              local dl = f.dl or 0
              if intr == IN_TIMED_OUT and dl > ready then ready = dl end
              local w = {}
              deliver(f, w, intr)
              local tok, att, lu = (f.tok or 0) + 1, (f.att or 0) + 1, now + lease_ms
              w.tok, w.att, w.st, w.own, w.lu, w.ua = fmt(tok), fmt(att), fmt(ST_RUNNING), a.worker, fmt(lu), fmt(now)
              local payload = false
              if f.wk == WK_SIGNAL and intr == IN_NONE and intact(f) then
                local has, h = has_signal(f, sig)
                if has then payload = take_payload(f, sig, h, max_payload, w) end
              end
              write(key, w, {'cons'})
              local v = redis.call('HMGET', key, 'e', 'm', 'wt', 'wdesc', 'wx', 'tp', 'le')
              local continuation = false
              local size = redis.call('HSTRLEN', key, 'c')
              if max_continuation > 0 and size > max_continuation then damaged(f, 'c', fmt(size) .. ' bytes')
              elseif size > 0 then continuation = redis.call('HGET', key, 'c') end
              return {ok = 1, status = f.st, token = tok, attempt = att, lease_end = lu, created = f.ca, ready = ready, interrupt = intr,
                reason = reason(f, intr), deadline = dl, suspensions = f.sus or 0, entry = v[1], continuation = continuation, method = v[2],
                wait_kind = f.wk, wait_name = f.wn, wait_type = v[3], wait_due = f.wd, wait_desc = v[4], wait_extras = v[5],
                wait_children = f.wc, wait_mode = f.wm or 0, parent = f.par, trace = v[6], payload = payload, last_error = v[7], damage = f.damage,
                ix_change = SC_SET, ix_score = lu + margin, ix_status = ST_RUNNING, ix_old = f.st, ix_created = f.ca or now}
            end

            """),

        // Stores the continuation and its wait, consuming the signal the step resumed with. When the flow may run on at
        // once and the worker keeps it (release '0'), the lease stays and the reply says what it runs on with.
        new("t_save", new[] { "wait", "interrupt", "history" }, """
            local function t_save(key, sig, a, now)
              local f = read_flow(key)
              if f.tok ~= tonumber(a.token) or f.st ~= ST_RUNNING then return {ok = 0} end
              local depth = tonumber(a.history) or 0
              if depth > 0 then
                local n = fmt((f.sus or 0) + 1)
                keep_history(key, n, a.continuation, history_head(a, n, fmt(now), nil), depth)
              end
              local w, del = {}, {'le', 'nb', 'nbc'}
              consume(f, sig, w, del)
              consume_interrupt(f, w)
              w.bd = a.build
              w.c, w.stk, w.wk, w.wn, w.wt, w.wd, w.wdesc = a.continuation, a.stack, a.wait_kind, a.wait_name, a.wait_type, a.wait_due, a.wait_desc
              w.wc, w.wm, w.wx, w.ua, w.sus = a.wait_children, a.wait_mode, a.wait_extras, fmt(now), fmt((f.sus or 0) + 1)
              f.wk, f.wn, f.wd, f.wc, f.wm = tonumber(a.wait_kind), a.wait_name, tonumber(a.wait_due), a.wait_children, tonumber(a.wait_mode)
              local intr = interrupt(f, now)
              if a.release == '0' and intr ~= IN_NONE then
                deliver(f, w, intr)
                w.att = '1'
                write(key, w, del)
                return {ok = 1, continue = 1, interrupt = intr, reason = reason(f, intr)}
              end
              local over = wait_over(f, key, sig, now)
              local payload = false
              if a.release == '0' and over and intact(f) and f.wk == WK_SIGNAL then
                local has, h = has_signal(f, sig)
                if has then payload = take_payload(f, sig, h, tonumber(a.max_payload), w) end
              end
              if a.release == '0' and over and intact(f) then
                w.att = '1'
                write(key, w, del)
                return {ok = 1, continue = 1, payload = payload, interrupt = IN_NONE}
              end
              w.cons = nil
              local st = ST_WAITING
              if f.wk == WK_CHECKPOINT then st = ST_PENDING end
              w.st, w.own, w.lu, w.att = fmt(st), '', '0', '0'
              local next = next_look(f)
              if over or intr ~= IN_NONE then next = 0 end
              write(key, w, del)
              return {ok = 1, continue = 0, next = next, status = st, created = f.ca,
                ix_change = SC_SET, ix_score = next, ix_status = st, ix_old = ST_RUNNING, ix_created = f.ca or 0}
            end

            """),

        // Ends the flow: its result or error, the signal it resumed with consumed. A flow with a parent to tell or attached
        // children to cancel keeps fx set until those effects (in other slots) are done. With a retention, the flow and its
        // leftover signals expire then.
        new("t_finish", new[] { "queue", "interrupt", "history" }, """
            local function t_finish(key, sig, a, now)
              local f = read_flow(key)
              if f.tok ~= tonumber(a.token) or f.st ~= ST_RUNNING then return {ok = 0} end
              local w, del = {}, {'c', 'stk', 'wk', 'wn', 'wt', 'wd', 'wdesc', 'wc', 'wm', 'wx', 'le'}
              if tonumber(a.status) == ST_FAILED then
                -- A failure keeps what a retry needs: the signal the step resumed with stays at its queue's head, and the last
                -- continuation is kept even when the flow keeps no history.
                del[#del + 1] = 'cons'
                if f.cons == 1 and f.wn then w.rs = f.wn end
                local v = redis.call('HMGET', key, 'c', 'stk', 'wk', 'wn', 'wt', 'wd', 'wdesc', 'wc', 'wm', 'wx', 'ua')
                if tonumber(a.history) == 0 and v[1] and v[3] then
                  local head = cjson.encode({n = fmt(f.sus or 0), t = v[11] or fmt(now), stk = v[2] or '[]', wk = v[3], wn = v[4] or '', wt = v[5] or '', wd = v[6] or '0',
                    wdesc = v[7] or '', wc = v[8] or '', wm = v[9] or '0', wx = v[10] or ''})
                  keep_history(key, fmt(f.sus or 0), v[1], head, 1)
                end
              else
                consume(f, sig, w, del)
              end
              consume_interrupt(f, w)
              local ts = fmt(now)
              w.st, w.fa, w.ua, w.own, w.lu = a.status, ts, ts, '', '0'
              w[a.field] = a.value
              local status = tonumber(a.status)
              local fx = 0
              if f.par then fx = 1 end
              if status ~= ST_COMPLETED then
                for id in string.gmatch(redis.call('HGET', key, 'kl') or '', '[^,]+') do
                  if redis.call('HGET', key, 'k:' .. id) == '0' and redis.call('HEXISTS', key, 'e:' .. id) == 0 then fx = 1 end
                end
              end
              if fx == 1 then w.fx = '1' end
              write(key, w, del)
              redis.call('PUBLISH', a.channel, a.id)
              local retention, expire_at = tonumber(a.retention_ms), 0
              if retention > 0 then
                expire_at = now + retention
                redis.call('PEXPIRE', key, retention)
                redis.call('PEXPIRE', sig, retention)
              end
              local change = SC_SET
              if fx == 1 then change = SC_KEEP end
              return {ok = 1, created = f.ca, effects = fx, expire_at = expire_at,
                ix_change = change, ix_score = -1, ix_status = status, ix_old = ST_RUNNING, ix_created = f.ca or 0, ix_expire = expire_at}
            end

            """),
        // A record that a script failed on (damage no check foresaw): ended failed by writing, never reading, its fields.
        new("t_quarantine", new[] { "now_ms" }, """
            local function t_quarantine(key, sig, a, now)
              local ts = fmt(now)
              local created = int(redis.call('HGET', key, 'ca')) or now
              redis.call('HSET', key, 'st', fmt(ST_FAILED), 'err', a.error, 'fa', ts, 'ua', ts, 'own', '', 'lu', '0')
              redis.call('HDEL', key, 'c', 'cons', 'wk', 'wn', 'wt', 'wd', 'wdesc', 'wc', 'wm', 'wx', 'le')
              redis.call('PUBLISH', a.channel, a.id)
              local retention, expire_at = tonumber(a.retention_ms), 0
              if retention > 0 then
                expire_at = now + retention
                redis.call('PEXPIRE', key, retention)
                redis.call('PEXPIRE', sig, retention)
              end
              return {ok = 1, created = created, ix_change = SC_SET, ix_score = -1, ix_status = ST_FAILED, ix_created = created, ix_expire = expire_at}
            end

            """),
        new("t_renew", new[] { "holds" }, """
            local function t_renew(key, token, lease_ms, margin, now)
              if not holds(key, token) then return {ok = 0} end
              local lu = now + lease_ms
              redis.call('HSET', key, 'lu', fmt(lu))
              return {ok = 1, lease_end = lu, ix_change = SC_SET, ix_score = lu + margin, ix_status = IX_KEEP}
            end

            """),

        // A failed attempt: the lease ends after the backoff, when any worker may claim the flow again (the claim counts
        // the attempt); the error is kept for FlowInfo and for the failure once the attempts are used up.
        new("t_retry_later", new[] { "holds" }, """
            local function t_retry_later(key, a, now)
              if not holds(key, a.token) then return {ok = 0} end
              local lu = now + tonumber(a.delay_ms)
              redis.call('HSET', key, 'lu', fmt(lu), 'own', '', 'le', a.error, 'ua', fmt(now))
              return {ok = 1, lease_end = lu, ix_change = SC_SET, ix_score = lu, ix_status = IX_KEEP}
            end

            """),

        // A worker that cannot resume the flow in its build leaves it for a worker of the build that stored it: like a
        // failed attempt (claimable again after the delay, by any worker), but the attempt is given back, since no
        // step ran, and the build it needs is kept for FlowInfo until a worker stores the flow again. Each further
        // leave doubles the delay up to max_delay_ms, so flows no live worker can run cost a bounded rate of claims.
        // A flow claimed but never run, handed back by a stopping worker: claimable now, and the claim's attempt given back,
        // since no step ran (a flow handed back at every shutdown must not run out of attempts without ever running).
        new("t_hand_back", new[] { "holds" }, """
            -- Pending again (runnable at once: other workers are woken), not Running with a lapsed lease: no worker runs it.
            local function t_hand_back(key, a, now)
              if not holds(key, a.token) then return {ok = 0} end
              local v = redis.call('HMGET', key, 'att', 'ca')
              local att = tonumber(v[1] or '1') or 1
              if att > 0 then att = att - 1 end
              redis.call('HSET', key, 'st', fmt(ST_PENDING), 'lu', '0', 'own', '', 'att', fmt(att), 'ua', fmt(now))
              return {ok = 1, lease_end = now, ix_change = SC_SET, ix_score = 0, ix_status = ST_PENDING, ix_old = ST_RUNNING, ix_created = int(v[2]) or now}
            end

            """),

        new("t_leave", new[] { "holds" }, """
            local function t_leave(key, a, now)
              if not holds(key, a.token) then return {ok = 0} end
              local v = redis.call('HMGET', key, 'att', 'nbc')
              local att, left = tonumber(v[1] or '1') or 1, tonumber(v[2] or '0') or 0
              if att > 0 then att = att - 1 end
              local delay = tonumber(a.delay_ms) * math.pow(2, math.min(left, 30))
              if delay > tonumber(a.max_delay_ms) then delay = tonumber(a.max_delay_ms) end
              local lu = now + math.floor(delay)
              redis.call('HSET', key, 'lu', fmt(lu), 'own', '', 'le', a.error, 'ua', fmt(now), 'att', fmt(att), 'nb', a.build, 'nbc', fmt(left + 1))
              return {ok = 1, lease_end = lu, ix_change = SC_SET, ix_score = lu, ix_status = IX_KEEP}
            end

            """),

        // Codes: -1 no such flow, -2 already ended, else its status (-4 when damaged). A flow that waits, is pending or is
        // between two attempts becomes runnable now; a running one gets the cancellation at its next suspension.
        new("t_cancel", new[] { "read_flow" }, """
            local function t_cancel(key, a, now)
              local f = read_flow(key)
              if not f.exists then return {code = -1} end
              if f.st and f.st >= ST_COMPLETED then return {code = -2} end
              local w = {cr = a.reason, ua = fmt(now)}
              if f.cx ~= IS_HANDED then w.cx = fmt(IS_ASKED) end
              local wake = true
              if f.st == ST_RUNNING then
                if (f.own or '') == '' and (f.lu or 0) > now then w.lu = fmt(now) else wake = false end
              end
              write(key, w)
              local change = SC_KEEP
              if wake then change = SC_LOWER end
              return {code = f.st or -4, ix_change = change, ix_score = 0, ix_status = IX_KEEP}
            end

            """),
        // Puts back a kept continuation (mode 'retry': a failed flow's newest, or its entry call when it kept none, with the
        // signal its failed step had resumed with; mode 'rewind': number, that signal dropped) as the flow's current one: it waits again as it did there, under a new suspension number (so
        // children it starts from there get new ids), kept as the newest. Codes: 1 done, -1 no such flow, -2 not failed
        // (retry), -3 running, -4 damaged, -5 its end's effects still pending, -6 no such kept continuation.
        new("t_restore", new[] { "wait", "interrupt", "history" }, """
            local function t_restore(key, sig, a, now)
              local f = read_flow(key)
              if not f.exists then return {code = -1} end
              if f.st == nil or not intact(f) then return {code = -4, damage = f.damage} end
              if f.st == ST_RUNNING then return {code = -3, status = f.st, worker = f.own or ''} end
              if a.mode == 'retry' and f.st ~= ST_FAILED then return {code = -2, status = f.st} end
              if f.fx == 1 then return {code = -5, status = f.st} end
              -- The ring's slots, each with the number of the continuation it holds.
              local kept, slots, newest = {}, {}, nil
              for s = 0, math.min(int(redis.call('HGET', key, 'yk')) or 0, 100) - 1 do
                local ok, head = pcall(cjson.decode, redis.call('HGET', key, 'yh:' .. s) or '')
                if ok and type(head) == 'table' and int(head.n) then
                  kept[#kept + 1] = head.n
                  slots[head.n] = s
                  if not newest or int(head.n) > int(newest) then newest = head.n end
                end
              end
              local n = a.number
              if a.mode == 'retry' then n = newest end
              local found = n ~= nil and slots[n] ~= nil
              local depth = tonumber(a.history)
              local sus = (f.sus or 0) + 1
              local w, del = {att = '0', own = '', lu = '0', ua = fmt(now), sus = fmt(sus)}, {'res', 'err', 'fa', 'le', 'cons', 'fx'}
              if not found and (a.mode ~= 'retry' or #kept > 0) then return {code = -6, kept = kept, status = f.st} end
              -- The signal a failed step had resumed with (rs) is its to retry with; a rewind goes back to before it.
              del[#del + 1] = 'rs'
              local rs = redis.call('HGET', key, 'rs')
              if rs and a.mode ~= 'retry' then
                local head = bounds(sig, rs)
                if head then
                  redis.call('HDEL', sig, 'v:' .. fmt(head) .. ':' .. rs)
                  redis.call('HSET', sig, 'h:' .. rs, fmt(head + 1))
                  w.sb = fmt(math.max((f.sb or 1) - 1, 0))
                end
              end
              local st, next, c, h = ST_PENDING, 0, nil, nil
              if found then
                local slot = slots[n]
                local v = redis.call('HMGET', key, 'y:' .. slot, 'yh:' .. slot)
                if not v[1] then return {code = -4, damage = {'y:' .. slot, '(missing)'}} end
                local decoded = cjson.decode(v[2])
                c, h = v[1], decoded
                local function s(x) if x == nil or x == cjson.null then return '' end return tostring(x) end
                w.c, w.stk, w.wk, w.wn, w.wt, w.wd, w.wdesc = c, s(h.stk), s(h.wk), s(h.wn), s(h.wt), s(h.wd), s(h.wdesc)
                w.wc, w.wm, w.wx = s(h.wc), s(h.wm), s(h.wx)
                f.wk, f.wn, f.wd, f.wc, f.wm = int(w.wk), w.wn, int(w.wd), w.wc, int(w.wm)
                if f.wk == nil or f.wk < WK_CHECKPOINT or f.wk > WK_CHILD then return {code = -4, damage = {'yh:' .. slot, v[2]}} end
                if f.wk ~= WK_CHECKPOINT then
                  st = ST_WAITING
                  next = next_look(f)
                  if wait_over(f, key, sig, now) or interrupt(f, now) ~= IN_NONE then next = 0 end
                end
              else
                -- A failed flow that never suspended runs again from its entry call.
                for _, name in ipairs({'c', 'stk', 'wk', 'wn', 'wt', 'wd', 'wdesc', 'wc', 'wm', 'wx'}) do del[#del + 1] = name end
                sus = 0
              end
              w.st = fmt(st)
              write(key, w, del)
              redis.call('PERSIST', key)
              redis.call('PERSIST', sig)
              if found and depth > 0 then
                h.n, h.t, h.r = fmt(sus), fmt(now), n
                keep_history(key, fmt(sus), c, cjson.encode(h), depth)
              elseif found then
                redis.call('HDEL', key, 'y:' .. slots[n], 'yh:' .. slots[n], 'yk')
              end
              return {code = 1, number = sus, status = f.st, ix_change = SC_SET, ix_score = next, ix_status = st, ix_old = f.st, ix_created = f.ca or 0, ix_expire = -1}
            end

            """),
        new("t_register_child", new[] { "holds" }, """
            local function t_register_child(key, a)
              if not holds(key, a.token) then return {ok = 0} end
              if redis.call('HEXISTS', key, 'k:' .. a.child) == 0 then
                redis.call('HSET', key, 'k:' .. a.child, a.detached)
                local kl = redis.call('HGET', key, 'kl')
                if kl and kl ~= '' then kl = kl .. ',' .. a.child else kl = a.child end
                redis.call('HSET', key, 'kl', kl)
              end
              return {ok = 1}
            end

            """),

        // Codes: -1 no such parent, 1 its join may now go on (wake it), 0 recorded.
        new("t_child_ended", new[] { "wait" }, """
            local function t_child_ended(key, sig, a, now)
              local f = read_flow(key)
              if not f.exists then return {code = -1} end
              redis.call('HSET', key, 'e:' .. a.child, a.status)
              if f.st == ST_WAITING and f.wk == WK_CHILD and wait_over(f, key, sig, now) then
                return {code = 1, ix_change = SC_LOWER, ix_score = 0, ix_status = IX_KEEP}
              end
              return {code = 0, ix_change = SC_KEEP, ix_status = IX_KEEP}
            end

            """),

        // The effects a finished flow still owes others: its parent (to tell) and, when it failed or was cancelled, its
        // attached children that have not ended (to cancel).
        new("t_effects", new[] { "now_ms" }, """
            local function t_effects(key)
              local v = redis.call('HMGET', key, 'st', 'fx', 'par', 'kl')
              if not v[1] or v[2] ~= '1' then return {pending = 0} end
              local children = {}
              if v[1] ~= fmt(ST_COMPLETED) then
                for id in string.gmatch(v[4] or '', '[^,]+') do
                  if redis.call('HGET', key, 'k:' .. id) == '0' and redis.call('HEXISTS', key, 'e:' .. id) == 0 then children[#children + 1] = id end
                end
              end
              return {pending = 1, status = int(v[1]) or -1, parent = v[3] or '', children = children}
            end

            """),
    };
}
