using System.Globalization;
using System.Text;
using StackExchange.Redis;

namespace Flowmetal.Storage.Redis.Protocol;

/// <summary>
/// A Lua script whose keys, arguments and reply are named, so that C# and Lua never agree on positions by
/// hand. The declaration generates the script's header (<c>local KEY = {flow = KEYS[1], ...}</c>,
/// <c>local ARG = {token = ARGV[1], ...}</c>, and for batch scripts an iterator over repeated item groups)
/// and a Lua <c>reply(t)</c> that orders a table's named fields; <see cref="Call"/> places C# values by name
/// and <see cref="ReplyRecord"/> reads the reply by name.
/// </summary>
internal sealed class RedisScript
{
    private readonly Dictionary<string, int> _keyIndex;
    private readonly Dictionary<string, int> _argIndex;
    private readonly Dictionary<string, int> _itemKeyIndex;
    private readonly Dictionary<string, int> _itemArgIndex;
    private readonly Dictionary<string, int> _replyIndex;

    public RedisScript(string name, ScriptShape shape, string library, string body)
    {
        Name = name;
        Shape = shape;
        _keyIndex = IndexOf(shape.Keys);
        _argIndex = IndexOf(shape.Args);
        _itemKeyIndex = IndexOf(shape.ItemKeys);
        _itemArgIndex = IndexOf(shape.ItemArgs);
        _replyIndex = IndexOf(shape.Reply);
        Text = $"-- Flowmetal: {name}\n{Header(shape)}{library}\n{body}\n";
#pragma warning disable CA5350 // Redis names scripts by their SHA-1 (EVALSHA): an identifier, not a security measure.
        Hash = System.Security.Cryptography.SHA1.HashData(Encoding.UTF8.GetBytes(Text));
#pragma warning restore CA5350
        Sha1 = Convert.ToHexStringLower(Hash);
    }

    public string Name { get; }

    public ScriptShape Shape { get; }

    /// <summary>The whole Lua text sent to Redis (StackExchange.Redis sends it once, then by its SHA-1).</summary>
    public string Text { get; }

    /// <summary>The SHA-1 Redis knows the script by (EVALSHA), in hexadecimal.</summary>
    public string Sha1 { get; }

    /// <summary>The SHA-1 as bytes.</summary>
    public byte[] Hash { get; }

    /// <summary>Starts a call: set every declared key and argument by name, add items for a batch script.</summary>
    public ScriptCall Call() => new(this);

    internal int KeyIndex(string name) => Find(_keyIndex, name, "key");

    internal int ArgIndex(string name) => Find(_argIndex, name, "argument");

    internal int ItemKeyIndex(string name) => Find(_itemKeyIndex, name, "item key");

    internal int ItemArgIndex(string name) => Find(_itemArgIndex, name, "item argument");

    internal int ReplyIndex(string name) => Find(_replyIndex, name, "reply field");

    private int Find(Dictionary<string, int> index, string name, string what) =>
        index.TryGetValue(name, out int i) ? i : throw new InvalidOperationException($"Script {Name} declares no {what} '{name}'.");

