using StackExchange.Redis;

namespace Flowmetal.Storage.Redis.Protocol;

/// <summary>
/// Group commit of the worker threads' writes on a single Redis node: a save or an end that arrives while another
/// thread's script call is in flight waits for it, and then all that arrived meanwhile go together in one
/// <see cref="RedisScripts.Commit"/> call, each flow still fenced by its own token and answered with its own reply.
/// Redis spends about as much on starting a script (its arguments, the script's tables and functions) as on a
/// checkpoint's writes, and each call is a round trip and two thread wake-ups: a batch pays these once.
/// </summary>
/// <remarks>
/// The threads elect a leader as LevelDB's writers do: the first to find no call in flight sends its own write and
/// those queued behind it. A write comes in two forms: a synchronous one (<see cref="Commit"/>) parks its thread until
/// the reply is in; a submitted one (<see cref="CommitAsync"/>) is a task that the leader completes, so that a worker's
/// thread goes on to another flow while its write is in flight. When a reply is in (and <c>WAIT</c>ed for, when
/// configured), the leader hands the lead to the first write queued meanwhile: to its thread if one is parked on it, else
/// (a submitted write) to the group commit's sender thread, which sends group after group while submitted writes queue
/// up, and parks when none is left. A submitted write that finds no call in flight wakes the sender too: the submitting
/// thread never sends, so one worker thread keeps many flows' writes in flight. Then
/// the leader completes the writers it carried: a parked thread is woken, a submitted write's task completes on the
/// leader's thread, so its continuations must only hand the flow on (a worker queues it). No timer: a write alone goes
/// at once, and a batch never waits for company.
/// </remarks>
internal sealed class RedisGroupCommit : IDisposable
{
    // Save items are large (a continuation each); a bound keeps one script call, and Redis's time in it, short.
    private const int MaxBatchBytes = 4 * 1024 * 1024;

    [ThreadStatic]
    private static Writer? t_writer;

    private readonly object _gate = new();
    private readonly Queue<Writer> _queue = new();
    private readonly Func<RedisKey[], RedisValue[], RedisResult> _send;
    private readonly RedisKey[] _indexKeys;
    private readonly RedisValue _wakeChannel;
    private readonly int _maxItems;
    private bool _leading;
    private Thread? _sender;
    private Writer? _senderFirst;
    private bool _closed;
    private bool _senderEnded;
    private long _calls;
    private long _writes;
    private long _checkpointItems;
    private long _endItems;

    /// <param name="send">Runs <see cref="RedisScripts.Commit"/> with these keys and arguments, synchronously, and returns once the write is acknowledged.</param>
    /// <param name="indexKeys">The store's index keys (<see cref="RedisLua.IndexKeys"/> order).</param>
    /// <param name="wakeChannel">Where idle workers are woken.</param>
    /// <param name="maxItems">At most this many writes in one call.</param>
    public RedisGroupCommit(Func<RedisKey[], RedisValue[], RedisResult> send, RedisKey[] indexKeys, RedisValue wakeChannel, int maxItems)
    {
        _send = send;
        _indexKeys = indexKeys;
        _wakeChannel = wakeChannel;
        _maxItems = maxItems;
    }

    /// <summary>Calls made and writes carried, for tests and diagnostics.</summary>
    public long Calls => Interlocked.Read(ref _calls);

    /// <inheritdoc cref="Calls"/>
    public long Writes => Interlocked.Read(ref _writes);

    /// <summary>Writes carried as checkpoint items (<see cref="CommitItems"/>), for tests and diagnostics.</summary>
    public long CheckpointItems => Interlocked.Read(ref _checkpointItems);

    /// <summary>Writes carried as end items (<see cref="CommitItems"/>), for tests and diagnostics.</summary>
    public long EndItems => Interlocked.Read(ref _endItems);

    /// <summary>Writes waiting for a call (for tests).</summary>
    public int Queued
    {
        get
        {
            lock (_gate)
            {
                return _queue.Count;
            }
        }
    }

    /// <summary>
    /// For tests: takes the lead as a call in flight would, so that writes queue up; disposing it hands them on, so that
    /// those queued meanwhile go together in one call.
    /// </summary>
    /// <returns>The hold; dispose it to let the writes go.</returns>
    public IDisposable Hold()
    {
        lock (_gate)
        {
            if (_leading)
            {
                throw new InvalidOperationException("A group is in flight: hold only an idle group commit.");
            }

            _leading = true;
        }

        return new Held(this);
    }

