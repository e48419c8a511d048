using System.Globalization;
using Flowmetal.Benchmarks.Reporting;
using Flowmetal.Storage;
using Flowmetal.Storage.Redis;
using StackExchange.Redis;

namespace Flowmetal.Benchmarks.Runtime;

/// <summary>
/// Redis's own CPU per store script (per flow, per write), read from <c>INFO commandstats</c> and <c>INFO cpu</c> around each
/// phase of a flow's life driven through the store directly (no worker, no client): starts alone and in groups, claims of one
/// and of sixteen, checkpoint saves alone and in groups of eight, ends alone and in groups of eight.
/// </summary>
internal sealed class RedisScriptCostBenchmark : IBenchmark
{
    public string Name => "redis-script-cost";

    public string Description => "Redis µs per store script call and per flow, phase by phase [--redis host:port] [--flows 2000] [--kept 5] [--group 8] [--rounds 5] [--commands]";

    public void Run(string[] args, ResultsReport report)
    {
        if (args.Contains("--print-scripts"))
        {
            // The Lua text of the hot scripts, to read what each call runs.
            foreach (var script in new[] { Flowmetal.Storage.Redis.Protocol.RedisScripts.Commit, Flowmetal.Storage.Redis.Protocol.RedisScripts.CreateBatch.Indexed, Flowmetal.Storage.Redis.Protocol.RedisScripts.Claim.Indexed, Flowmetal.Storage.Redis.Protocol.RedisScripts.Reserve })
            {
                Console.WriteLine(script.Text);
            }

            return;
        }

        using var redis = new BenchmarkRedis(args);
        int flows = Stats.Option(args, "--flows", 2000);
        int kept = Stats.Option(args, "--kept", 5);
        int group = Stats.Option(args, "--group", 8);
        int rounds = Stats.Option(args, "--rounds", 5);
        RunAsync(redis.Endpoint, flows, kept, group, rounds, args.Contains("--commands")).GetAwaiter().GetResult();
    }

    private static async Task RunAsync(string endpoint, int flows, int kept, int group, int rounds, bool commands)
    {
        // The machine is shared and noisy: each phase runs several rounds, and the least each cost (the round least disturbed) is shown.
        var best = new Dictionary<string, (double Call, double Script, double Cpu)>();
        var order = new List<string>();
        var inner = new Dictionary<string, string>();
        string prefix = "cost" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture);
        await using var admin = await ConnectionMultiplexer.ConnectAsync(endpoint + ",allowAdmin=true");
        var server = admin.GetServers()[0];
        await using var store = await RedisFlowStore.ConnectAsync(endpoint, new RedisFlowStoreOptions
        {
            KeyPrefix = prefix,
            Limits = new FlowStoreLimits { KeptContinuations = kept },
        });
        var random = new Random(7);
        var continuation = new byte[450];
        random.NextBytes(continuation);
        var entry = new byte[200];
        random.NextBytes(entry);
        var save = new FlowSave
        {
            Continuation = continuation,
            Stack = new[] { new FlowStackFrame { Method = "Flowmetal.Runtime.Flows.BenchmarkFlows.Short", Line = 12 } },
            Wait = new FlowWait { Kind = FlowWaitKind.Checkpoint, Description = "checkpoint" },
            Build = "build-1",
        };
        var result = new byte[] { 1, 2, 3, 4 };
        var request = (int max) => new FlowClaimRequest { WorkerId = "w1", MaxCount = max, LeaseDuration = TimeSpan.FromMinutes(5) };
        FlowCreation Creation() => new() { Id = FlowId.New(), EntryMethod = "Flowmetal.Runtime.Flows.BenchmarkFlows.Short", Entry = entry };

        async Task<(double Usec, long Calls, double Cpu)> Phase(string name, int perFlow, Func<Task> run)
        {
            await server.ExecuteAsync("CONFIG", "RESETSTAT");
            double cpu0 = Cpu(await server.InfoRawAsync("cpu"));
            await run();
            double cpu1 = Cpu(await server.InfoRawAsync("cpu"));
            var stats = await server.InfoRawAsync("commandstats");
            var (calls, usec) = Eval(stats);
            inner[name] = Commands(stats, perFlow);
            var cost = (calls == 0 ? 0 : usec / calls, usec / perFlow, (cpu1 - cpu0) * 1e6 / perFlow);
            if (best.TryGetValue(name, out var known))
            {
                cost = (Math.Min(cost.Item1, known.Call), Math.Min(cost.Item2, known.Script), Math.Min(cost.Item3, known.Cpu));
            }
            else
            {
                order.Add(name);
            }

            best[name] = cost;
            return (usec, calls, cpu1 - cpu0);
        }

        // Warm-up: the scripts loaded and Redis's allocator settled.
        for (int round = 0; round < 2; round++)
        {
            var ids = new List<FlowLease>();
            for (int i = 0; i < 200; i++)
            {
                await store.CreateAsync(Creation());
            }

            while (true)
            {
                var got = await store.ClaimAsync(request(16));
                if (got.Count == 0)
                {
                    break;
                }

                ids.AddRange(got);
            }

            foreach (var lease in ids)
            {
                store.Save(lease, save);
                store.Complete(lease, result);
            }
        }

        for (int round = 0; round < rounds; round++)
        {
            await Round();
        }

