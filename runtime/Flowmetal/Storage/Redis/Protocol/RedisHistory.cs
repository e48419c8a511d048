using System.Text;
using Newtonsoft.Json;

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

    /// <summary>
    /// A kept continuation's head (as <c>history_head</c> encodes it) without its number and time, which only the script knows:
    /// the JSON object's fields after them and its closing brace. Built once here, so that the checkpoint's script only joins
    /// three strings instead of encoding a table (see <see cref="RedisFastPaths.Save"/>). The values are the save's arguments
    /// as sent, in text, as cjson writes them.
    /// </summary>
    /// <returns>The text <c>"stk":…,"wx":…}</c>.</returns>
    public static string HeadFields(string stack, long waitKind, string waitName, string waitType, long waitDue, string waitDescription, string waitChildren, long waitMode, string waitExtras)
    {
        var text = new StringBuilder(64 + stack.Length + waitDescription.Length + waitExtras.Length);
        void Field(string name, string value, bool last = false) =>
            text.Append('"').Append(name).Append("\":").Append(JsonConvert.ToString(value)).Append(last ? '}' : ',');
        Field("stk", stack);
        Field("wk", waitKind.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Field("wn", waitName);
        Field("wt", waitType);
        Field("wd", waitDue.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Field("wdesc", waitDescription);
        Field("wc", waitChildren);
        Field("wm", waitMode.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Field("wx", waitExtras, last: true);
        return text.ToString();
    }
}
