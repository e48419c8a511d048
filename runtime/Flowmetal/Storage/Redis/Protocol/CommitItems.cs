using StackExchange.Redis;

namespace Flowmetal.Storage.Redis.Protocol;

/// <summary>
/// The arguments of one item of the group commit's script (<see cref="RedisScripts.Commit"/>), and what its reply means.
/// A save goes as a full item: every argument of <see cref="RedisScripts.Save"/> and <see cref="RedisScripts.Finish"/>,
/// most of them empty for any one write. A checkpoint the flow runs on from, the common write of a busy worker, goes as a
/// checkpoint item, with only the arguments it writes, and its fast path answers 1 instead of a record; an end that is not
/// a failure goes as an end item, with <see cref="RedisScripts.Finish"/>'s arguments alone, and its fast path answers 2. In a
/// batch, Redis spent more on each item's arguments (parsed, then put in a table by name) and on each reply field (a
/// record has 40) than on the writes: a compact item costs it a fraction of a full one.
/// </summary>
internal static class CommitItems
{
    private static readonly string FailedStatus = ((int)FlowStatus.Failed).ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static readonly Dictionary<string, int> FullIndex = RedisScripts.CommitFullItemArgs.Select((a, i) => (a, i)).ToDictionary(x => x.a, x => x.i, StringComparer.Ordinal);

    /// <summary>
    /// The reply of a checkpoint item its fast path took, as a record of <see cref="RedisScripts.Commit"/>: accepted, run on,
    /// nothing to deliver (what the full item's fast path answers in that case).
    /// </summary>
    private static readonly RedisResult CheckpointTaken = RedisResult.Create(RedisScripts.Commit.Shape.Reply.Select(field => field switch
    {
        "ok" or "continue" => RedisResult.Create(1),
        "interrupt" => RedisResult.Create((int)FlowInterruptKind.None),
        _ => RedisResult.Create(RedisValue.Null),
    }).ToArray());

    /// <summary>
    /// The reply of an end item its fast path took, as a record of <see cref="RedisScripts.Commit"/>: accepted, with no effects
    /// on other flows to apply (what the full item's fast path answers in that case).
    /// </summary>
    private static readonly RedisResult EndTaken = RedisResult.Create(RedisScripts.Commit.Shape.Reply.Select(field => field switch
    {
        "ok" => RedisResult.Create(1),
        "effects" => RedisResult.Create(0),
        _ => RedisResult.Create(RedisValue.Null),
    }).ToArray());

    /// <summary>
    /// The item's arguments for a write set for <see cref="FlowScript.Alone"/>'s script of <see cref="RedisScripts.Save"/> or
    /// <see cref="RedisScripts.Finish"/>: a checkpoint item when the save is a checkpoint run on from, an end item when the end is
    /// not a failure (a failure keeps what a retry needs: the full transition's case), else a full item.
    /// </summary>
    /// <param name="kind"><c>s</c>, a save; <c>f</c>, an end.</param>
    /// <param name="id">The flow.</param>
    /// <param name="script">The transition's script the arguments were set for.</param>
    /// <param name="args">The arguments, as <see cref="ScriptCall.Build"/> gives them.</param>
    /// <param name="bytes">The size of the arguments, which bounds a batch.</param>
    public static RedisValue[] Of(string kind, FlowId id, RedisScript script, RedisValue[] args, out long bytes)
    {
        bytes = 0;
        foreach (var arg in args)
        {
            bytes += arg.Length();
        }

        if (kind == "s" && IsCheckpointRunOn(script, args))
        {
            return Compact("c", RedisScripts.CommitCheckpointItemArgs, id, script, args);
        }

        if (kind == "f" && args[script.ArgIndex("status")].ToString() != FailedStatus)
        {
            return Compact("e", RedisScripts.CommitEndItemArgs, id, script, args);
        }

        var full = new RedisValue[RedisScripts.CommitFullItemArgs.Length];
        Array.Fill(full, RedisValue.EmptyString);
        full[FullIndex["kind"]] = kind;
        full[FullIndex["id"]] = id.Value;
        var declared = script.Shape.Args;
        for (int i = 0; i < declared.Count; i++)
        {
            full[FullIndex[declared[i]]] = args[i];
        }

        return full;
    }

    /// <summary>A compact item: its kind, the flow, then the transition's arguments it names, where the script reads them.</summary>
    private static RedisValue[] Compact(string kind, string[] names, FlowId id, RedisScript script, RedisValue[] args)
    {
        var item = new RedisValue[names.Length];
        item[0] = kind;
        item[1] = id.Value;
        for (int i = 2; i < names.Length; i++)
        {
            item[i] = args[script.ArgIndex(names[i])];
        }

        return item;
    }

    /// <summary>True for a checkpoint item's arguments (<see cref="Of"/>).</summary>
    public static bool IsCheckpointItem(RedisValue[] item) => item.Length == RedisScripts.CommitCheckpointItemArgs.Length && item[0] == "c";

    /// <summary>True for an end item's arguments (<see cref="Of"/>).</summary>
    public static bool IsEndItem(RedisValue[] item) => item.Length == RedisScripts.CommitEndItemArgs.Length && item[0] == "e";

    /// <summary>The reply of one item as a record of <see cref="RedisScripts.Commit"/>'s fields.</summary>
    public static RedisResult Reply(RedisResult item) => item.Resp2Type == ResultType.Integer ? (long)item switch
    {
        1 => CheckpointTaken,
        2 => EndTaken,
        var other => throw new RedisServerException(RedisErrorKind.UnknownError, CommandFlags.None, $"The group commit answered an item with {other}, which no item answers: is the store's script out of date?"),
    } : item;

    /// <summary>
    /// True when the save's wait is a checkpoint's and the flow runs on: exactly the values the checkpoint item stands for
    /// (<c>checkpoint_as_full</c> in the script), so that both forms write the same record.
    /// </summary>
    private static bool IsCheckpointRunOn(RedisScript save, RedisValue[] args)
    {
        bool Zero(string name) => args[save.ArgIndex(name)].ToString() == "0";
        bool Empty(string name) => args[save.ArgIndex(name)].IsNullOrEmpty;
        return Zero("wait_kind") && Zero("release") && Zero("wait_due") && Zero("wait_mode") &&
            Empty("wait_name") && Empty("wait_type") && Empty("wait_children") && Empty("wait_extras");
    }
}
