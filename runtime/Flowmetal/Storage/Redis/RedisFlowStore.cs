using System.Collections.Concurrent;
using System.Globalization;
using StackExchange.Redis;

namespace Flowmetal.Storage.Redis;

/// <summary>
/// A flow store in Redis (StackExchange.Redis), for flows that outlive processes and move between
/// nodes. Each flow is a hash and a signal buffer sharing the hash tag <c>{id}</c> (Redis Cluster
/// ready); each transition is one Lua script, so it is atomic. Workers hold leases with fencing
/// tokens. A schedule sorted set finds due timers, expired leases and runnable flows without
/// scanning; idle workers and waiting clients are woken by pub/sub and poll as a fallback.
/// </summary>
/// <example>
/// <code>
/// var store = await RedisFlowStore.ConnectAsync("localhost:6379,password=secret,ssl=true",
///     new RedisFlowStoreOptions { KeyPrefix = "orders" });
/// </code>
/// </example>
public sealed class RedisFlowStore : IFlowStore, IAsyncDisposable, IDisposable, ISignedFlowStore
{
    // A claimed flow is looked at again this long after its lease ends, so a look never races a
    // renewal made in time.
    private const long LeaseMarginMs = 250;

    // Added before a client's transition with this delay, lowered to "now" after it: if the client
    // dies in between, a worker still looks at the flow this much later.
    private const long SafetyHintMs = 5000;

    private readonly IConnectionMultiplexer _connection;
    private readonly bool _ownsConnection;
    private readonly IDatabase _db;
    private readonly RedisKeys _keys;
    private readonly RedisNotifications _notifications;
    private readonly ConcurrentDictionary<(FlowId, long), long> _scheduleScores = new();

    /// <summary>Creates a store on an open connection, which the caller keeps owning.</summary>
    /// <param name="connection">The connection.</param>
    /// <param name="options">Options, or <see langword="null"/> for the defaults.</param>
    public RedisFlowStore(IConnectionMultiplexer connection, RedisFlowStoreOptions? options = null)
        : this(connection, options ?? new RedisFlowStoreOptions(), ownsConnection: false)
    {
    }

    private RedisFlowStore(IConnectionMultiplexer connection, RedisFlowStoreOptions options, bool ownsConnection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        options.Validate();
        _connection = connection;
        _ownsConnection = ownsConnection;
        _db = connection.GetDatabase(options.Database);
        _keys = new RedisKeys(options.KeyPrefix);
        _notifications = new RedisNotifications(connection.GetSubscriber(), _keys);
        Signer = options.SigningKey is { } key ? new StateSigner(key) : null;
    }

    /// <summary>Signs and checks the flows' state when <see cref="RedisFlowStoreOptions.SigningKey"/> is set.</summary>
    StateSigner? ISignedFlowStore.Signer => Signer;

    private StateSigner? Signer { get; }

    /// <summary>Connects to Redis and creates a store that owns the connection.</summary>
    /// <param name="connectionString">
    /// Anything StackExchange.Redis accepts: <c>host:port</c>, several endpoints, <c>password=</c>,
    /// <c>user=</c>, <c>ssl=true</c>, <c>abortConnect=false</c>...
    /// </param>
    /// <param name="options">Options, or <see langword="null"/> for the defaults.</param>
    /// <returns>The store; dispose it to close the connection.</returns>
    public static async Task<RedisFlowStore> ConnectAsync(string connectionString, RedisFlowStoreOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(connectionString);
        return await ConnectAsync(ConfigurationOptions.Parse(connectionString), options).ConfigureAwait(false);
    }

    /// <summary>Connects to Redis and creates a store that owns the connection.</summary>
    /// <param name="configuration">The connection's configuration.</param>
    /// <param name="options">Options, or <see langword="null"/> for the defaults.</param>
    /// <returns>The store; dispose it to close the connection.</returns>
    public static async Task<RedisFlowStore> ConnectAsync(ConfigurationOptions configuration, RedisFlowStoreOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var resolved = options ?? new RedisFlowStoreOptions();
        resolved.Validate();
        var connection = await ConnectionMultiplexer.ConnectAsync(configuration).ConfigureAwait(false);
        return new RedisFlowStore(connection, resolved, ownsConnection: true);
    }

