using System.Collections.Concurrent;
using System.Globalization;
using Flowmetal.Storage.Redis.Protocol;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using StackExchange.Redis;

namespace Flowmetal.Storage.Redis;

/// <summary>
/// A flow store in Redis (StackExchange.Redis), for flows that outlive processes and move between
/// nodes. Each flow is a hash and a signal buffer sharing the hash tag <c>{id}</c> (one Redis Cluster
/// slot); each transition is one Lua script, so it is atomic. Workers hold leases with fencing
/// tokens. A schedule sorted set finds due timers, expired leases and runnable flows without
/// scanning; idle workers and waiting clients are woken by pub/sub and poll as a fallback.
/// On a single node (or a primary with replicas) a transition and its index update are one script;
/// on Redis Cluster they are two (see <see cref="RedisScripts"/>).
/// </summary>
/// <example>
/// <code>
/// var store = await RedisFlowStore.ConnectAsync("localhost:6379,password=secret,ssl=true",
///     new RedisFlowStoreOptions { KeyPrefix = "orders" });
/// </code>
/// </example>
public sealed partial class RedisFlowStore : IFlowStore, IAsyncDisposable, IDisposable, ISignedFlowStore
{
    // A claimed flow is looked at again this long after its lease ends, so a look never races a
    // renewal made in time.
    private const long LeaseMarginMs = 250;

    // On Redis Cluster, added before a client's transition with this delay, lowered to "now" after it:
    // if the client dies in between, a worker still looks at the flow this much later.
    private const long SafetyHintMs = 5000;

    // A flow due but still run by the claiming worker (it just left it, or its lease lapsed under a long step) is looked
    // at again this much later.
    private const long SkipMs = 100;

    private readonly IConnectionMultiplexer _connection;
    private readonly bool _ownsConnection;
    private readonly IDatabase _db;
    private readonly RedisKeys _keys;
    private readonly RedisNotifications _notifications;
    private readonly RedisFlowStoreOptions _options;
    private readonly ILogger _logger;
    private readonly RedisValue _wake;
    private readonly RedisValue _finished;

    // Redis Cluster only: the schedule score each held lease's entry should have, for compare-and-set settling.
    private readonly ConcurrentDictionary<(FlowId, long), long> _scheduleScores = new();

    // Frame type descriptions this store wrote (or found written): each is written once per process, not with every save.
    private readonly ConcurrentDictionary<string, bool> _keptFrameTypes = new(StringComparer.Ordinal);
    private bool? _singleNode;
    private long _lastReconfigure;

    // Renewals' own synchronous connections (see SyncRedisChannel), made from the configuration the store connected
    // with; null when it cannot be known (a caller's connection with a password), and renewals then use the shared one.
    private readonly ConfigurationOptions? _renewalConfiguration;
    private readonly object _renewalGate = new();
    private SyncRedisChannel? _renewals;

    // The worker threads' saves and ends, grouped into one script call each on a single node; null when
    // RedisFlowStoreOptions.MaxWritesPerCommit is 1.
    private readonly RedisGroupCommit? _commits;

    // The client's starts, grouped the same way (asynchronously); null when MaxWritesPerCommit is 1.
    private readonly RedisClientGroupCommit? _creates;

    // The group commit's own synchronous connection (see SyncRedisChannel; not the renewals': a renewal never queues behind
    // a group of writes): the leading flow thread writes and reads its socket itself, with no thread-pool thread to wake
    // for the reply and none to wake it. Null, as for renewals, when the configuration cannot be known.
    private readonly object _commitGate = new();
    private SyncRedisChannel? _commitChannel;
    private bool _disposed;

    /// <summary>Creates a store on an open connection, which the caller keeps owning.</summary>
    /// <param name="connection">The connection.</param>
    /// <param name="options">Options, or <see langword="null"/> for the defaults.</param>
    public RedisFlowStore(IConnectionMultiplexer connection, RedisFlowStoreOptions? options = null)
        : this(connection, options ?? new RedisFlowStoreOptions(), ownsConnection: false, ReadConfiguration(connection))
    {
    }

    private RedisFlowStore(IConnectionMultiplexer connection, RedisFlowStoreOptions options, bool ownsConnection, ConfigurationOptions? configuration)
    {
        _renewalConfiguration = configuration;
        ArgumentNullException.ThrowIfNull(connection);
        options.Validate();
        _connection = connection;
        _ownsConnection = ownsConnection;
        _options = options;
        _logger = options.Logger ?? NullLogger.Instance;
        _db = connection.GetDatabase(options.Database);
        _keys = new RedisKeys(options.KeyPrefix);
        _wake = _keys.Wake.ToString();
        _finished = _keys.Finished.ToString();
        _notifications = new RedisNotifications(connection.GetSubscriber(), _keys);
        Signer = options.SigningKey is { } key ? new StateSigner(key) : null;
        _commits = options.MaxWritesPerCommit > 1 ? new RedisGroupCommit(SendCommit, _keys.Indexes, _wake, options.MaxWritesPerCommit) : null;
        _creates = options.MaxWritesPerCommit > 1
            ? new RedisClientGroupCommit(() => RedisScripts.CreateBatch.Indexed.Call().Keys(RedisLua.IndexKeys, _keys.Indexes).Arg("wake_channel", _wake), RunBatchAsync, options.MaxWritesPerCommit)
            : null;
    }

    /// <summary>Signs and checks the flows' state when <see cref="RedisFlowStoreOptions.SigningKey"/> is set.</summary>
    StateSigner? ISignedFlowStore.Signer => Signer;

    private StateSigner? Signer { get; }

    /// <summary>The group commit of the worker threads' writes (null when <see cref="RedisFlowStoreOptions.MaxWritesPerCommit"/> is 1), for tests.</summary>
    internal RedisGroupCommit? GroupCommit => _commits;

    /// <summary>The store's pub/sub wake-ups (for tests).</summary>
    internal RedisNotifications Notifications => _notifications;

    /// <summary>The group commit of the client's starts (null when <see cref="RedisFlowStoreOptions.MaxWritesPerCommit"/> is 1), for tests.</summary>
    internal RedisClientGroupCommit? StartGroupCommit => _creates;

    /// <summary>What one flow may hold in this store.</summary>
    public FlowStoreLimits Limits => _options.Limits;