        Console.WriteLine($"least of {rounds} rounds of {flows} flows each:");
        foreach (var name in order)
        {
            var (call, script, cpu) = best[name];
            Console.WriteLine($"{name,-34} {call,8:F1} µs/call {script,8:F1} µs/flow (scripts)   {cpu,8:F1} µs/flow (Redis CPU)");
            if (commands)
            {
                Console.WriteLine("    the last round's commands, per flow: " + inner[name]);
            }
        }

        await BenchmarkRedis.DeleteKeysAsync(endpoint, prefix);

        async Task Round()
        {
            // Round A: everything alone.
            var leases = new List<FlowLease>();
            await Phase("start (alone)", flows, async () =>
            {
                for (int i = 0; i < flows; i++)
                {
                    await store.CreateAsync(Creation());
                }
            });
            await Phase("reserve + claim (1 per call)", flows, async () =>
            {
                while (true)
                {
                    var got = await store.ClaimAsync(request(1));
                    if (got.Count == 0)
                    {
                        break;
                    }

                    leases.AddRange(got);
                }
            });
            await Phase("checkpoint save (alone)", flows, () =>
            {
                foreach (var lease in leases)
                {
                    store.Save(lease, save);
                }

                return Task.CompletedTask;
            });
            await Phase($"checkpoint save (groups of {group})", flows, () => Grouped(store, leases, group, lease => store.Save(lease, save)));
            await Phase("end (alone)", flows, () =>
            {
                foreach (var lease in leases)
                {
                    store.Complete(lease, result);
                }

                return Task.CompletedTask;
            });

            // Round B: in groups.
            leases.Clear();
            await Phase("start (64 at once)", flows, async () =>
            {
                var pending = new List<Task>();
                for (int i = 0; i < flows; i++)
                {
                    pending.Add(store.CreateAsync(Creation()));
                    if (pending.Count == 64)
                    {
                        await Task.WhenAll(pending);
                        pending.Clear();
                    }
                }

                await Task.WhenAll(pending);
            });
            await Phase("reserve + claim (16 per call)", flows, async () =>
            {
                while (true)
                {
                    var got = await store.ClaimAsync(request(16));
                    if (got.Count == 0)
                    {
                        break;
                    }

                    leases.AddRange(got);
                }
            });
            await Phase($"checkpoint save (groups of {group})", flows, () => Grouped(store, leases, group, lease => store.Save(lease, save)));
            await Phase($"end (groups of {group})", flows, () => Grouped(store, leases, group, lease => store.Complete(lease, result)));
        }
    }

    /// <summary>Runs the writes in groups of exactly <paramref name="size"/>: the group commit held while a group's threads queue up.</summary>
    private static Task Grouped(RedisFlowStore store, List<FlowLease> leases, int size, Action<FlowLease> write)
    {
        var commit = store.GroupCommit ?? throw new InvalidOperationException("The store has no group commit.");
        for (int start = 0; start < leases.Count; start += size)
        {
            var part = leases.Skip(start).Take(size).ToList();
            var threads = new List<Thread>();
            using (commit.Hold())
            {
                foreach (var lease in part)
                {
                    var thread = new Thread(() => write(lease));
                    thread.Start();
                    threads.Add(thread);
                }

                while (commit.Queued < part.Count)
                {
                    Thread.Yield();
                }
            }

            foreach (var thread in threads)
            {
                thread.Join();
            }
        }

        return Task.CompletedTask;
    }

    /// <summary>Each command's calls and µs per flow (the commands a script runs are counted too), most costly first.</summary>
    private static string Commands(string? info, int perFlow) =>
        string.Join(", ", CommandStats(info).Where(r => r.Name is not ("config|resetstat" or "info")).OrderByDescending(r => r.Usec)
            .Select(r => FormattableString.Invariant($"{r.Name} {(double)r.Calls / perFlow:F2}× {r.Usec / perFlow:F1} µs")));

    /// <summary>The lines of <c>INFO commandstats</c>: each command's calls and µs in all.</summary>
    private static IEnumerable<(string Name, long Calls, double Usec)> CommandStats(string? info)
    {
        foreach (var line in (info ?? string.Empty).Split('\n'))
        {
            var text = line.Trim();
            int colon = text.IndexOf(':', StringComparison.Ordinal);
            if (!text.StartsWith("cmdstat_", StringComparison.Ordinal) || colon < 0)
            {
                continue;
            }

            var fields = text[(colon + 1)..].Split(',').Select(part => part.Split('=')).Where(kv => kv.Length == 2).ToDictionary(kv => kv[0], kv => kv[1]);
            yield return (text["cmdstat_".Length..colon], long.Parse(fields["calls"], CultureInfo.InvariantCulture), double.Parse(fields["usec"], CultureInfo.InvariantCulture));
        }
    }

    private static double Cpu(string? info)
    {
        double total = 0;
        foreach (var line in (info ?? string.Empty).Split('\n'))
        {
            var parts = line.Trim().Split(':');
            if (parts.Length == 2 && (parts[0] == "used_cpu_sys" || parts[0] == "used_cpu_user"))
            {
                total += double.Parse(parts[1], CultureInfo.InvariantCulture);
            }
        }

        return total;
    }

    private static (long Calls, double Usec) Eval(string? info)
    {
        var scripts = CommandStats(info).Where(r => r.Name is "evalsha" or "eval").ToList();
        return (scripts.Sum(r => r.Calls), scripts.Sum(r => r.Usec));
    }
}
