using System.Text;
using Flowmetal.Client;
using Flowmetal.Execution;
using Flowmetal.Runtime.Flows;
using Flowmetal.Runtime.Tests.Infrastructure;
using Flowmetal.Serialization;
using Flowmetal.Storage.Redis;
using StackExchange.Redis;

namespace Flowmetal.Runtime.Tests.MultiProcess;

/// <summary>
/// While 100 healthy flows run on two worker processes, damaged records are planted in Redis the way an older
/// deployment's bug, a hand edit or a hostile client would leave them: continuations and signal payloads that do not
/// load (declared lengths out of all proportion, values of the wrong kind, truncated or random bytes), record fields
/// that are not what they should be, keys of the wrong type, index entries that are not flow ids, a payload far over
/// the limit, a flood of signals. Every healthy flow completes exactly once; every damaged one ends failed with an
/// error naming it within a bounded time; no worker process exits. The workers run with a 1.5 GB heap limit, so a
/// declared length that asks for gigabytes fails the allocation instead of the machine.
/// </summary>
[TestClass]
public sealed class FaultInjectionTests
{
    private const int Healthy = 100;
    private const int Steps = 10;
    private const string Marker = "marker-value";

    private static readonly string[] Hostile =
    {
        "{\"$p\":\"System.Int32\"}",
        "{\"$id\":\"900\",\"$elem\":\"System.Object, System.Private.CoreLib\",\"$len\":[99999999999],\"$values\":[]}",
        "{\"$id\":\"901\",\"$elem\":\"System.Int32, System.Private.CoreLib\",\"$len\":[0],\"$values\":[1]}",
        "{\"$id\":\"902\",\"$elem\":\"System.Int32, System.Private.CoreLib\",\"$len\":[100000,100000],\"$values\":[]}",
        "{\"$id\":\"903\",\"$elem\":\"System.Object, System.Private.CoreLib\",\"$len\":[2147483591],\"$values\":[]}",
        "{\"$type\":\"System.IO.FileInfo, System.Private.CoreLib\",\"OriginalPath\":\"/etc/passwd\"}",
    };

