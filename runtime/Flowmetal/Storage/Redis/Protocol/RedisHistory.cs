namespace Flowmetal.Storage.Redis.Protocol;

/// <summary>
/// The Lua that keeps a flow's last continuations in its own hash, as a ring (fields y:&lt;slot&gt;, yh:&lt;slot&gt;, yk; see
/// <see cref="RedisLua"/>): in the hash, they share its slot and its expiry, and a read of the flow's state never
/// touches them. Shared by the full save (a chunk of <see cref="RedisLua"/>) and the flat checkpoint path of
/// <see cref="RedisFastPaths"/>, which must keep them the same way.
/// </summary>
internal static class RedisHistory
{
    /// <summary><c>keep_history(key, n, c, head, depth)</c> and <c>history_head(a, t, from)</c>: no other function used.</summary>
    public const string Keep = """
        -- Keeps continuation c, stored at suspension n (text), described by head, in slot n mod depth of the flow's ring: one
        -- write, nothing to read or delete, so the oldest of the last depth is the one overwritten.
        local function keep_history(key, n, c, head, depth)
          local slot = string.format('%d', tonumber(n) % depth)
          redis.call('HSET', key, 'y:' .. slot, c, 'yh:' .. slot, head, 'yk', string.format('%d', depth))
        end
        -- What a kept continuation waited for and its stack, as the save's arguments give them (n: its number, t: when, from: restored from).
        local function history_head(a, n, t, from)
          return cjson.encode({n = n, t = t, stk = a.stack, wk = a.wait_kind, wn = a.wait_name, wt = a.wait_type, wd = a.wait_due, wdesc = a.wait_desc,
            wc = a.wait_children, wm = a.wait_mode, wx = a.wait_extras, r = from})
        end

        """;
}
