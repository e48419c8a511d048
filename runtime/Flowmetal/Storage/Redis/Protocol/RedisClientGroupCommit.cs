using StackExchange.Redis;

namespace Flowmetal.Storage.Redis.Protocol;

/// <summary>
/// Group commit of a client's starts on a single Redis node: the starts made while one call is in flight go together in
/// the next <see cref="RedisScripts.CreateBatch"/> call, each answered with its own reply (a start of an id that exists
/// finds it, as alone). The asynchronous counterpart of <see cref="RedisGroupCommit"/>: a client issues many starts at
/// once from one thread, and Redis spends about as much on starting a script as on a start's writes. Up to
/// <see cref="MaxInFlight"/> calls are in flight at once, so that Redis is not left idle while the client prepares the
/// next starts and the round trip of one call passes (a client's starts have no thread waiting on them to spare).
/// </summary>
internal sealed class RedisClientGroupCommit
{
    private const int MaxInFlight = 4;

    private readonly object _gate = new();
    private readonly List<Pending> _queue = new();
    private readonly Func<ScriptCall, ValueTask<ReplyRecord[]>> _send;
    private readonly Func<ScriptCall> _newCall;
    private readonly int _maxItems;
    private int _sending;
    private long _calls;
    private long _writes;

    /// <param name="newCall">A call of <see cref="RedisScripts.CreateBatch"/>, its fixed keys and arguments set.</param>
    /// <param name="send">Runs a call (acknowledged by the replicas when configured) and returns its items' replies.</param>
    /// <param name="maxItems">At most this many starts in one call.</param>
    public RedisClientGroupCommit(Func<ScriptCall> newCall, Func<ScriptCall, ValueTask<ReplyRecord[]>> send, int maxItems)
    {
        _newCall = newCall;
        _send = send;
        _maxItems = maxItems;
    }

    /// <summary>Calls made and starts carried, for tests.</summary>
    public long Calls => Interlocked.Read(ref _calls);

    /// <inheritdoc cref="Calls"/>
    public long Writes => Interlocked.Read(ref _writes);

    /// <summary>Starts one flow within a group.</summary>
    /// <param name="id">The flow.</param>
    /// <param name="call">Its <see cref="RedisScripts.Create"/> call for <see cref="FlowScript.Alone"/>, keys and arguments set.</param>
    /// <returns>The flow's reply, read by the fields of <see cref="RedisScripts.CreateBatch"/>.</returns>
    public Task<ReplyRecord> CommitAsync(FlowId id, ScriptCall call)
    {
        var (keys, args) = call.Build();
        var pending = new Pending(id, keys[call.Script.KeyIndex("flow")], call.Script.Shape.Args, args);
        bool start;
        lock (_gate)
        {
            _queue.Add(pending);
            start = _sending < MaxInFlight;
            if (start)
            {
                _sending++;
            }
        }

        if (start)
        {
            _ = SendAllAsync();
        }

        return pending.Reply.Task;
    }

    private async Task SendAllAsync()
    {
        while (true)
        {
            List<Pending> batch;
            lock (_gate)
            {
                if (_queue.Count == 0)
                {
                    _sending--;
                    return;
                }

                int count = Math.Min(_maxItems, _queue.Count);
                batch = _queue.GetRange(0, count);
                _queue.RemoveRange(0, count);
            }

            try
            {
                var call = _newCall();
                foreach (var pending in batch)
                {
                    call.Item().ItemKey("flow", pending.Flow).ItemArg("id", pending.Id.Value);
                    for (int i = 0; i < pending.ArgNames.Count; i++)
                    {
                        call.ItemArg(pending.ArgNames[i], pending.Args[i]);
                    }
                }

                var replies = await _send(call).ConfigureAwait(false);
                Interlocked.Increment(ref _calls);
                Interlocked.Add(ref _writes, batch.Count);
                for (int i = 0; i < batch.Count; i++)
                {
                    if (replies[i].Text("error") is { } failure)
                    {
                        // The script failed on this flow's key alone (a key of another type): the others are started.
                        batch[i].Reply.TrySetException(new RedisServerException(RedisErrorKind.UnknownError, CommandFlags.None, failure));
                    }
                    else
                    {
                        batch[i].Reply.TrySetResult(replies[i]);
                    }
                }
            }
            catch (Exception error)
            {
                foreach (var pending in batch)
                {
                    pending.Reply.TrySetException(error);
                }
            }
        }
    }

    private sealed record Pending(FlowId Id, RedisKey Flow, IReadOnlyList<string> ArgNames, RedisValue[] Args)
    {
        public TaskCompletionSource<ReplyRecord> Reply { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