    [TestMethod]
    public async Task DamagedRecordsFailAloneWhileHealthyFlowsCompleteExactlyOnce()
    {
        var prefix = RedisServer.UniquePrefix("faults");
        await using var store = await RedisFlowStore.ConnectAsync(RedisServer.Endpoint, new RedisFlowStoreOptions { KeyPrefix = prefix });
        await using var redis = await ConnectionMultiplexer.ConnectAsync(RedisServer.Endpoint);
        var db = redis.GetDatabase();
        var client = new FlowClient(store, new FlowClientOptions { PollInterval = TimeSpan.FromMilliseconds(200) });
        var healthy = new List<FlowId>();
        for (int i = 0; i < Healthy; i++)
        {
            var key = "h" + i;
            healthy.Add(await client.StartAsync(() => CrashFlows.Count(key, Steps), new FlowId("healthy-" + i)));
        }

        var heapLimit = new Dictionary<string, string> { ["DOTNET_GCHeapHardLimit"] = "0x60000000" };
        string[] arguments =
        {
            "work", "--redis", RedisServer.Endpoint, "--prefix", prefix, "--lease-ms", "3000", "--threads", "4", "--step-ms", "5",
            "--max-attempts", "3", "--backoff-ms", "200",
        };
        using var first = new WorkerProcess(heapLimit, arguments);
        using var second = new WorkerProcess(heapLimit, arguments);
        first.ReadLine("READY", TimeSpan.FromSeconds(60));
        second.ReadLine("READY", TimeSpan.FromSeconds(60));

        // Payload faults go to flows waiting for an int: start them now, so they wait by the time the healthy ones run.
        var waiting = new List<FlowId>();
        for (int i = 0; i < Hostile.Length + 3; i++)
        {
            waiting.Add(await client.StartAsync(() => ContractFlows.Doubles(), new FlowId("payload-" + i)));
        }

        var flood = await client.StartAsync(() => ContractFlows.WaitForever(), new FlowId("flood"));
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        while ((long)await db.StringGetAsync($"{prefix}:effects:steps") < Healthy * Steps / 10 ||
            (await Task.WhenAll(waiting.Append(flood).Select(id => client.GetAsync(id)))).Any(i => i.Status != FlowStatus.Waiting))
        {
            Assert.IsLessThan(deadline, DateTime.UtcNow, "the workers made no progress");
            await Task.Delay(20);
        }

        var planter = new Planter(db, prefix);
        var planted = DateTime.UtcNow;
        var damaged = new List<FlowId>();

        // Continuations that do not load, the same damage through raw signal payloads, and other bytes of no use.
        for (int i = 0; i < Hostile.Length; i++)
        {
            damaged.Add(await planter.PendingAsync("continuation-" + i, c: Plant(planter.Continuation, Hostile[i])));
            await store.SignalAsync(waiting[i], "number", Plant(planter.Payload, Hostile[i]));
            damaged.Add(waiting[i]);
        }

        await store.SignalAsync(waiting[Hostile.Length], "number", Encoding.UTF8.GetBytes("{\"$id\":\"1\",\"V\":"));
        await store.SignalAsync(waiting[Hostile.Length + 1], "number", RandomBytes(300));
        damaged.Add(waiting[Hostile.Length]);
        damaged.Add(waiting[Hostile.Length + 1]);
        damaged.Add(await planter.PendingAsync("truncated", c: planter.Continuation[..(planter.Continuation.Length / 2)]));
        damaged.Add(await planter.PendingAsync("random", c: RandomBytes(2000)));
        damaged.Add(await planter.PendingAsync("entry-random", e: RandomBytes(500)));
        damaged.Add(await planter.PendingAsync("oversized-continuation", c: new byte[5 * 1024 * 1024]));

        // Fields of the record that are not what they should be.
        damaged.Add(await planter.PendingAsync("wait-details", fields: new HashEntry[] { new("wx", "not json") }));
        damaged.Add(await planter.PendingAsync("parent", fields: new HashEntry[] { new("par", "evil{id}") }));
        damaged.Add(await planter.PendingAsync("status", fields: new HashEntry[] { new("st", "zz") }));
        damaged.Add(await planter.PendingAsync("token", fields: new HashEntry[] { new("tok", "abc") }));
        damaged.Add(await planter.PendingAsync("attempts", fields: new HashEntry[] { new("att", "-") }));
        damaged.Add(await planter.PendingAsync("entry-missing", omit: "e"));
        damaged.Add(await planter.WaitingForSignalAsync("signal-counters", new HashEntry[] { new("t:number", "x") }));
        damaged.Add(await planter.WaitingForSignalAsync("signals-not-a-hash", null));
        damaged.Add(await planter.WaitingForSignalAsync("payload-over-limit", new HashEntry[] { new("t:number", "1"), new("v:1:number", new byte[20 * 1024 * 1024]) }));

        // Keys and index entries that are not flows at all.
        var notAFlow = await planter.NotAHashAsync("not-a-hash");
        await planter.IndexEntryAsync("evil{id}");

        // A flood of signals under a name the flow never waits for: the buffer's limit refuses the rest.
        int accepted = 0;
        FlowLimitExceededException? refused = null;
        for (int i = 0; i < 1100 && refused is null; i++)
        {
            try
            {
                await store.SignalAsync(flood, "spam", new byte[16]);
                accepted++;
            }
            catch (FlowLimitExceededException limit)
            {
                refused = limit;
            }
        }

        long expected = Enumerable.Range(1, Steps).Sum(i => (long)i * i);
        foreach (var id in healthy)
        {
            Assert.AreEqual(expected, await client.WaitForResultAsync<long>(id, TimeSpan.FromSeconds(60)), $"healthy flow {id}");
        }

        var bound = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        foreach (var id in damaged)
        {
            var info = await EndedAsync(client, id, bound);
            Assert.AreEqual(FlowStatus.Failed, info.Status, $"damaged flow {id}: {info.Error}");
            StringAssert.Contains(info.Error!.Message, id.Value, $"the error names the flow: {info.Error}");
            Assert.IsTrue(Named(info.Error), $"damaged flow {id} failed with a clear error, not {info.Error}");
        }

        Assert.IsLessThan(TimeSpan.FromSeconds(90), DateTime.UtcNow - planted, "every damaged flow ended within a bounded time");
        for (int i = 0; i < Healthy; i++)
        {
            Assert.AreEqual(1L, (long)await db.StringGetAsync($"{prefix}:effects:completed:h{i}"), $"healthy flow {i} completed exactly once");
        }

        Assert.AreEqual((long)Healthy * Steps, (long)await db.StringGetAsync($"{prefix}:effects:steps"), "no healthy step ran twice");
        Assert.AreEqual(1000, accepted);
        Assert.AreEqual("MaxBufferedSignals", refused!.Limit);
        await Assert.ThrowsExactlyAsync<FlowDamagedException>(() => client.GetAsync(notAFlow));
        Assert.IsNull(await db.SortedSetScoreAsync(planter.Index("schedule"), notAFlow.Value), "the key that is not a flow left the schedule");
        Assert.IsNull(await db.SortedSetScoreAsync(planter.Index("schedule"), "evil{id}"), "the entry that is not an id left the schedule");
        var listed = await client.ListAsync(pageSize: 500);
        var flows = healthy.Concat(waiting).Concat(damaged).Append(flood).Distinct().ToList();
        CollectionAssert.AreEquivalent(flows, listed.Flows.Select(f => f.Id).ToArray(), "every flow is listed; the entries that are no flows were dropped by the claims");
        Assert.IsTrue(await client.CancelAsync(flood, "flooded"));
        Assert.AreEqual(FlowStatus.Cancelled, (await EndedAsync(client, flood, DateTime.UtcNow + TimeSpan.FromSeconds(30))).Status);
        Assert.IsFalse(first.HasExited, "worker 1 is alive: " + first.Errors);
        Assert.IsFalse(second.HasExited, "worker 2 is alive: " + second.Errors);
    }