    // One script per transition (the index update included) unless the keys live in several cluster slots.
    private bool SingleNode
    {
        get
        {
            if (_singleNode is { } known)
            {
                return known;
            }

            var servers = _connection.GetServers();
            bool cluster = servers.Any(s => s.ServerType == ServerType.Cluster);
            if (cluster || servers.Any(s => s.IsConnected))
            {
                _singleNode = !cluster;
            }

            return !cluster;
        }
    }

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
        return new RedisFlowStore(connection, resolved, ownsConnection: true, configuration.Clone());
    }

    /// <summary>Connects synchronously (dependency injection builds services synchronously); the store owns the connection.</summary>
    internal static RedisFlowStore Connect(ConfigurationOptions configuration, RedisFlowStoreOptions options)
    {
        options.Validate();
        return new RedisFlowStore(ConnectionMultiplexer.Connect(configuration), options, ownsConnection: true, configuration.Clone());
    }

    // A caller's connection shows its configuration without the password: usable for renewals only when it had none.
    private static ConfigurationOptions? ReadConfiguration(IConnectionMultiplexer connection)
    {
        try
        {
            var configuration = ConfigurationOptions.Parse(connection.Configuration);
            return string.IsNullOrEmpty(configuration.Password) && !connection.Configuration.Contains("password=", StringComparison.OrdinalIgnoreCase) ? configuration : null;
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    /// <inheritdoc />
    public Task<FlowCreateResult> CreateAsync(FlowCreation creation, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        ArgumentNullException.ThrowIfNull(creation);
        return CreateCoreAsync(creation);
    }

    /// <inheritdoc />
    public async Task<FlowCreateResult?> StartChildAsync(FlowLease parent, FlowCreation child, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        ArgumentNullException.ThrowIfNull(parent);
        ArgumentNullException.ThrowIfNull(child);

        // Linked first, created second (two slots, two scripts): a parent that dies in between runs the
        // start again from its last checkpoint, and the link never names a child its parent cannot find.
        var linked = await RunAsync(RedisScripts.RegisterChild.Call()
            .Key("flow", _keys.Flow(parent.Id)).Arg("token", parent.Token).Arg("child", child.Id.Value).Arg("detached", child.Detached ? 1 : 0)).ConfigureAwait(false);
        if (linked.Long("ok") == 0)
        {
            return null;
        }

        return await CreateCoreAsync(child.Parent is null ? WithParent(child, parent.Id) : child).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<bool> CancelAsync(FlowId id, string reason, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        ArgumentNullException.ThrowIfNull(reason);
        var reply = await RunClientTransitionAsync(id, RedisScripts.Cancel, call => call.Key("flow", _keys.Flow(id)).Arg("reason", reason)).ConfigureAwait(false);
        return reply.Long("code") switch
        {
            -1 => throw new FlowNotFoundException(id),
            -2 => false,
            _ => true,
        };
    }

    /// <inheritdoc />
    public Task<bool> FinishCancelledAsync(FlowLease lease, FlowError error, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return FinishAsync(lease, FlowStatus.Cancelled, "err", RedisFlowRecord.ErrorJson(error), sync: false).AsTask();
    }

    /// <inheritdoc />
    public bool FinishCancelled(FlowLease lease, FlowError error) =>
        Synchronous(FinishAsync(lease, FlowStatus.Cancelled, "err", RedisFlowRecord.ErrorJson(error), sync: true));

    /// <inheritdoc />
    public Task<bool> SubmitFinishCancelledAsync(FlowLease lease, FlowError error) =>
        FinishAsync(lease, FlowStatus.Cancelled, "err", RedisFlowRecord.ErrorJson(error), sync: false, submitted: true).AsTask();

    // The synchronous paths make every Redis call on SyncRedisChannel, so their ValueTask has completed when it is
    // returned; should one ever go asynchronous, it is waited for as a Task (a ValueTask's result must not be read early).
    private static T Synchronous<T>(ValueTask<T> call) => call.IsCompleted ? call.Result : call.AsTask().GetAwaiter().GetResult();

    private async Task<FlowCreateResult> CreateCoreAsync(FlowCreation creation)
    {
        var id = creation.Id;
        var reply = await RunClientTransitionAsync(id, RedisScripts.Create, call => call
            .Key("flow", _keys.Flow(id))
            .Arg("entry", creation.Entry)
            .Arg("method", creation.EntryMethod)
            .Arg("parent", creation.Parent?.Value ?? string.Empty)
            .Arg("timeout_ms", (long)(creation.Timeout?.TotalMilliseconds ?? 0))
            .Arg("trace", creation.TraceParent ?? string.Empty)).ConfigureAwait(false);
        return reply.Long("created") == 0
            ? new FlowCreateResult { Created = false, EntryMethod = reply.Text("method") ?? string.Empty }
            : new FlowCreateResult { Created = true, EntryMethod = creation.EntryMethod };
    }

    /// <inheritdoc />
    public async Task<StoredFlow?> GetAsync(FlowId id, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        RedisValue[] values;
        try
        {
            values = await GuardAsync(_db.HashGetAsync(_keys.Flow(id), RedisFlowRecord.FieldsWithResult)).ConfigureAwait(false);
        }
        catch (RedisServerException error) when (IsWrongType(error))
        {
            throw new FlowDamagedException(id.Value, $"Flow {id}'s stored record is damaged: the key {_keys.Flow(id)} is not a hash. Delete or repair the key.");
        }

        var flow = RedisFlowRecord.Read(id, values, out var damage);
        if (flow is null && damage is not null)
        {
            throw new FlowDamagedException(
                id.Value,
                $"Flow {id}'s stored record is damaged: {damage}. A worker that claims it ends it failed with this error; no other flow is affected.");
        }

        return flow;
    }

    /// <inheritdoc />
    public async Task<FlowPage> ListAsync(FlowStatus? status, int pageSize, string? cursor, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1);
        var index = status is { } wanted ? _keys.Statuses[(int)wanted] : _keys.All;
        var (afterScore, afterId) = ParseCursor(cursor);
        int batchSize = pageSize * 2 + 16;
        var page = new List<FlowInfo>();
        var damaged = new List<DamagedFlow>();
        double lastScore = afterScore;
        string? lastId = afterId;
        while (page.Count < pageSize)
        {
            var batch = await GuardAsync(_db.SortedSetRangeByScoreWithScoresAsync(index, lastScore, double.PositiveInfinity, Exclude.None, Order.Ascending, 0, batchSize))
                .ConfigureAwait(false);
            var fresh = batch.Where(e => e.Score > lastScore || lastId is null || string.CompareOrdinal((string)e.Element!, lastId) > 0).ToList();
            if (fresh.Count == 0)
            {
                return new FlowPage { Flows = page, NextCursor = null, Damaged = damaged };
            }

            var reads = await Task.WhenAll(fresh.Select(e => ReadListedAsync((string)e.Element!))).ConfigureAwait(false);
            for (int i = 0; i < fresh.Count; i++)
            {
                lastScore = fresh[i].Score;
                lastId = (string)fresh[i].Element!;
                var (flow, problem) = reads[i];
                if (problem is not null)
                {
                    damaged.Add(new DamagedFlow { Id = lastId, Problem = problem });
                }

                if (flow is not null && (status is null || flow.Info.Status == status))
                {
                    page.Add(flow.Info);
                    if (page.Count == pageSize)
                    {
                        bool more = i < fresh.Count - 1 || batch.Length == batchSize;
                        return new FlowPage { Flows = page, NextCursor = more ? Cursor(lastScore, lastId) : null, Damaged = damaged };
                    }
                }
            }

            if (batch.Length < batchSize)
            {
                return new FlowPage { Flows = page, NextCursor = null, Damaged = damaged };
            }
        }

        return new FlowPage { Flows = page, NextCursor = Cursor(lastScore, lastId!), Damaged = damaged };
    }

    /// <summary>One listed flow, or null (gone, or damaged beyond showing: then the problem says what).</summary>
    private async Task<(StoredFlow? Flow, string? Problem)> ReadListedAsync(string entry)
    {
        if (!FlowId.TryParse(entry, out var id))
        {
            return (null, $"the index names '{entry}', which is not a flow id");
        }

        try
        {
            var flow = RedisFlowRecord.Read(id, await GuardAsync(_db.HashGetAsync(_keys.Flow(id), RedisFlowRecord.Fields)).ConfigureAwait(false), out var damage);
            return (flow, flow is null ? damage : null);
        }
        catch (RedisServerException error) when (IsWrongType(error))
        {
            return (null, $"the key {_keys.Flow(id)} is not a hash");
        }
    }

    /// <inheritdoc />
    public async Task SignalAsync(FlowId id, string name, byte[] payload, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(payload);
        _options.Limits.CheckPayload(id, name, payload.Length);
        var reply = await RunClientTransitionAsync(id, RedisScripts.Signal, call => call
            .Key("flow", _keys.Flow(id))
            .Key("signals", _keys.Signals(id))
            .Arg("name", name)
            .Arg("payload", payload)
            .Arg("max_buffered", _options.Limits.MaxBufferedSignals)).ConfigureAwait(false);
        switch (reply.Long("code"))
        {
            case -1:
                throw new FlowNotFoundException(id);
            case -2:
                throw new InvalidOperationException($"Flow {id} has already finished; the signal '{name}' was not delivered.");
            case -3:
                throw _options.Limits.BufferFull(id, name);
            case -4:
                throw new FlowDamagedException(id.Value, $"Flow {id}'s stored record is damaged: {ScriptDamage(reply)}; the signal '{name}' was not delivered.");
        }
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<FlowLease>> ClaimAsync(string workerId, int maxCount, TimeSpan leaseDuration, CancellationToken cancellationToken = default) =>
        ClaimAsync(new FlowClaimRequest { WorkerId = workerId, MaxCount = maxCount, LeaseDuration = leaseDuration }, cancellationToken);

    /// <inheritdoc />
    public async Task<IReadOnlyList<FlowLease>> ClaimAsync(FlowClaimRequest request, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(request.WorkerId);
        long leaseMs = (long)request.LeaseDuration.TotalMilliseconds;
        bool single = SingleNode;
        var reserve = (single ? RedisScripts.Take : RedisScripts.Reserve).Call()
            .Keys(RedisLua.IndexKeys, _keys.Indexes).Arg("max", request.MaxCount).Arg("hold_ms", leaseMs + LeaseMarginMs).Arg("skip_ms", SkipMs);
        if (single)
        {
            ClaimArgs(reserve, request).Arg("prefix", _options.KeyPrefix).Arg("wake_channel", _wake);
        }

        foreach (var running in request.Running)
        {
            reserve.Item().ItemArg("running", running.Value);
        }

        // On a single node the reservation claims the flows in the same call (Take); a cluster claims them slot by slot after it.
        long hold;
        string[] entries;
        RedisResult[]? taken = null;
        if (single)
        {
            var (keys, args) = reserve.Build();
            var parts = (RedisResult[])(await EvaluateAsync(RedisScripts.Take, keys, args, sync: false).ConfigureAwait(false))!;
            if (_options.ReplicasToAcknowledge > 0)
            {
                await AcknowledgeAsync(new[] { keys[^1] }, sync: false).ConfigureAwait(false);
            }

            hold = (long)parts[0];
            entries = ((RedisResult[])parts[1]!).Select(v => (string?)v ?? string.Empty).ToArray();
            taken = (RedisResult[])parts[2]!;
        }
        else
        {
            var reserved = await RunAsync(reserve).ConfigureAwait(false);
            hold = reserved.Long("hold");
            entries = reserved.Texts("ids");
        }

        var ids = new List<FlowId>();
        var takenItems = new List<ReplyRecord>();
        var repairs = new List<IndexOp>();
        for (int i = 0; i < entries.Length; i++)
        {
            var entry = entries[i];
            if (FlowId.TryParse(entry, out var id))
            {
                ids.Add(id);
                if (taken is not null)
                {
                    takenItems.Add(new ReplyRecord(RedisScripts.Take, taken[i]));
                }
            }
            else
            {
                RedisStoreLog.NotAnId(_logger, _options.KeyPrefix, entry);
                repairs.Add(new IndexOp(entry, ScheduleChange.Set, -1, 0, IndexStatus.Drop, 0, 0));
            }
        }

        var leases = new List<FlowLease>();
        if (ids.Count > 0)
        {
            var script = RedisScripts.Claim.For(single);
            foreach (var group in single ? new[] { ids } : ids.GroupBy(id => _connection.HashSlot(_keys.Flow(id))).Select(g => g.ToList()))
            {
                var replies = single
                    ? await SettleClaimsAsync(group, takenItems.ToArray(), hold, repairs).ConfigureAwait(false)
                    : await ClaimGroupAsync(script, group, request, hold, repairs).ConfigureAwait(false);
                foreach (var (id, reply) in replies)
                {
                    if (reply.Long("ok") == 1)
                    {
                        var lease = RedisFlowRecord.Lease(id, request.WorkerId, reply);
                        leases.Add(lease);
                        if (!SingleNode)
                        {
                            _scheduleScores[(id, lease.Token)] = hold;
                            repairs.Add(new IndexOp(id.Value, ScheduleChange.Keep, 0, 0, (int)FlowStatus.Running, reply.Long("created"), 0));
                        }

                        continue;
                    }

                    long status = reply.Long("status");
                    if (status >= (long)FlowStatus.Completed && reply.Long("effects") == 1)
                    {
                        // A finished flow whose finisher died before telling its parent or cancelling its children.
                        if (!await TryApplyEffectsAsync(id).ConfigureAwait(false))
                        {
                            continue;
                        }

                        repairs.Add(SingleNode
                            ? new IndexOp(id.Value, ScheduleChange.Set, -1, 0, IndexStatus.Keep, 0, 0)
                            : new IndexOp(id.Value, ScheduleChange.SetIfExpected, -1, hold, (int)status, reply.Long("created"), 0));
                        continue;
                    }

                    if (!SingleNode)
                    {
                        long next = reply.Long("next");
                        repairs.Add(status < 0
                            ? new IndexOp(id.Value, ScheduleChange.SetIfExpected, -1, hold, IndexStatus.Drop, 0, 0)
                            : new IndexOp(id.Value, ScheduleChange.SetIfExpected, next < 0 ? -1 : next + (status == (long)FlowStatus.Running ? LeaseMarginMs : 0), hold, (int)status, reply.Long("created"), 0));
                    }
                }
            }
        }

        await IndexAsync(repairs).ConfigureAwait(false);
        return leases;
    }

    /// <summary>
    /// Claims a group of flows in one script. When the script fails (a key that is not a hash, a record it could not
    /// read), each flow is claimed alone, so the one at fault is found: a key that is not a hash leaves the indexes, a
    /// record the script failed on is ended failed without being read; the others are claimed as usual.
    /// </summary>
    private async Task<List<(FlowId Id, ReplyRecord Reply)>> ClaimGroupAsync(
        RedisScript script, List<FlowId> ids, FlowClaimRequest request, long hold, List<IndexOp> repairs)
    {
        var replies = new List<(FlowId, ReplyRecord)>();
        ReplyRecord[] items;
        try
        {
            items = await RunBatchAsync(ClaimCall(script, ids, request)).ConfigureAwait(false);
        }
        catch (Exception error) when (!SingleNode && error is RedisConnectionException or RedisTimeoutException)
        {
            // This slot's node is down (a failover under way): its flows were pushed ahead by the reservation and are
            // looked at again then; the other slots' flows are claimed now.
            RedisStoreLog.SlotUnavailable(_logger, _keys.Flow(ids[0]).ToString(), error.Message);
            return replies;
        }

        return await SettleClaimsAsync(ids, items, hold, repairs).ConfigureAwait(false);
    }

    /// <summary>
    /// The flows a claim call answered for (<paramref name="items"/>, in the order of <paramref name="ids"/>): those the script
    /// failed on are dealt with here (a key that is not a hash leaves the indexes, a record the script failed on is ended
    /// failed without being read), the others returned with their replies.
    /// </summary>
    private async Task<List<(FlowId Id, ReplyRecord Reply)>> SettleClaimsAsync(List<FlowId> ids, ReplyRecord[] items, long hold, List<IndexOp> repairs)
    {
        var replies = new List<(FlowId, ReplyRecord)>();
        for (int i = 0; i < ids.Count; i++)
        {
            var id = ids[i];
            if (items[i].Text("error") is not { } failure)
            {
                replies.Add((id, items[i]));
                continue;
            }

            // The script failed on this flow's keys alone (each item runs under pcall), before writing anything.
            if (await _db.KeyTypeAsync(_keys.Flow(id)).ConfigureAwait(false) != RedisType.Hash)
            {
                RedisStoreLog.NotARecord(_logger, id.Value, _keys.Flow(id).ToString(), failure);
                repairs.Add(new IndexOp(id.Value, ScheduleChange.Set, -1, hold, IndexStatus.Drop, 0, 0));
            }
            else
            {
                // The flow's hash is there, but the script failed on it or on its signal buffer: end it without reading it.
                RedisStoreLog.Quarantined(_logger, id.Value, failure);
                await QuarantineAsync(id, failure).ConfigureAwait(false);
            }
        }

        return replies;
    }

    private ScriptCall ClaimArgs(ScriptCall call, FlowClaimRequest request) => call
        .Arg("worker", request.WorkerId)
        .Arg("lease_ms", (long)request.LeaseDuration.TotalMilliseconds)
        .Arg("margin_ms", LeaseMarginMs)
        .Arg("max_payload", _options.Limits.MaxSignalPayloadBytes)
        .Arg("max_continuation", request.MaxContinuationBytes ?? 0);

    private ScriptCall ClaimCall(RedisScript script, List<FlowId> ids, FlowClaimRequest request)
    {
        var call = ClaimArgs(script.Call(), request);
        if (script == RedisScripts.Claim.Indexed)
        {
            call.Keys(RedisLua.IndexKeys, _keys.Indexes).Arg("wake_channel", _wake);
        }

        foreach (var id in ids)
        {
            call.Item().ItemKey("flow", _keys.Flow(id)).ItemKey("signals", _keys.Signals(id)).ItemArg("id", id.Value);
        }

        return call;
    }

    /// <summary>Ends a flow the claim script failed on, without reading its fields.</summary>
    private async Task QuarantineAsync(FlowId id, string problem)
    {
        var error = new FlowError
        {
            Type = typeof(FlowDamagedException).FullName!,
            Message = $"Flow {id}'s stored record is damaged: claiming it failed ({problem}). It cannot run on and ends failed; no other flow is affected.",
        };
        await RunWorkerTransitionAsync(id, RedisScripts.Quarantine, call => call
            .Key("flow", _keys.Flow(id))
            .Key("signals", _keys.Signals(id))
            .Arg("error", RedisFlowRecord.ErrorJson(error))
            .Arg("channel", _finished)
            .Arg("id", id.Value)
            .Arg("retention_ms", RetentionMs), expected: null).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<bool> RenewAsync(FlowLease lease, TimeSpan leaseDuration, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        ArgumentNullException.ThrowIfNull(lease);
        return (await Task.Run(() => RenewAll(new[] { lease }, leaseDuration), CancellationToken.None).ConfigureAwait(false))[0];
    }

    /// <inheritdoc />
    /// <remarks>
    /// Blocks on StackExchange.Redis's own tasks, which its connection completes without the thread pool, so that a
    /// worker's renewal thread keeps its leases while the pool is starved by the flows' code.
    /// </remarks>
    public IReadOnlyList<bool> RenewAll(IReadOnlyList<FlowLease> leases, TimeSpan leaseDuration)
    {
        ArgumentNullException.ThrowIfNull(leases);
        var renewed = new bool[leases.Count];
        if (leases.Count == 0)
        {
            return renewed;
        }

        long leaseMs = (long)leaseDuration.TotalMilliseconds;
        bool single = SingleNode;
        var script = RedisScripts.Renew.For(single);
        var groups = single
            ? new[] { Enumerable.Range(0, leases.Count).ToList() }
            : Enumerable.Range(0, leases.Count).GroupBy(i => _connection.HashSlot(_keys.Flow(leases[i].Id))).Select(g => g.ToList()).ToArray();
        var ops = new List<IndexOp>();
        foreach (var group in groups)
        {
            var call = script.Call().Arg("lease_ms", leaseMs).Arg("margin_ms", LeaseMarginMs);
            if (single)
            {
                call.Keys(RedisLua.IndexKeys, _keys.Indexes).Arg("wake_channel", _wake);
            }

            foreach (int i in group)
            {
                call.Item().ItemKey("flow", _keys.Flow(leases[i].Id)).ItemArg("id", leases[i].Id.Value).ItemArg("token", leases[i].Token);
            }

            var (keys, args) = call.Build();
            var items = ReplyRecord.Items(script, EvaluateForRenewal(script, keys, args));
            for (int j = 0; j < group.Count; j++)
            {
                var lease = leases[group[j]];
                long ok = items[j].Long("ok");
                if (ok == -1)
                {
                    // The script failed on this flow's keys: not renewed, but not known lost either; the next round tries again.
                    renewed[group[j]] = true;
                    continue;
                }

                if (ok == 0)
                {
                    _scheduleScores.TryRemove((lease.Id, lease.Token), out _);
                    continue;
                }

                renewed[group[j]] = true;
                if (!single && _scheduleScores.TryGetValue((lease.Id, lease.Token), out var expected))
                {
                    long score = items[j].Long("lease_end") + LeaseMarginMs;
                    ops.Add(new IndexOp(lease.Id.Value, ScheduleChange.SetIfExpected, score, expected, IndexStatus.Keep, 0, 0));
                    _scheduleScores[(lease.Id, lease.Token)] = score;
                }
            }
        }

        if (ops.Count > 0)
        {
            var (keys, args) = IndexCall(ops).Build();
            EvaluateForRenewal(RedisScripts.Index, keys, args);
        }

        return renewed;
    }

    /// <inheritdoc />
    public async Task<bool> RetryLaterAsync(FlowLease lease, FlowError error, TimeSpan delay, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        ArgumentNullException.ThrowIfNull(lease);
        ArgumentNullException.ThrowIfNull(error);
        _scheduleScores.TryGetValue((lease.Id, lease.Token), out var expected);
        var reply = await RunWorkerTransitionAsync(lease.Id, RedisScripts.RetryLater, call => call
            .Key("flow", _keys.Flow(lease.Id))
            .Arg("token", lease.Token)
            .Arg("delay_ms", (long)Math.Max(0, delay.TotalMilliseconds))
            .Arg("error", RedisFlowRecord.ErrorJson(error)), expected).ConfigureAwait(false);
        _scheduleScores.TryRemove((lease.Id, lease.Token), out _);
        return reply.Long("ok") == 1;
    }

    /// <inheritdoc />
    public async Task<bool> HandBackAsync(FlowLease lease, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        ArgumentNullException.ThrowIfNull(lease);
        _scheduleScores.TryGetValue((lease.Id, lease.Token), out var expected);
        var reply = await RunWorkerTransitionAsync(lease.Id, RedisScripts.HandBack, call => call
            .Key("flow", _keys.Flow(lease.Id))
            .Arg("token", lease.Token), expected).ConfigureAwait(false);
        _scheduleScores.TryRemove((lease.Id, lease.Token), out _);
        return reply.Long("ok") == 1;
    }

    /// <inheritdoc />
    public async Task<bool> LeaveForBuildAsync(FlowLease lease, string build, FlowError error, TimeSpan delay, TimeSpan maxDelay, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        ArgumentNullException.ThrowIfNull(lease);
        ArgumentNullException.ThrowIfNull(build);
        ArgumentNullException.ThrowIfNull(error);
        _scheduleScores.TryGetValue((lease.Id, lease.Token), out var expected);
        var reply = await RunWorkerTransitionAsync(lease.Id, RedisScripts.Leave, call => call
            .Key("flow", _keys.Flow(lease.Id))
            .Arg("token", lease.Token)
            .Arg("delay_ms", (long)Math.Max(0, delay.TotalMilliseconds))
            .Arg("max_delay_ms", (long)Math.Max(0, Math.Max(delay.TotalMilliseconds, maxDelay.TotalMilliseconds)))
            .Arg("error", RedisFlowRecord.ErrorJson(error))
            .Arg("build", build), expected).ConfigureAwait(false);
        _scheduleScores.TryRemove((lease.Id, lease.Token), out _);
        return reply.Long("ok") == 1;
    }

    /// <inheritdoc />
    public Task<FlowSaveResult> SaveAsync(FlowLease lease, FlowSave save, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return SaveCoreAsync(lease, save, sync: false).AsTask();
    }

    /// <inheritdoc />
    public FlowSaveResult Save(FlowLease lease, FlowSave save) => Synchronous(SaveCoreAsync(lease, save, sync: true));

    /// <inheritdoc />
    public Task<FlowSaveResult> SubmitSaveAsync(FlowLease lease, FlowSave save) => SaveCoreAsync(lease, save, sync: false, submitted: true).AsTask();

    private async ValueTask<FlowSaveResult> SaveCoreAsync(FlowLease lease, FlowSave save, bool sync, bool submitted = false)
    {
        ArgumentNullException.ThrowIfNull(lease);
        ArgumentNullException.ThrowIfNull(save);
        await KeepFrameTypesAsync(save.FrameTypes).ConfigureAwait(false);
        var wait = save.Wait;
        _scheduleScores.TryGetValue((lease.Id, lease.Token), out var expected);
        string stack = RedisFlowRecord.StackJson(save.Stack);
        string waitName = wait.SignalName ?? string.Empty;
        string waitType = wait.PayloadType ?? string.Empty;
        long waitDue = wait.Due?.ToUnixTimeMilliseconds() ?? 0;
        string waitChildren = RedisFlowRecord.JoinIds(wait.Children);
        string waitExtras = RedisFlowRecord.WaitExtrasJson(wait);
        string head = _options.Limits.KeptContinuations > 0
            ? RedisHistory.HeadFields(stack, (int)wait.Kind, waitName, waitType, waitDue, wait.Description, waitChildren, (int)wait.JoinMode, waitExtras)
            : string.Empty;
        var reply = await RunWorkerTransitionAsync(lease.Id, RedisScripts.Save, call => call
            .Key("flow", _keys.Flow(lease.Id))
            .Key("signals", _keys.Signals(lease.Id))
            .Arg("token", lease.Token)
            .Arg("continuation", save.Continuation)
            .Arg("stack", stack)
            .Arg("wait_kind", (int)wait.Kind)
            .Arg("wait_name", waitName)
            .Arg("wait_type", waitType)
            .Arg("wait_due", waitDue)
            .Arg("wait_desc", wait.Description)
            .Arg("release", save.Release ? 1 : 0)
            .Arg("wait_children", waitChildren)
            .Arg("wait_mode", (int)wait.JoinMode)
            .Arg("wait_extras", waitExtras)
            .Arg("max_payload", _options.Limits.MaxSignalPayloadBytes)
            .Arg("history", _options.Limits.KeptContinuations)
            .Arg("build", save.Build ?? string.Empty)
            .Arg("head", head), expected, settlesOnlyWhen: r => r.Long("ok") == 1 && r.Long("continue") == 0, sync, submitted).ConfigureAwait(false);
        if (reply.Long("ok") == 0)
        {
            _scheduleScores.TryRemove((lease.Id, lease.Token), out _);
            return FlowSaveResult.Rejected;
        }

        if (reply.Long("continue") == 1)
        {
            var interrupt = (FlowInterruptKind)reply.Int("interrupt");
            return new FlowSaveResult(
                true, true, interrupt != FlowInterruptKind.None ? FlowResume.Interrupted(interrupt, reply.Text("reason")) : FlowResume.WithPayload(reply.Bytes("payload")));
        }

        _scheduleScores.TryRemove((lease.Id, lease.Token), out _);
        return FlowSaveResult.Released;
    }

    /// <summary>
    /// Writes the frame type descriptions a continuation names before the continuation itself, so that no stored
    /// continuation names one the store lacks. They live in one hash outside the flows' slots (a script cannot write
    /// both in a cluster), are never overwritten (a key is a hash of its content) and never expire.
    /// </summary>
    private async ValueTask KeepFrameTypesAsync(IReadOnlyList<FrameTypeDescription> frameTypes)
    {
        for (int i = 0; i < frameTypes.Count; i++)
        {
            var frameType = frameTypes[i];
            if (_keptFrameTypes.ContainsKey(frameType.Key))
            {
                continue;
            }

            await GuardAsync(_db.HashSetAsync(_keys.FrameTypes, frameType.Key, frameType.Content, When.NotExists)).ConfigureAwait(false);
            if (_options.ReplicasToAcknowledge > 0)
            {
                // As durable as the continuation that will name it.
                await AcknowledgeAsync(new[] { _keys.FrameTypes }, sync: false).ConfigureAwait(false);
            }

            _keptFrameTypes.TryAdd(frameType.Key, true);
        }
    }

    /// <inheritdoc />
    public async Task<ReadOnlyMemory<byte>?> GetFrameTypeAsync(string key, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        ArgumentException.ThrowIfNullOrEmpty(key);
        var content = await GuardAsync(_db.HashGetAsync(_keys.FrameTypes, key)).ConfigureAwait(false);
        return content.IsNull ? (ReadOnlyMemory<byte>?)null : (byte[])content!;
    }

    /// <inheritdoc />
    public Task<bool> CompleteAsync(FlowLease lease, byte[] result, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return FinishAsync(lease, FlowStatus.Completed, "res", result, sync: false).AsTask();
    }

    /// <inheritdoc />
    public bool Complete(FlowLease lease, byte[] result) => Synchronous(FinishAsync(lease, FlowStatus.Completed, "res", result, sync: true));

    /// <inheritdoc />
    public Task<bool> SubmitCompleteAsync(FlowLease lease, byte[] result) => FinishAsync(lease, FlowStatus.Completed, "res", result, sync: false, submitted: true).AsTask();

    /// <inheritdoc />
    public Task<bool> FailAsync(FlowLease lease, FlowError error, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return FinishAsync(lease, FlowStatus.Failed, "err", RedisFlowRecord.ErrorJson(error), sync: false).AsTask();
    }

    /// <inheritdoc />
    public bool Fail(FlowLease lease, FlowError error) => Synchronous(FinishAsync(lease, FlowStatus.Failed, "err", RedisFlowRecord.ErrorJson(error), sync: true));

    /// <inheritdoc />
    public Task<bool> SubmitFailAsync(FlowLease lease, FlowError error) =>
        FinishAsync(lease, FlowStatus.Failed, "err", RedisFlowRecord.ErrorJson(error), sync: false, submitted: true).AsTask();

    /// <inheritdoc />
    public async Task WaitForWorkAsync(TimeSpan maxWait, CancellationToken cancellationToken = default)
    {
        var woken = await _notifications.NextWakeAsync().ConfigureAwait(false);
        var first = await GuardAsync(_db.SortedSetRangeByRankWithScoresAsync(_keys.Schedule, 0, 0)).ConfigureAwait(false);
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
        try
        {
            RedisValue status;
            try
            {
                status = await GuardAsync(_db.HashGetAsync(_keys.Flow(id), "st")).ConfigureAwait(false);
            }
            catch (RedisServerException error) when (IsWrongType(error))
            {
                return;
            }

            if (status.IsNull || !int.TryParse((string?)status, NumberStyles.None, CultureInfo.InvariantCulture, out int value) || value >= (int)FlowStatus.Completed)
            {
                return;
            }

            await RedisNotifications.WaitAsync(finished.Signal, maxWait, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _notifications.EndFinishWait(finished);
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        DisposeRenewals();
        _notifications.Dispose();
        if (_ownsConnection)
        {
            _connection.Dispose();
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        DisposeRenewals();
        _notifications.Dispose();
        if (_ownsConnection)
        {
            await _connection.DisposeAsync().ConfigureAwait(false);
        }
    }

    private void DisposeRenewals()
    {
        lock (_renewalGate)
        {
            _renewals?.Dispose();
            _renewals = null;
        }

        lock (_commitGate)
        {
            _disposed = true;
            _commitChannel?.Dispose();
            _commitChannel = null;
        }

        _commits?.Dispose();
    }

    private long RetentionMs => _options.Limits.FinishedFlowRetention is { } retention ? Math.Max(1, (long)retention.TotalMilliseconds) : 0;

    private async ValueTask<bool> FinishAsync(FlowLease lease, FlowStatus status, string field, byte[] value, bool sync, bool submitted = false)
    {
        ArgumentNullException.ThrowIfNull(lease);
        _scheduleScores.TryGetValue((lease.Id, lease.Token), out var expected);

        // Until its effects are done, a flow with effects keeps its schedule entry (at its lease's end): if this
        // process dies first, the worker that looks at it then does them.
        var reply = await RunWorkerTransitionAsync(lease.Id, RedisScripts.Finish, call => call
            .Key("flow", _keys.Flow(lease.Id))
            .Key("signals", _keys.Signals(lease.Id))
            .Arg("token", lease.Token)
            .Arg("status", (int)status)
            .Arg("field", field)
            .Arg("value", value)
            .Arg("channel", _finished)
            .Arg("id", lease.Id.Value)
            .Arg("retention_ms", RetentionMs)
            .Arg("history", _options.Limits.KeptContinuations), expected, settlesOnlyWhen: r => r.Long("ok") == 1 && r.Long("effects") == 0, sync, submitted).ConfigureAwait(false);
        if (reply.Long("ok") == 0)
        {
            _scheduleScores.TryRemove((lease.Id, lease.Token), out _);
            return false;
        }

        if (reply.Long("effects") == 1)
        {
            if (await TryApplyEffectsAsync(lease.Id).ConfigureAwait(false))
            {
                var change = SingleNode ? ScheduleChange.Set : ScheduleChange.SetIfExpected;
                await IndexAsync(new[]
                {
                    new IndexOp(lease.Id.Value, change, -1, expected, SingleNode ? IndexStatus.Keep : (int)status, reply.Long("created"), reply.Long("expire_at")),
                }).ConfigureAwait(false);
            }
        }

        _scheduleScores.TryRemove((lease.Id, lease.Token), out _);
        return true;
    }

    /// <summary>
    /// Does what a finished flow's end means to flows in other hash slots: its parent learns that it ended
    /// (and is woken when its join may go on); a failed or cancelled flow cancels its attached children.
    /// Each step is idempotent, so a repeat after a crash is harmless. False when it failed meanwhile.
    /// </summary>
    private async Task<bool> TryApplyEffectsAsync(FlowId id)
    {
        try
        {
            var effects = await RunAsync(RedisScripts.Effects.Call().Key("flow", _keys.Flow(id))).ConfigureAwait(false);
            if (effects.Long("pending") == 0)
            {
                return true;
            }

            var status = (FlowStatus)effects.Long("status");
            if (effects.Text("parent") is { Length: > 0 } parentText && FlowId.TryParse(parentText, out var parent))
            {
                await RunClientTransitionAsync(parent, RedisScripts.ChildEnded, call => call
                    .Key("flow", _keys.Flow(parent))
                    .Key("signals", _keys.Signals(parent))
                    .Arg("child", id.Value)
                    .Arg("status", (int)status), hint: false).ConfigureAwait(false);
            }

            var reason = $"its parent flow {id} {(status == FlowStatus.Cancelled ? "was cancelled" : "failed")}";
            foreach (var child in effects.Texts("children"))
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

            await RunAsync(RedisScripts.ClearEffects.Call().Key("flow", _keys.Flow(id))).ConfigureAwait(false);
            return true;
        }
        catch (Exception error) when (error is RedisException or TimeoutException or FlowDamagedException or InvalidCastException)
        {
            RedisStoreLog.EffectsFailed(_logger, error, id, error.Message);
            return false;
        }
    }

    /// <summary>
    /// A transition a client (or a flow acting as one) makes on a flow that may need a worker's look. On a single node:
    /// one script. On a cluster: a safety hint in the schedule first (a worker looks later even if this process dies
    /// before the last step), the flow's script, then the schedule lowered to now when the flow became runnable.
    /// </summary>
    private async ValueTask<ReplyRecord> RunClientTransitionAsync(FlowId id, FlowScript script, Func<ScriptCall, ScriptCall> arguments, bool hint = true)
    {
        if (SingleNode)
        {
            if (script == RedisScripts.Create && _creates is not null)
            {
                return await _creates.CommitAsync(id, arguments(script.Alone.Call())).ConfigureAwait(false);
            }

            return await RunAsync(arguments(script.Indexed.Call()).Keys(RedisLua.IndexKeys, _keys.Indexes).Arg("id", id.Value).Arg("wake_channel", _wake))
                .ConfigureAwait(false);
        }

        long safety = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() + SafetyHintMs;
        if (hint)
        {
            await IndexAsync(new[] { new IndexOp(id.Value, ScheduleChange.Lower, safety, 0, IndexStatus.Keep, 0, 0) }).ConfigureAwait(false);
        }

        var reply = await RunAsync(arguments(script.Alone.Call())).ConfigureAwait(false);
        var change = (ScheduleChange)reply.Long("ix_change");
        int status = reply.IsNull("ix_status") ? IndexStatus.Keep : reply.Int("ix_status");
        if (change != ScheduleChange.Keep || status != IndexStatus.Keep)
        {
            await IndexAsync(new[] { new IndexOp(id.Value, change, reply.Long("ix_score"), 0, status, reply.Long("ix_created"), reply.Long("ix_expire")) }).ConfigureAwait(false);
        }
        else if (hint && Array.IndexOf(script.Alone.Shape.Reply.ToArray(), "code") >= 0 && reply.Long("code") == -1)
        {
            // No such flow: take the hint back, unless someone moved it since.
            await IndexAsync(new[] { new IndexOp(id.Value, ScheduleChange.SetIfExpected, -1, safety, IndexStatus.Keep, 0, 0) }).ConfigureAwait(false);
        }

        return reply;
    }

    /// <summary>
    /// A transition by the worker holding the flow's lease. On a single node: one script. On a cluster: the flow's script,
    /// then its schedule entry settled from the lease's end to what the script found, unless a hint moved it meanwhile.
    /// A <paramref name="submitted"/> save or end (a worker's thread that goes on meanwhile) joins the group commit
    /// without blocking; its continuation may run on the thread that sent the group.
    /// </summary>
    private async ValueTask<ReplyRecord> RunWorkerTransitionAsync(
        FlowId id, FlowScript script, Func<ScriptCall, ScriptCall> arguments, long? expected, Func<ReplyRecord, bool>? settlesOnlyWhen = null, bool sync = false, bool submitted = false)
    {
        if (SingleNode)
        {
            if ((sync || submitted) && _commits is not null && (script == RedisScripts.Save || script == RedisScripts.Finish))
            {
                // A worker's flow thread: its write joins the others' in flight (on a cluster each flow is in a slot of its
                // own, so there is nothing to group, and each write stays its own call).
                var kind = script == RedisScripts.Save ? "s" : "f";
                var call = arguments(script.Alone.Call());
                return sync ? _commits.Commit(kind, id, call) : await _commits.CommitAsync(kind, id, call).ConfigureAwait(false);
            }

            return await RunAsync(arguments(script.Indexed.Call()).Keys(RedisLua.IndexKeys, _keys.Indexes).Arg("id", id.Value).Arg("wake_channel", _wake), sync)
                .ConfigureAwait(false);
        }

        var reply = await RunAsync(arguments(script.Alone.Call()), sync).ConfigureAwait(false);
        if (reply.IsNull("ix_change") || (settlesOnlyWhen is not null && !settlesOnlyWhen(reply)))
        {
            return reply;
        }

        var change = (ScheduleChange)reply.Long("ix_change");
        if (change == ScheduleChange.Set)
        {
            change = expected is null ? ScheduleChange.Set : ScheduleChange.SetIfExpected;
        }

        int status = reply.IsNull("ix_status") ? IndexStatus.Keep : reply.Int("ix_status");
        await IndexAsync(new[] { new IndexOp(id.Value, change, reply.Long("ix_score"), expected ?? 0, status, reply.Long("ix_created"), reply.Long("ix_expire")) }, sync)
            .ConfigureAwait(false);
        return reply;
    }

    /// <summary>
    /// After a node stopped answering, asks the connection to read the cluster's topology again (at most once a second):
    /// StackExchange.Redis otherwise keeps sending a dead master's slots to it until its periodic check, long after a
    /// replica took over.
    /// </summary>
    private void Reconfigure(Exception error)
    {
        bool topology = error is RedisConnectionException or RedisTimeoutException ||
            (error is RedisServerException && (error.Message.StartsWith("CLUSTERDOWN", StringComparison.Ordinal) || error.Message.StartsWith("TRYAGAIN", StringComparison.Ordinal)));
        if (!topology || SingleNode)
        {
            return;
        }

        long now = Environment.TickCount64;
        long last = Interlocked.Read(ref _lastReconfigure);
        if (now - last < 1000 || Interlocked.CompareExchange(ref _lastReconfigure, now, last) != last)
        {
            return;
        }

        _ = Task.Run(async () =>
        {
            try
            {
                await _connection.ConfigureAsync().ConfigureAwait(false);
            }
            catch (Exception)
            {
                // The next failure tries again.
            }
        });
    }

    private async Task<T> GuardAsync<T>(Task<T> call)
    {
        try
        {
            return await call.ConfigureAwait(false);
        }
        catch (Exception error)
        {
            Reconfigure(error);
            throw;
        }
    }

    /// <summary>
    /// Runs a script by its SHA-1 (EVALSHA: the text is sent only when the node does not know it yet), synchronously when
    /// <paramref name="sync"/>: a worker's flow thread blocks on each of its writes, and the synchronous call wakes it straight
    /// from the connection's reader rather than through a continuation on the thread pool.
    /// </summary>
    private async ValueTask<RedisResult> EvaluateAsync(RedisScript script, RedisKey[] keys, RedisValue[] args, bool sync)
    {
        try
        {
            try
            {
                return sync ? _db.ScriptEvaluate(script.Hash, keys, args) : await _db.ScriptEvaluateAsync(script.Hash, keys, args).ConfigureAwait(false);
            }
            catch (RedisServerException unknown) when (unknown.Message.StartsWith("NOSCRIPT", StringComparison.Ordinal))
            {
                return sync ? _db.ScriptEvaluate(script.Text, keys, args) : await _db.ScriptEvaluateAsync(script.Text, keys, args).ConfigureAwait(false);
            }
        }
        catch (Exception error)
        {
            Reconfigure(error);
            throw;
        }
    }

    /// <summary>Sends a group of writes (<see cref="RedisGroupCommit"/>), on the calling thread, and waits for the replicas when configured.</summary>
    private RedisResult SendCommit(RedisKey[] keys, RedisValue[] args)
    {
        if (_renewalConfiguration is not null)
        {
            lock (_commitGate)
            {
                ObjectDisposedException.ThrowIf(_disposed, this);
                _commitChannel ??= new SyncRedisChannel(
                    _renewalConfiguration, _options.Database < 0 ? _renewalConfiguration.DefaultDatabase ?? 0 : _options.Database, () => _connection.GetEndPoints(), "group commit");
                var (reply, node) = _commitChannel.Evaluate(-1, RedisScripts.Commit, keys, args);
                if (_options.ReplicasToAcknowledge > 0)
                {
                    long acknowledged = (long)_commitChannel.Execute(node, "WAIT", _options.ReplicasToAcknowledge, (long)_options.ReplicaAcknowledgeTimeout.TotalMilliseconds);
                    if (acknowledged < _options.ReplicasToAcknowledge)
                    {
                        throw NotAcknowledged(node, acknowledged);
                    }
                }

                return reply;
            }
        }

        var result = Synchronous(EvaluateAsync(RedisScripts.Commit, keys, args, sync: true));
        if (_options.ReplicasToAcknowledge > 0)
        {
            var acknowledged = AcknowledgeAsync(new[] { keys[^1] }, sync: true);
            if (acknowledged.IsCompleted)
            {
                acknowledged.GetAwaiter().GetResult();
            }
            else
            {
                acknowledged.AsTask().GetAwaiter().GetResult();
            }
        }

        return result;
    }

    private async ValueTask<ReplyRecord> RunAsync(ScriptCall call, bool sync = false)
    {
        var (keys, args) = call.Build();
        var result = await EvaluateAsync(call.Script, keys, args, sync).ConfigureAwait(false);
        if (_options.ReplicasToAcknowledge > 0 && keys.Length > 0)
        {
            await AcknowledgeAsync(new[] { keys[^1] }, sync).ConfigureAwait(false);
        }

        return new ReplyRecord(call.Script, result);
    }

    private async ValueTask<ReplyRecord[]> RunBatchAsync(ScriptCall call)
    {
        var (keys, args) = call.Build();
        var result = await EvaluateAsync(call.Script, keys, args, sync: false).ConfigureAwait(false);
        if (_options.ReplicasToAcknowledge > 0 && keys.Length > 0)
        {
            await AcknowledgeAsync(new[] { keys[^1] }, sync: false).ConfigureAwait(false);
        }

        return ReplyRecord.Items(call.Script, result);
    }

    /// <summary>
    /// Redis WAIT on the node that owns each key's slot, over the connection that made the write (StackExchange.Redis
    /// keeps one interactive connection per node): returns once enough replicas have the write.
    /// </summary>
    private async ValueTask AcknowledgeAsync(IEnumerable<RedisKey> keys, bool sync)
    {
        foreach (var endpoint in keys.Select(k => _db.IdentifyEndpoint(k)).Where(e => e is not null).Distinct())
        {
            var server = _connection.GetServer(endpoint!);
            object[] wait = { _options.ReplicasToAcknowledge, (long)_options.ReplicaAcknowledgeTimeout.TotalMilliseconds };
            long acknowledged = (long)(sync ? server.Execute("WAIT", wait) : await server.ExecuteAsync("WAIT", wait).ConfigureAwait(false));
            if (acknowledged < _options.ReplicasToAcknowledge)
            {
                throw NotAcknowledged(endpoint!, acknowledged);
            }
        }
    }

    /// <summary>
    /// A renewal's script, synchronously, on the renewal thread's own connection to the key's node: the reply does not
    /// wait for a thread-pool thread (StackExchange.Redis 3 reads on the pool, which a flow may starve).
    /// </summary>
    private RedisResult EvaluateForRenewal(RedisScript script, RedisKey[] keys, RedisValue[] args)
    {
        var route = keys[^1];
        try
        {
            if (_renewalConfiguration is not null)
            {
                lock (_renewalGate)
                {
                    _renewals ??= new SyncRedisChannel(
                        _renewalConfiguration, _options.Database < 0 ? _renewalConfiguration.DefaultDatabase ?? 0 : _options.Database, () => _connection.GetEndPoints());
                    var (reply, node) = _renewals.Evaluate(SingleNode ? -1 : _connection.HashSlot(route), script, keys, args);
                    if (_options.ReplicasToAcknowledge > 0)
                    {
                        long acknowledged = (long)_renewals.Execute(node, "WAIT", _options.ReplicasToAcknowledge, (long)_options.ReplicaAcknowledgeTimeout.TotalMilliseconds);
                        if (acknowledged < _options.ReplicasToAcknowledge)
                        {
                            throw NotAcknowledged(node, acknowledged);
                        }
                    }

                    return reply;
                }
            }

            var shared = _db.ScriptEvaluate(script.Text, keys, args);
            if (_options.ReplicasToAcknowledge > 0 && _db.IdentifyEndpoint(route) is { } endpoint)
            {
                long acknowledged = (long)_connection.GetServer(endpoint).Execute("WAIT", _options.ReplicasToAcknowledge, (long)_options.ReplicaAcknowledgeTimeout.TotalMilliseconds);
                if (acknowledged < _options.ReplicasToAcknowledge)
                {
                    throw NotAcknowledged(endpoint, acknowledged);
                }
            }

            return shared;
        }
        catch (Exception error)
        {
            Reconfigure(error);
            throw;
        }
    }

    private RedisException NotAcknowledged(System.Net.EndPoint endpoint, long acknowledged) => new(
        $"Only {acknowledged} of the {_options.ReplicasToAcknowledge} replicas of {endpoint} acknowledged the write within {_options.ReplicaAcknowledgeTimeout} " +
        $"({nameof(RedisFlowStoreOptions.ReplicasToAcknowledge)}): the write was applied on the primary but may be lost if it fails now.");

    private async ValueTask IndexAsync(IReadOnlyCollection<IndexOp> ops, bool sync = false)
    {
        if (ops.Count > 0)
        {
            await RunAsync(IndexCall(ops), sync).ConfigureAwait(false);
        }
    }

    private ScriptCall IndexCall(IEnumerable<IndexOp> ops)
    {
        var call = RedisScripts.Index.Call().Keys(RedisLua.IndexKeys, _keys.Indexes).Arg("wake_channel", _wake);
        foreach (var op in ops)
        {
            call.Item()
                .ItemArg("id", op.Id)
                .ItemArg("change", (int)op.Change)
                .ItemArg("score", op.Score)
                .ItemArg("expected", op.Expected)
                .ItemArg("status", op.Status)
                .ItemArg("created", op.Created)
                .ItemArg("expire_at", op.ExpireAt);
        }

        return call;
    }

    private static string ScriptDamage(ReplyRecord reply)
    {
        var pairs = reply.Texts("damage");
        var found = new List<string>();
        for (int i = 0; i + 1 < pairs.Length; i += 2)
        {
            found.Add(RedisFlowRecord.Describe(pairs[i], pairs[i + 1]));
        }

        return found.Count == 0 ? "it could not be read" : string.Join("; ", found);
    }

    private static bool IsWrongType(RedisServerException error) => error.Message.Contains("WRONGTYPE", StringComparison.Ordinal);

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

    /// <summary>One index update (see <see cref="RedisScripts.Index"/>); the id is text, for entries that are not flow ids.</summary>
    private readonly record struct IndexOp(string Id, ScheduleChange Change, long Score, long Expected, int Status, long Created, long ExpireAt);
}