    /// <summary>Connects synchronously (dependency injection builds services synchronously); the store owns the connection.</summary>
    internal static RedisFlowStore Connect(ConfigurationOptions configuration, RedisFlowStoreOptions options)
    {
        options.Validate();
        return new RedisFlowStore(ConnectionMultiplexer.Connect(configuration), options, ownsConnection: true);
    }

    /// <inheritdoc />
    public Task<FlowCreateResult> CreateAsync(FlowCreation creation, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(creation);
        return CreateCoreAsync(creation);
    }

    /// <inheritdoc />
    public async Task<FlowCreateResult?> StartChildAsync(FlowLease parent, FlowCreation child, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(parent);
        ArgumentNullException.ThrowIfNull(child);

        // Linked first, created second (two slots, two scripts): a parent that dies in between runs the
        // start again from its last checkpoint, and the link never names a child its parent cannot find.
        var linked = (long)await _db.ScriptEvaluateAsync(
            RedisScripts.RegisterChild, new[] { _keys.Flow(parent.Id) }, new RedisValue[] { parent.Token, child.Id.Value, child.Detached ? 1 : 0 })
            .ConfigureAwait(false);
        if (linked == 0)
        {
            return null;
        }

        return await CreateCoreAsync(child.Parent is null ? WithParent(child, parent.Id) : child).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<bool> CancelAsync(FlowId id, string reason, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reason);
        var clientNow = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        await IndexAsync(new IndexOp(id, "lt", clientNow + SafetyHintMs, 0, string.Empty, 0)).ConfigureAwait(false);
        var status = (long)await _db.ScriptEvaluateAsync(RedisScripts.Cancel, new[] { _keys.Flow(id) }, new RedisValue[] { reason }).ConfigureAwait(false);
        switch (status)
        {
            case -1:
                await IndexAsync(new IndexOp(id, "cas", -1, clientNow + SafetyHintMs, "x", 0)).ConfigureAwait(false);
                throw new FlowNotFoundException(id);
            case -2:
                return false;
            case (long)FlowStatus.Running:
                // Its worker finds the request at the flow's next suspension; if that worker died, the
                // claim after its lease delivers it.
                return true;
            default:
                await IndexAsync(new IndexOp(id, "lt", 0, 0, string.Empty, 0)).ConfigureAwait(false);
                return true;
        }
    }

    /// <inheritdoc />
    public Task<bool> FinishCancelledAsync(FlowLease lease, FlowError error, CancellationToken cancellationToken = default) =>
        FinishAsync(lease, FlowStatus.Cancelled, "err", RedisFlowRecord.ErrorJson(error));

    private async Task<FlowCreateResult> CreateCoreAsync(FlowCreation creation)
    {
        var id = creation.Id;
        var clientNow = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        await IndexAsync(new IndexOp(id, "lt", clientNow + SafetyHintMs, 0, string.Empty, 0)).ConfigureAwait(false);
        var result = (RedisResult[])(await _db.ScriptEvaluateAsync(
            RedisScripts.Create,
            new[] { _keys.Flow(id) },
            new RedisValue[]
            {
                creation.Entry, creation.EntryMethod, creation.Parent?.Value ?? string.Empty,
                (long)(creation.Timeout?.TotalMilliseconds ?? 0), creation.TraceParent ?? string.Empty,
            }).ConfigureAwait(false))!;
        if ((long)result[0] == 0)
        {
            return new FlowCreateResult { Created = false, EntryMethod = (string)result[1]! };
        }

        await IndexAsync(new IndexOp(id, "lt", 0, 0, ((int)FlowStatus.Pending).ToString(CultureInfo.InvariantCulture), (long)result[1]))
            .ConfigureAwait(false);
        return new FlowCreateResult { Created = true, EntryMethod = creation.EntryMethod };
    }