    /// <summary>A clear error: a damage, a continuation or payload that cannot be loaded, or attempts used up, each naming its cause.</summary>
    private static bool Named(FlowError error) =>
        error.Type is "Flowmetal.FlowDamagedException" or "Flowmetal.Execution.FlowResumeException" or "Flowmetal.Serialization.FlowSerializationException"
            or "Flowmetal.FlowAttemptsExhaustedException" or "System.InvalidCastException";

    private static async Task<FlowInfo> EndedAsync(FlowClient client, FlowId id, DateTime deadline)
    {
        while (true)
        {
            try
            {
                var info = await client.GetAsync(id);
                if (info.Status is FlowStatus.Completed or FlowStatus.Failed or FlowStatus.Cancelled)
                {
                    return info;
                }

                Assert.IsLessThan(deadline, DateTime.UtcNow, $"flow {id} did not end: {info} (last attempt: {info.LastAttemptError})");
            }
            catch (FlowDamagedException) when (DateTime.UtcNow < deadline)
            {
                // Its status cannot be read until a worker fails it.
            }

            await Task.Delay(100);
        }
    }

    /// <summary>The stored bytes with the marker value (a string in an <c>object</c> slot) replaced by a hostile fragment.</summary>
    private static byte[] Plant(byte[] stored, string fragment)
    {
        var json = Encoding.UTF8.GetString(stored);
        var typed = $"{{\"$p\":\"System.String\",\"v\":\"{Marker}\"}}";
        var plain = $"\"{Marker}\"";
        Assert.IsTrue(json.Contains(typed, StringComparison.Ordinal) || json.Contains(plain, StringComparison.Ordinal), "the marker to replace is in the stored bytes: " + json);
        return Encoding.UTF8.GetBytes(json.Contains(typed, StringComparison.Ordinal) ? json.Replace(typed, fragment, StringComparison.Ordinal) : json.Replace(plain, fragment, StringComparison.Ordinal));
    }

    private static byte[] RandomBytes(int count)
    {
        var bytes = new byte[count];
        new Random(count).NextBytes(bytes);
        return bytes;
    }

