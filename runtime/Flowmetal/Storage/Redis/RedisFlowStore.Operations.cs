using System.Globalization;
using Flowmetal.Storage.Redis.Protocol;
using Newtonsoft.Json;
using StackExchange.Redis;

namespace Flowmetal.Storage.Redis;

/// <content>What operators do to one flow: read it with its continuation, read its kept continuations, retry it, rewind it.</content>
public sealed partial class RedisFlowStore
{
    private static readonly RedisValue[] FieldsToInspect = RedisFlowRecord.FieldsWithResult.Append("c").ToArray();

    /// <inheritdoc />
    public async Task<StoredFlow?> InspectAsync(FlowId id, CancellationToken cancellationToken = default)
    {
        RedisValue[] values;
        try
        {
            values = await GuardAsync(_db.HashGetAsync(_keys.Flow(id), FieldsToInspect)).ConfigureAwait(false);
        }
        catch (RedisServerException error) when (IsWrongType(error))
        {
            throw new FlowDamagedException(id.Value, $"Flow {id}'s stored record is damaged: the key {_keys.Flow(id)} is not a hash. Delete or repair the key.");
        }

        var flow = RedisFlowRecord.Read(id, values[..^1], out var damage);
        if (flow is null && damage is not null)
        {
            throw new FlowDamagedException(id.Value, $"Flow {id}'s stored record is damaged: {damage}.");
        }

        return flow is null ? null : new StoredFlow { Info = flow.Info, Result = flow.Result, TraceParent = flow.TraceParent, Continuation = (byte[]?)values[^1] };
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<StoredCheckpoint>> GetHistoryAsync(FlowId id, CancellationToken cancellationToken = default)
    {
        var key = _keys.Flow(id);
        var head = await GuardAsync(_db.HashGetAsync(key, new RedisValue[] { "st", "yk" })).ConfigureAwait(false);
        if (head[0].IsNull)
        {
            throw new FlowNotFoundException(id);
        }

        int slots = int.TryParse((string?)head[1], NumberStyles.None, CultureInfo.InvariantCulture, out var depth) ? Math.Min(depth, 100) : 0;
        if (slots == 0)
        {
            return Array.Empty<StoredCheckpoint>();
        }

        var fields = Enumerable.Range(0, slots).SelectMany(s => new RedisValue[] { "y:" + s, "yh:" + s }).ToArray();
        var values = await GuardAsync(_db.HashGetAsync(key, fields)).ConfigureAwait(false);
        var checkpoints = new List<StoredCheckpoint>();
        for (int i = 0; i < slots; i++)
        {
            if (!values[2 * i].IsNull && !values[2 * i + 1].IsNull && RedisFlowRecord.Checkpoint((byte[])values[2 * i]!, (string)values[2 * i + 1]!) is { } checkpoint)
            {
                checkpoints.Add(checkpoint);
            }
        }

        checkpoints.Sort((a, b) => b.Number.CompareTo(a.Number));
        return checkpoints;
    }

    /// <inheritdoc />
    public Task<int> RetryAsync(FlowId id, CancellationToken cancellationToken = default) => RestoreAsync(id, "retry", 0);

    /// <inheritdoc />
    public Task<int> RewindAsync(FlowId id, int checkpoint, CancellationToken cancellationToken = default) => RestoreAsync(id, "rewind", checkpoint);

    private async Task<int> RestoreAsync(FlowId id, string mode, int number)
    {
        var reply = await RunClientTransitionAsync(id, RedisScripts.Restore, call => call
            .Key("flow", _keys.Flow(id))
            .Key("signals", _keys.Signals(id))
            .Arg("mode", mode)
            .Arg("number", number)
            .Arg("history", _options.Limits.KeptContinuations)).ConfigureAwait(false);
        var status = (FlowStatus)reply.Long("status");
        return reply.Long("code") switch
        {
            1 => reply.Int("number"),
            -1 => throw new FlowNotFoundException(id),
            -2 => throw FlowRestoreErrors.NotFailed(id, status),
            -3 => throw FlowRestoreErrors.Running(id, reply.Text("worker")),
            -5 => throw FlowRestoreErrors.EffectsPending(id),
            -6 => throw FlowRestoreErrors.NoCheckpoint(
                id, number, reply.Texts("kept").Select(n => int.TryParse(n, NumberStyles.None, CultureInfo.InvariantCulture, out var k) ? k : -1).ToArray(), _options.Limits.KeptContinuations),
            _ => throw FlowRestoreErrors.Damaged(id, ScriptDamage(reply)),
        };
    }
}