    /// <summary>
    /// Writes one flow's transition (a <see cref="RedisScripts.Save"/> or <see cref="RedisScripts.Finish"/> call over the flow's
    /// keys alone) within a group, and returns its reply once the group's call is acknowledged.
    /// </summary>
    /// <param name="kind"><c>s</c> for a save, <c>f</c> for an end.</param>
    /// <param name="id">The flow.</param>
    /// <param name="call">The transition's call for <see cref="FlowScript.Alone"/>, keys and arguments set.</param>
    /// <returns>The flow's reply, read by the fields of <see cref="RedisScripts.Commit"/>.</returns>
    /// <exception cref="RedisServerException">The script failed on this flow's keys (the other flows of the group are not affected).</exception>
    public ReplyRecord Commit(string kind, FlowId id, ScriptCall call)
    {
        var writer = t_writer ??= new Writer(parked: true);
        Enqueue(writer, kind, id, call);

        // A wake-up may be stale (meant for this thread's previous write, set after it had already seen its state): the state decides.
        while (Volatile.Read(ref writer.State) == Writer.Waiting)
        {
            writer.Signal!.Wait();
            writer.Signal.Reset();
        }

        if (Volatile.Read(ref writer.State) == Writer.Leading)
        {
            Lead(writer);
        }

        var (reply, error) = writer.Take();
        return error is not null ? throw error : Record(reply!);
    }

    /// <summary>
    /// Submits one flow's transition as <see cref="Commit"/> writes it, without waiting for it: it goes with the next group,
    /// sent by the sender thread (woken when no call is in flight) or by a parked writer leading, and its task completes
    /// on the thread that sent it. The submitting thread never sends: it goes on to run other flows while the write is in
    /// flight, and their writes queue up for the group after it.
    /// </summary>
    /// <param name="kind"><c>s</c> for a save, <c>f</c> for an end.</param>
    /// <param name="id">The flow.</param>
    /// <param name="call">The transition's call for <see cref="FlowScript.Alone"/>, keys and arguments set.</param>
    /// <returns>The flow's reply once acknowledged; faulted with a <see cref="RedisServerException"/> when the script failed on this flow's keys, or with the call's error.</returns>
    public Task<ReplyRecord> CommitAsync(string kind, FlowId id, ScriptCall call)
    {
        var writer = new Writer(parked: false);
        if (Enqueue(writer, kind, id, call))
        {
            HandToSender(writer);
        }

        return writer.Completion!.Task;
    }

    /// <summary>Queues the write; the first found with no call in flight leads (its state says so).</summary>
    /// <returns>True when this write leads.</returns>
    private bool Enqueue(Writer writer, string kind, FlowId id, ScriptCall call)
    {
        writer.Prepare(kind, id, call);
        lock (_gate)
        {
            _queue.Enqueue(writer);
            if (_leading)
            {
                return false;
            }

            _leading = true;
            writer.State = Writer.Leading;
            return true;
        }
    }

    private static ReplyRecord Record(RedisResult reply)
    {
        var record = new ReplyRecord(RedisScripts.Commit, CommitItems.Reply(reply));
        if (record.Text("error") is { } failure)
        {
            throw new RedisServerException(RedisErrorKind.UnknownError, CommandFlags.None, failure);
        }

        return record;
    }

    /// <summary>
    /// Sends <paramref name="leader"/>'s group, hands the lead on, and completes the group's writers. On the sender thread,
    /// goes on with the next group while the lead comes back to it.
    /// </summary>
    private void Lead(Writer leader)
    {
        bool sender = Thread.CurrentThread == _sender;
        var first = leader;
        while (true)
        {
            var batch = SendGroup(first);

            // The next group goes first (Redis is idle until it does), then the writers of this one are done.
            var next = HandOn();
            if (next is not null && !sender)
            {
                HandToSender(next);
                next = null;
            }

            for (int i = 0; i < batch.Count; i++)
            {
                if (batch[i] != leader || !leader.Parked)
                {
                    Complete(batch[i]);
                }
            }

            if (next is null)
            {
                return;
            }

            first = next;
        }
    }

    /// <summary>Gives the lead (a submitted write at the head of the queue, which no thread waits on) to the sender thread, starting it the first time.</summary>
    private void HandToSender(Writer first)
    {
        lock (_gate)
        {
            _senderFirst = first;

            // After the store closed, a write still goes (and fails, the connection being gone) rather than wait forever.
            if (_sender is null || _senderEnded)
            {
                _senderEnded = false;
                _sender = new Thread(Send) { IsBackground = true, Name = "Flowmetal group commit" };
                _sender.Start();
            }

            Monitor.Pulse(_gate);
        }
    }

    private void Send()
    {
        while (true)
        {
            Writer first;
            lock (_gate)
            {
                while (_senderFirst is null)
                {
                    if (_closed)
                    {
                        _senderEnded = true;
                        return;
                    }

                    Monitor.Wait(_gate);
                }

                first = _senderFirst;
                _senderFirst = null;
            }

            Lead(first);
        }
    }

    /// <summary>Lets the sender thread end once it has sent what it was given.</summary>
    public void Dispose()
    {
        lock (_gate)
        {
            _closed = true;
            Monitor.PulseAll(_gate);
        }
    }