    /// <summary>Writes flow records straight into Redis, as a bug or a hand edit would leave them.</summary>
    private sealed class Planter
    {
        private readonly IDatabase _db;
        private readonly string _prefix;
        private readonly byte[] _entry;
        private readonly string _method;

        public Planter(IDatabase db, string prefix)
        {
            _db = db;
            _prefix = prefix;
            var serializer = new ContinuationSerializer();
            var entry = EntryCall.FromExpression((System.Linq.Expressions.Expression<Func<string>>)(() => ContractFlows.HoldsObject()));
            _entry = entry.Serialize(serializer);
            _method = entry.MethodId;
            var step = (SuspendedStep)FlowRunner.Run(entry.Method, null, Array.Empty<object?>(), null, ResumeInput.None);
            Continuation = serializer.Serialize(step.Continuation);
            Payload = serializer.SerializeValue(Marker, "a payload");
        }

        public byte[] Continuation { get; }

        public byte[] Payload { get; }

        public RedisKey Index(string name) => $"{_prefix}:{{{_prefix}}}:{name}";

        /// <summary>A pending flow that checkpointed once, with its fields as given.</summary>
        public async Task<FlowId> PendingAsync(string name, byte[]? c = null, byte[]? e = null, HashEntry[]? fields = null, string? omit = null)
        {
            var id = new FlowId("damaged-" + name);
            var record = Record(FlowStatus.Pending, e ?? _entry, c ?? Continuation, new[] { new HashEntry("wk", "0"), new HashEntry("wdesc", "checkpoint") });
            await WriteAsync(id, record.Where(f => f.Name != omit).Concat(fields ?? Array.Empty<HashEntry>()).ToArray(), FlowStatus.Pending);
            return id;
        }

        /// <summary>A flow waiting for signal 'number', its signal buffer as given (null: a string instead of a hash), looked at now.</summary>
        public async Task<FlowId> WaitingForSignalAsync(string name, HashEntry[]? signals)
        {
            var id = new FlowId("damaged-" + name);
            var wait = new[] { new HashEntry("wk", "2"), new HashEntry("wn", "number"), new HashEntry("wt", "System.Int32, System.Private.CoreLib"), new HashEntry("wdesc", "signal 'number'") };
            var signalKey = (RedisKey)$"{_prefix}:{{{id}}}:signals";
            if (signals is null)
            {
                await _db.StringSetAsync(signalKey, "not a buffer");
            }
            else
            {
                await _db.HashSetAsync(signalKey, signals);
            }

            await WriteAsync(id, Record(FlowStatus.Waiting, _entry, Continuation, wait), FlowStatus.Waiting);
            return id;
        }

        /// <summary>A key that is a string where a flow's hash should be, named by the indexes.</summary>
        public async Task<FlowId> NotAHashAsync(string name)
        {
            var id = new FlowId("damaged-" + name);
            await _db.StringSetAsync($"{_prefix}:{{{id}}}:flow", "not a flow");
            await IndexAsync(id.Value, FlowStatus.Pending);
            return id;
        }

        public Task IndexEntryAsync(string entry) => IndexAsync(entry, FlowStatus.Pending);

        private HashEntry[] Record(FlowStatus status, byte[] entry, byte[] continuation, HashEntry[] wait)
        {
            var now = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
            return new HashEntry[]
            {
                new("st", (int)status), new("m", _method), new("e", entry), new("c", continuation), new("tok", "0"), new("att", "0"), new("sus", "1"),
                new("ca", now), new("ua", now), new("stk", "[]"),
            }.Concat(wait).ToArray();
        }

        private async Task WriteAsync(FlowId id, HashEntry[] record, FlowStatus status)
        {
            await _db.HashSetAsync($"{_prefix}:{{{id}}}:flow", record);
            await IndexAsync(id.Value, status);
        }

        private async Task IndexAsync(string entry, FlowStatus status)
        {
            double now = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
            await _db.SortedSetAddAsync(Index("all"), entry, now);
            await _db.SortedSetAddAsync(Index("status:" + (int)status), entry, now);
            await _db.SortedSetAddAsync(Index("schedule"), entry, 0);
        }
    }
}