    /// <inheritdoc />
    public async Task<StoredFlow?> GetAsync(FlowId id, CancellationToken cancellationToken = default)
    {
        var values = await _db.HashGetAsync(_keys.Flow(id), RedisFlowRecord.Fields).ConfigureAwait(false);
        return RedisFlowRecord.Read(id, values);
    }

    /// <inheritdoc />
    public async Task<FlowPage> ListAsync(FlowStatus? status, int pageSize, string? cursor, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1);
        var index = status is { } wanted ? _keys.Statuses[(int)wanted] : _keys.All;
        var (afterScore, afterId) = ParseCursor(cursor);
        var page = new List<FlowInfo>();
        double lastScore = afterScore;
        string? lastId = afterId;
        while (page.Count < pageSize)
        {
            var batch = await _db.SortedSetRangeByScoreWithScoresAsync(index, lastScore, double.PositiveInfinity, Exclude.None, Order.Ascending, 0, pageSize * 2 + 16)
                .ConfigureAwait(false);
            var fresh = batch.Where(e => e.Score > lastScore || lastId is null || string.CompareOrdinal((string)e.Element!, lastId) > 0).ToList();
            if (fresh.Count == 0)
            {
                return new FlowPage { Flows = page, NextCursor = null };
            }

            var reads = fresh.Select(e => _db.HashGetAsync(_keys.Flow(new FlowId((string)e.Element!)), RedisFlowRecord.Fields)).ToArray();
            await Task.WhenAll(reads).ConfigureAwait(false);
            for (int i = 0; i < fresh.Count; i++)
            {
                lastScore = fresh[i].Score;
                lastId = (string)fresh[i].Element!;
                var flow = RedisFlowRecord.Read(new FlowId(lastId), reads[i].Result);
                if (flow is not null && (status is null || flow.Info.Status == status))
                {
                    page.Add(flow.Info);
                    if (page.Count == pageSize)
                    {
                        bool more = i < fresh.Count - 1 || batch.Length == pageSize * 2 + 16;
                        return new FlowPage { Flows = page, NextCursor = more ? Cursor(lastScore, lastId) : null };
                    }
                }
            }

            if (batch.Length < pageSize * 2 + 16)
            {
                return new FlowPage { Flows = page, NextCursor = null };
            }
        }