    private List<Writer> SendGroup(Writer first)
    {
        var batch = new List<Writer>(Math.Min(_maxItems, 16));
        lock (_gate)
        {
            long bytes = 0;
            while (batch.Count < _maxItems && _queue.TryPeek(out var next) && (batch.Count == 0 || bytes + next.Bytes <= MaxBatchBytes))
            {
                batch.Add(_queue.Dequeue());
                bytes += next.Bytes;
            }
        }

        System.Diagnostics.Debug.Assert(batch[0] == first, "The leader is the first write of its group.");
        try
        {
            var keys = new RedisKey[_indexKeys.Length + (2 * batch.Count)];
            int length = 1, checkpoints = 0, ends = 0;
            foreach (var writer in batch)
            {
                length += writer.Args.Length;
                checkpoints += CommitItems.IsCheckpointItem(writer.Args) ? 1 : 0;
                ends += CommitItems.IsEndItem(writer.Args) ? 1 : 0;
            }

            var args = new RedisValue[length];
            _indexKeys.CopyTo(keys, 0);
            args[0] = _wakeChannel;
            int at = 1;
            for (int i = 0; i < batch.Count; i++)
            {
                keys[_indexKeys.Length + (2 * i)] = batch[i].Flow;
                keys[_indexKeys.Length + (2 * i) + 1] = batch[i].Signals;
                batch[i].Args.CopyTo(args, at);
                at += batch[i].Args.Length;
            }

            var items = (RedisResult[])_send(keys, args)!;
            Interlocked.Increment(ref _calls);
            Interlocked.Add(ref _writes, batch.Count);
            Interlocked.Add(ref _checkpointItems, checkpoints);
            Interlocked.Add(ref _endItems, ends);
            for (int i = 0; i < batch.Count; i++)
            {
                batch[i].Result = items[i];
            }
        }
        catch (Exception error)
        {
            // The call failed as a whole (the connection, a WAIT not met): each write of the group fails as its own call would.
            batch[0].Error = error;
            for (int i = 1; i < batch.Count; i++)
            {
                batch[i].Error = new RedisException($"The group commit that carried this flow's write failed: {error.Message}", error);
            }
        }

        return batch;
    }

    /// <summary>Wakes a parked writer, or completes a submitted write's task (its continuations run here, and only queue the flow).</summary>
    private static void Complete(Writer writer)
    {
        if (writer.Parked)
        {
            Volatile.Write(ref writer.State, Writer.Done);
            writer.Signal!.Set();
            return;
        }

        var (reply, error) = writer.Take();
        if (error is not null)
        {
            writer.Completion!.TrySetException(error);
            return;
        }

        ReplyRecord record;
        try
        {
            record = Record(reply!);
        }
        catch (RedisServerException failure)
        {
            writer.Completion!.TrySetException(failure);
            return;
        }

        writer.Completion!.TrySetResult(record);
    }

    /// <summary>
    /// Gives the lead to the first write queued if a thread is parked on it, or leaves it free when none is queued.
    /// </summary>
    /// <returns>The first write queued when it was submitted: no thread waits on it, so the caller sends its group or has the sender send it.</returns>
    private Writer? HandOn()
    {
        Writer? successor;
        lock (_gate)
        {
            if (!_queue.TryPeek(out successor))
            {
                _leading = false;
                return null;
            }

            Volatile.Write(ref successor.State, Writer.Leading);
        }

        if (!successor.Parked)
        {
            return successor;
        }

        successor.Signal!.Set();
        return null;
    }

    private sealed class Held(RedisGroupCommit commit) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0 && commit.HandOn() is { } submitted)
            {
                commit.HandToSender(submitted);
            }
        }
    }

    /// <summary>
    /// A write in flight: a parked thread's (each thread writes one at a time, so it keeps one and reuses it), or a
    /// submitted one's, made for the write and completed through its task.
    /// </summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001", Justification = "One per thread for the thread's life; its event's wait handle, if it ever makes one, goes with the thread.")]
    private sealed class Writer
    {
        public const int Waiting = 0;
        public const int Leading = 1;
        public const int Done = 2;

        /// <summary>Where a parked thread waits; null for a submitted write.</summary>
        public readonly ManualResetEventSlim? Signal;

        /// <summary>What a submitted write completes; null for a parked thread's. Continuations run on the sending thread.</summary>
        public readonly TaskCompletionSource<ReplyRecord>? Completion;

        public Writer(bool parked)
        {
            if (parked)
            {
                Signal = new ManualResetEventSlim(false, 0);
            }
            else
            {
                Completion = new TaskCompletionSource<ReplyRecord>();
            }
        }

        public bool Parked => Signal is not null;

        public int State;

        public RedisKey Flow;

        public RedisKey Signals;

        public RedisValue[] Args = Array.Empty<RedisValue>();

        public long Bytes;

        public RedisResult? Result;

        public Exception? Error;

        public void Prepare(string kind, FlowId id, ScriptCall call)
        {
            var (keys, args) = call.Build();
            var script = call.Script;
            Flow = keys[script.KeyIndex("flow")];
            Signals = keys[script.KeyIndex("signals")];
            Args = CommitItems.Of(kind, id, script, args, out Bytes);
            Result = null;
            Error = null;
            State = Waiting;
            Signal?.Reset();
        }

        public (RedisResult? Result, Exception? Error) Take()
        {
            var taken = (Result, Error);
            Result = null;
            Error = null;
            Args = Array.Empty<RedisValue>();
            return taken;
        }
    }
}
