namespace Flowmetal.Storage.Redis.Protocol;

/// <summary>
/// The Lua that keeps a flow's last continuations in its own hash (fields y:&lt;n&gt;, yh:&lt;n&gt;, yl; see
/// <see cref="RedisLua"/>): in the hash, they share its slot and its expiry, and a read of the flow's state never
/// touches them. Shared by the full save (a chunk of <see cref="RedisLua"/>) and the flat checkpoint path of
/// <see cref="RedisFastPaths"/>, which must keep them the same way.
/// </summary>
internal static class RedisHistory
{
    /// <summary><c>keep_history(key, n, c, head, depth)</c> and <c>history_head(a, t, from)</c>: no other function used.</summary>
    public const string Keep = """
        -- Keeps continuation c, stored at suspension n (text), described by head, among the flow's last depth ones.
        local function keep_history(key, n, c, head, depth)
          local nums = {}
          for x in string.gmatch(redis.call('HGET', key, 'yl') or '', '[^,]+') do
            if x ~= n then nums[#nums + 1] = x end
          end
          nums[#nums + 1] = n
          local gone = {}
          while #nums > depth do
            gone[#gone + 1] = 'y:' .. nums[1]
            gone[#gone + 1] = 'yh:' .. nums[1]
            table.remove(nums, 1)
          end
          redis.call('HSET', key, 'y:' .. n, c, 'yh:' .. n, head, 'yl', table.concat(nums, ','))
          if #gone > 0 then redis.call('HDEL', key, unpack(gone)) end
        end
        -- What a kept continuation waited for and its stack, as the save's arguments give them (t: when, from: restored from).
        local function history_head(a, t, from)
          return cjson.encode({t = t, stk = a.stack, wk = a.wait_kind, wn = a.wait_name, wt = a.wait_type, wd = a.wait_due, wdesc = a.wait_desc,
            wc = a.wait_children, wm = a.wait_mode, wx = a.wait_extras, r = from})
        end

        """;
}