        return new FlowPage { Flows = page, NextCursor = Cursor(lastScore, lastId!) };
    }

    /// <inheritdoc />
    public async Task SignalAsync(FlowId id, string name, byte[] payload, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(payload);
        var clientNow = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        await IndexAsync(new IndexOp(id, "lt", clientNow + SafetyHintMs, 0, string.Empty, 0)).ConfigureAwait(false);
        var result = (long)await _db.ScriptEvaluateAsync(
            RedisScripts.Signal, new[] { _keys.Flow(id), _keys.Signals(id) }, new RedisValue[] { name, payload }).ConfigureAwait(false);
        switch (result)
        {
            case -1:
                await IndexAsync(new IndexOp(id, "cas", -1, clientNow + SafetyHintMs, "x", 0)).ConfigureAwait(false);
                throw new FlowNotFoundException(id);
            case -2:
                throw new InvalidOperationException($"Flow {id} has already finished; the signal '{name}' was not delivered.");
            case 1:
                await IndexAsync(new IndexOp(id, "lt", 0, 0, string.Empty, 0)).ConfigureAwait(false);
                break;
        }
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<FlowLease>> ClaimAsync(string workerId, int maxCount, TimeSpan leaseDuration, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workerId);
        long leaseMs = (long)leaseDuration.TotalMilliseconds;
        var reserved = (RedisResult[])(await _db.ScriptEvaluateAsync(
            RedisScripts.Reserve, new[] { _keys.Schedule }, new RedisValue[] { maxCount, leaseMs + LeaseMarginMs }).ConfigureAwait(false))!;
        if (reserved.Length <= 1)
        {
            return Array.Empty<FlowLease>();
        }

        long hold = long.Parse((string)reserved[0]!, CultureInfo.InvariantCulture);
        var ids = reserved.Skip(1).Select(r => (string)r!).Where(s => FlowId.TryParse(s, out _)).Select(s => new FlowId(s)).ToArray();
        var claims = ids.Select(id => _db.ScriptEvaluateAsync(
            RedisScripts.Claim, new[] { _keys.Flow(id), _keys.Signals(id) }, new RedisValue[] { workerId, leaseMs })).ToArray();
        await Task.WhenAll(claims).ConfigureAwait(false);

        var leases = new List<FlowLease>();
        var ops = new List<IndexOp>();
        for (int i = 0; i < ids.Length; i++)
        {
            var result = (RedisResult[])claims[i].Result!;
            if ((long)result[0] == 1)
            {
                var lease = RedisFlowRecord.Lease(ids[i], workerId, result);
                _scheduleScores[(lease.Id, lease.Token)] = hold;
                leases.Add(lease);
                ops.Add(new IndexOp(ids[i], string.Empty, 0, 0, ((int)FlowStatus.Running).ToString(CultureInfo.InvariantCulture), (long)result[12]));
                continue;
            }

            long status = (long)result[1];
            long next = (long)result[2];
            if (status >= (long)FlowStatus.Completed && result.Length > 4 && (string?)result[4] == "1")
            {
                // A finished flow whose finisher died before telling its parent or cancelling its children.
                if (!await TryApplyEffectsAsync(ids[i]).ConfigureAwait(false))
                {
                    continue;
                }
            }

            ops.Add(status < 0
                ? new IndexOp(ids[i], "cas", -1, hold, "x", 0)
                : new IndexOp(ids[i], "cas", next < 0 ? -1 : next + (status == 1 ? LeaseMarginMs : 0), hold, status.ToString(CultureInfo.InvariantCulture), (long)result[3]));
        }

        await IndexAsync(ops.ToArray()).ConfigureAwait(false);
        return leases;
    }

    /// <inheritdoc />
    public async Task<bool> RenewAsync(FlowLease lease, TimeSpan leaseDuration, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(lease);
        long until = (long)await _db.ScriptEvaluateAsync(
            RedisScripts.Renew, new[] { _keys.Flow(lease.Id) }, new RedisValue[] { lease.Token, (long)leaseDuration.TotalMilliseconds }).ConfigureAwait(false);
        if (until < 0)
        {
            _scheduleScores.TryRemove((lease.Id, lease.Token), out _);
            return false;
        }

        if (_scheduleScores.TryGetValue((lease.Id, lease.Token), out var expected))
        {
            long score = until + LeaseMarginMs;
            if (await IndexAsync(new IndexOp(lease.Id, "cas", score, expected, string.Empty, 0)).ConfigureAwait(false) > 0)
            {
                _scheduleScores[(lease.Id, lease.Token)] = score;
            }
        }

        return true;
    }

    /// <inheritdoc />
    public async Task<FlowSaveResult> SaveAsync(FlowLease lease, FlowSave save, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(lease);
        ArgumentNullException.ThrowIfNull(save);
        var wait = save.Wait;
        var result = (RedisResult[])(await _db.ScriptEvaluateAsync(
            RedisScripts.Save,
            new[] { _keys.Flow(lease.Id), _keys.Signals(lease.Id) },
            new RedisValue[]
            {
                lease.Token, save.Continuation, RedisFlowRecord.StackJson(save.Stack), (int)wait.Kind, wait.SignalName ?? string.Empty,
                wait.PayloadType ?? string.Empty, wait.Due?.ToUnixTimeMilliseconds() ?? 0, wait.Description, save.Release ? 1 : 0,
                RedisFlowRecord.JoinIds(wait.Children), (int)wait.JoinMode, RedisFlowRecord.WaitExtrasJson(wait),
            }).ConfigureAwait(false))!;
        if ((long)result[0] == 0)
        {
            _scheduleScores.TryRemove((lease.Id, lease.Token), out _);
            return FlowSaveResult.Rejected;
        }

        if ((long)result[1] == 1)
        {
            if (result.Length > 3)
            {
                var interrupt = (string?)result[3] == "c" ? FlowInterruptKind.Cancelled : FlowInterruptKind.TimedOut;
                var reason = (string?)result[4];
                return new FlowSaveResult(true, true, null, interrupt, string.IsNullOrEmpty(reason) ? null : reason);
            }

            return new FlowSaveResult(true, true, result[2].IsNull ? null : (byte[])result[2]!);
        }

        long next = long.Parse((string)result[2]!, CultureInfo.InvariantCulture);
        await SettleAsync(lease, next, ((long)result[3]).ToString(CultureInfo.InvariantCulture), (long)result[4]).ConfigureAwait(false);
        return new FlowSaveResult(true, false, null);
    }

    /// <inheritdoc />
    public Task<bool> CompleteAsync(FlowLease lease, byte[] result, CancellationToken cancellationToken = default) =>
        FinishAsync(lease, FlowStatus.Completed, "res", result);

    /// <inheritdoc />
    public Task<bool> FailAsync(FlowLease lease, FlowError error, CancellationToken cancellationToken = default) =>
        FinishAsync(lease, FlowStatus.Failed, "err", RedisFlowRecord.ErrorJson(error));

    /// <inheritdoc />
    public async Task WaitForWorkAsync(TimeSpan maxWait, CancellationToken cancellationToken = default)
    {
        var woken = await _notifications.NextWakeAsync().ConfigureAwait(false);
        var first = await _db.SortedSetRangeByRankWithScoresAsync(_keys.Schedule, 0, 0).ConfigureAwait(false);
        var wait = maxWait;
        if (first.Length > 0)
        {
            var due = TimeSpan.FromMilliseconds(first[0].Score - DateTimeOffset.UtcNow.ToUnixTimeMilliseconds());
            if (due <= TimeSpan.Zero)
            {
                return;
            }

            if (due < wait)
            {
                wait = due;
            }
        }

        await RedisNotifications.WaitAsync(woken, wait, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task WaitForFinishAsync(FlowId id, TimeSpan maxWait, CancellationToken cancellationToken = default)
    {
        var finished = await _notifications.NextFinishAsync(id).ConfigureAwait(false);
        var status = await _db.HashGetAsync(_keys.Flow(id), "st").ConfigureAwait(false);
        if (status.IsNull || (int)status >= (int)FlowStatus.Completed)
        {
            return;
        }

        await RedisNotifications.WaitAsync(finished, maxWait, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _notifications.Dispose();
        if (_ownsConnection)
        {
            _connection.Dispose();
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        _notifications.Dispose();
        if (_ownsConnection)
        {
            await _connection.DisposeAsync().ConfigureAwait(false);
        }
    }

    private async Task<bool> FinishAsync(FlowLease lease, FlowStatus status, string field, byte[] value)
    {
        ArgumentNullException.ThrowIfNull(lease);
        var result = (RedisResult[])(await _db.ScriptEvaluateAsync(
            RedisScripts.Finish,
            new[] { _keys.Flow(lease.Id), _keys.Signals(lease.Id) },
            new RedisValue[] { lease.Token, (int)status, field, value, _keys.Finished.ToString(), lease.Id.Value }).ConfigureAwait(false))!;
        if ((long)result[0] == 0)
        {
            _scheduleScores.TryRemove((lease.Id, lease.Token), out _);
            return false;
        }

        // Until its effects are done, the flow keeps its schedule entry (at its lease's end): if this
        // process dies first, the worker that looks at it then does them.
        if (result.Length > 2 && (long)result[2] == 1 && !await TryApplyEffectsAsync(lease.Id).ConfigureAwait(false))
        {
            _scheduleScores.TryRemove((lease.Id, lease.Token), out _);
            return true;
        }

        await SettleAsync(lease, -1, ((int)status).ToString(CultureInfo.InvariantCulture), (long)result[1]).ConfigureAwait(false);
        return true;
    }

    /// <summary>
    /// Does what a finished flow's end means to flows in other hash slots: its parent learns that it ended
    /// (and is woken when its join may go on); a failed or cancelled flow cancels its attached children.
    /// Each step is idempotent, so a repeat after a crash is harmless. False when Redis failed meanwhile.
    /// </summary>
    private async Task<bool> TryApplyEffectsAsync(FlowId id)
    {
        try
        {
            var effects = (RedisResult[])(await _db.ScriptEvaluateAsync(RedisScripts.Effects, new[] { _keys.Flow(id) }).ConfigureAwait(false))!;
            if (effects.Length == 0)
            {
                return true;
            }

            var status = (FlowStatus)int.Parse((string)effects[0]!, CultureInfo.InvariantCulture);
            if ((string?)effects[1] is { Length: > 0 } parentText && FlowId.TryParse(parentText, out var parent))
            {
                var woken = (long)await _db.ScriptEvaluateAsync(
                    RedisScripts.ChildEnded, new[] { _keys.Flow(parent), _keys.Signals(parent) }, new RedisValue[] { id.Value, (int)status })
                    .ConfigureAwait(false);
                if (woken == 1)
                {
                    await IndexAsync(new IndexOp(parent, "lt", 0, 0, string.Empty, 0)).ConfigureAwait(false);
                }
            }

            var reason = $"its parent flow {id} {(status == FlowStatus.Cancelled ? "was cancelled" : "failed")}";
            foreach (var child in effects.Skip(2).Select(c => (string?)c))
            {
                if (FlowId.TryParse(child, out var childId))
                {
                    try
                    {
                        await CancelAsync(childId, reason).ConfigureAwait(false);
                    }
                    catch (FlowNotFoundException)
                    {
                        // Linked, but its creation never happened: the parent died in between.
                    }
                }
            }

            await _db.ScriptEvaluateAsync(RedisScripts.ClearEffects, new[] { _keys.Flow(id) }).ConfigureAwait(false);
            return true;
        }
        catch (Exception error) when (error is RedisException or TimeoutException)
        {
            return false;
        }
    }

    private static FlowCreation WithParent(FlowCreation child, FlowId parent) => new()
    {
        Id = child.Id,
        EntryMethod = child.EntryMethod,
        Entry = child.Entry,
        Parent = parent,
        Timeout = child.Timeout,
        Detached = child.Detached,
        TraceParent = child.TraceParent,
    };

    /// <summary>After the flow left its worker: its schedule entry moves from the lease's end to its next look, unless a hint moved it meanwhile.</summary>
    private async Task SettleAsync(FlowLease lease, long next, string status, long created)
    {
        _scheduleScores.TryRemove((lease.Id, lease.Token), out var expected);
        await IndexAsync(new IndexOp(lease.Id, "cas", next, expected, status, created)).ConfigureAwait(false);
    }

    private async Task<long> IndexAsync(params IndexOp[] ops)
    {
        if (ops.Length == 0)
        {
            return 0;
        }

        var args = new List<RedisValue> { _keys.Wake.ToString() };
        foreach (var op in ops)
        {
            args.Add(op.Id.Value);
            args.Add(op.Schedule);
            args.Add(op.Score);
            args.Add(op.Expected);
            args.Add(op.Status);
            args.Add(op.Created);
        }

        return (long)await _db.ScriptEvaluateAsync(RedisScripts.Index, _keys.Indexes, args.ToArray()).ConfigureAwait(false);
    }

    private static (double Score, string? Id) ParseCursor(string? cursor)
    {
        if (cursor is null)
        {
            return (double.NegativeInfinity, null);
        }

        int colon = cursor.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || !double.TryParse(cursor.AsSpan(0, colon), NumberStyles.Float, CultureInfo.InvariantCulture, out var score))
        {
            throw new ArgumentException($"'{cursor}' is not a cursor this store returned.", nameof(cursor));
        }

        return (score, cursor.Substring(colon + 1));
    }

    private static string Cursor(double score, string id) => score.ToString("R", CultureInfo.InvariantCulture) + ":" + id;

    private readonly record struct IndexOp(FlowId Id, string Schedule, long Score, long Expected, string Status, long Created);
}