    private static Dictionary<string, int> IndexOf(IReadOnlyList<string> names)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < names.Count; i++)
        {
            index.Add(names[i], i);
        }

        return index;
    }

    private static string Header(ScriptShape shape)
    {
        var text = new StringBuilder();
        text.Append("local KEY = {");
        text.AppendJoin(", ", shape.Keys.Select((k, i) => $"{k} = KEYS[{i + 1}]"));
        text.Append("}\nlocal ARG = {");
        text.AppendJoin(", ", shape.Args.Select((a, i) => $"{a} = ARGV[{i + 1}]"));
        text.Append("}\n");
        if (shape.Keys.Take(RedisLua.IndexKeys.Length).SequenceEqual(RedisLua.IndexKeys))
        {
            // The index keys as the reindex functions want them, made once per call without string building.
            text.Append("local IX = {schedule = KEYS[1], all = KEYS[2], expiries = KEYS[").Append(RedisLua.IndexKeys.Length).Append("], status = {");
            text.AppendJoin(", ", Enum.GetValues<FlowStatus>().Select(s => $"[{(int)s}] = KEYS[{3 + (int)s}]"));
            text.Append("}}\n");
        }

        if (shape.ItemKeys.Count > 0 || shape.ItemArgs.Count > 0)
        {
            // Items: groups of keys after the fixed keys and groups of arguments after the fixed arguments.
            text.Append(CultureInfo.InvariantCulture, $"local ITEM_COUNT = {(shape.ItemArgs.Count > 0 ? $"(#ARGV - {shape.Args.Count}) / {shape.ItemArgs.Count}" : $"(#KEYS - {shape.Keys.Count}) / {shape.ItemKeys.Count}")}\n");
            text.Append("local function item(i)\n");
            text.Append(CultureInfo.InvariantCulture, $"  local k, a = {shape.Keys.Count} + (i - 1) * {shape.ItemKeys.Count}, {shape.Args.Count} + (i - 1) * {shape.ItemArgs.Count}\n");
            text.Append("  return {");
            text.AppendJoin(", ", shape.ItemKeys.Select((k, i) => $"{k} = KEYS[k + {i + 1}]").Concat(shape.ItemArgs.Select((a, i) => $"{a} = ARGV[a + {i + 1}]")));
            text.Append("}\nend\n");
        }

        // Redis turns a Lua array into a reply only up to its first nil: absent fields become false (a nil reply).
        text.Append("local function reply(t)\n  return {");
        text.AppendJoin(", ", shape.Reply.Select(f => $"t.{f} or false"));
        text.Append("}\nend\n");
        return text.ToString();
    }
}

/// <summary>The names a script declares: its keys, its arguments, the keys and arguments of each repeated item, and its reply's fields.</summary>
internal sealed record ScriptShape(
    IReadOnlyList<string> Keys,
    IReadOnlyList<string> Args,
    IReadOnlyList<string> Reply,
    IReadOnlyList<string> ItemKeys,
    IReadOnlyList<string> ItemArgs)
{
    public static ScriptShape Of(string[] keys, string[] args, string[] reply) => new(keys, args, reply, Array.Empty<string>(), Array.Empty<string>());

    public ScriptShape WithItems(string[] itemKeys, string[] itemArgs) => this with { ItemKeys = itemKeys, ItemArgs = itemArgs };

    public ScriptShape WithKeys(string[] keys) => this with { Keys = keys };
}

/// <summary>One call of a <see cref="RedisScript"/>: values placed by name, checked complete before it is sent.</summary>
internal sealed class ScriptCall
{
    private readonly RedisScript _script;
    private readonly RedisKey[] _keys;
    private readonly RedisValue[] _args;
    private readonly bool[] _keySet;
    private readonly bool[] _argSet;
    private readonly List<RedisKey> _itemKeys = new();
    private readonly List<RedisValue> _itemArgs = new();
    private RedisKey[]? _currentKeys;
    private RedisValue[]? _currentArgs;

    public ScriptCall(RedisScript script)
    {
        _script = script;
        _keys = new RedisKey[script.Shape.Keys.Count];
        _args = new RedisValue[script.Shape.Args.Count];
        _keySet = new bool[_keys.Length];
        _argSet = new bool[_args.Length];
    }

    public RedisScript Script => _script;

    public int Items { get; private set; }

    public ScriptCall Key(string name, RedisKey key)
    {
        int i = _script.KeyIndex(name);
        _keys[i] = key;
        _keySet[i] = true;
        return this;
    }

    /// <summary>Sets the keys named in order (the index keys, say) from an array in the same order.</summary>
    public ScriptCall Keys(IReadOnlyList<string> names, IReadOnlyList<RedisKey> keys)
    {
        for (int i = 0; i < names.Count; i++)
        {
            Key(names[i], keys[i]);
        }

        return this;
    }

    public ScriptCall Arg(string name, RedisValue value)
    {
        int i = _script.ArgIndex(name);
        _args[i] = value;
        _argSet[i] = true;
        return this;
    }

    /// <summary>Starts the next item of a batch script.</summary>
    public ScriptCall Item()
    {
        Close();
        _currentKeys = new RedisKey[_script.Shape.ItemKeys.Count];
        _currentArgs = new RedisValue[_script.Shape.ItemArgs.Count];
        Items++;
        return this;
    }

    public ScriptCall ItemKey(string name, RedisKey key)
    {
        (_currentKeys ?? throw new InvalidOperationException("Call Item() before setting an item's key."))[_script.ItemKeyIndex(name)] = key;
        return this;
    }

    public ScriptCall ItemArg(string name, RedisValue value)
    {
        (_currentArgs ?? throw new InvalidOperationException("Call Item() before setting an item's argument."))[_script.ItemArgIndex(name)] = value;
        return this;
    }

    public (RedisKey[] Keys, RedisValue[] Args) Build()
    {
        Close();
        for (int i = 0; i < _keySet.Length; i++)
        {
            if (!_keySet[i])
            {
                throw new InvalidOperationException($"Script {_script.Name}: key '{_script.Shape.Keys[i]}' was not set.");
            }
        }

        for (int i = 0; i < _argSet.Length; i++)
        {
            if (!_argSet[i])
            {
                throw new InvalidOperationException($"Script {_script.Name}: argument '{_script.Shape.Args[i]}' was not set.");
            }
        }

        return (_keys.Concat(_itemKeys).ToArray(), _args.Concat(_itemArgs).ToArray());
    }

    private void Close()
    {
        if (_currentKeys is null)
        {
            return;
        }

        _itemKeys.AddRange(_currentKeys);
        _itemArgs.AddRange(_currentArgs!);
        _currentKeys = null;
        _currentArgs = null;
    }
}

/// <summary>A script's reply (or one item of a batch reply), read by the field names the script declares.</summary>
internal readonly struct ReplyRecord
{
    private readonly RedisScript _script;
    private readonly RedisResult[] _values;

    public ReplyRecord(RedisScript script, RedisResult result)
    {
        _script = script;
        _values = (RedisResult[])result!;
    }

    public RedisResult this[string field] => _values[_script.ReplyIndex(field)];

    public bool IsNull(string field) => this[field].IsNull;

    public long Long(string field) => this[field].IsNull ? 0 : (long)this[field];

    public int Int(string field) => (int)Long(field);

    public string? Text(string field) => this[field].IsNull ? null : (string?)this[field];

    public byte[]? Bytes(string field) => this[field].IsNull ? null : (byte[]?)this[field];

    /// <summary>A nested array of strings (a batch's ids, a damage list), empty when absent.</summary>
    public string[] Texts(string field)
    {
        var value = this[field];
        if (value.IsNull || value.Resp2Type != ResultType.Array)
        {
            return Array.Empty<string>();
        }

        return ((RedisResult[])value!).Select(v => (string?)v ?? string.Empty).ToArray();
    }

    /// <summary>The items of a batch reply, each a record of the same script's fields.</summary>
    public static ReplyRecord[] Items(RedisScript script, RedisResult result) =>
        ((RedisResult[])result!).Select(r => new ReplyRecord(script, r)).ToArray();
}
