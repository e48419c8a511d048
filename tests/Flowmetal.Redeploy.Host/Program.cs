using System.Globalization;
using System.Linq.Expressions;
using System.Runtime.Loader;
using Flowmetal;
using Flowmetal.Client;
using Flowmetal.Storage.Redis;
using Flowmetal.Worker;

// Usage: Flowmetal.Redeploy.Host <mode> --fixture path/Flowmetal.Fixtures.Redeploy.dll --redis host:port --prefix p
//                                [--flows Case:id:n,...] [--incompatible wait|fail] [--recheck-ms 200] [--max-recheck-ms 1000] [--drain-only true]
//   start   start each Case.Run(n) as flow id, run a worker until each waits for "go", print "BUILD id build" lines and READY, exit
//   work    run a worker, print READY, run until killed
var options = new Dictionary<string, string>(StringComparer.Ordinal);
for (int i = 1; i + 1 < args.Length; i += 2)
{
    options[args[i]] = args[i + 1];
}

// The build under test, loaded where the runtime resolves stored type names (by assembly name).
var fixture = AssemblyLoadContext.Default.LoadFromAssemblyPath(Path.GetFullPath(options["--fixture"]));
await using var store = await RedisFlowStore.ConnectAsync(options["--redis"], new RedisFlowStoreOptions { KeyPrefix = options["--prefix"] });
var worker = new FlowWorker(store, new FlowWorkerOptions
{
    LeaseDuration = TimeSpan.FromSeconds(5),
    PollInterval = TimeSpan.FromMilliseconds(100),
    IncompatibleFlows = options.GetValueOrDefault("--incompatible", "wait") == "fail" ? IncompatibleFlowHandling.Fail : IncompatibleFlowHandling.Wait,
    IncompatibleFlowRecheck = TimeSpan.FromMilliseconds(int.Parse(options.GetValueOrDefault("--recheck-ms", "200"), CultureInfo.InvariantCulture)),
    MaxIncompatibleFlowRecheck = TimeSpan.FromMilliseconds(int.Parse(options.GetValueOrDefault("--max-recheck-ms", "1000"), CultureInfo.InvariantCulture)),
    DrainOnly = options.GetValueOrDefault("--drain-only", "false") == "true",
});
using var stop = new CancellationTokenSource();
var running = worker.RunAsync(stop.Token);
var client = new FlowClient(store);
switch (args[0])
{
    case "start":
        var ids = new List<FlowId>();
        foreach (var flow in options["--flows"].Split(',', StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = flow.Split(':');
            var method = fixture.GetType("Flowmetal.Fixtures.Redeploy." + parts[0], throwOnError: true)!.GetMethod("Run")!;
            var entry = Expression.Lambda<Func<string>>(Expression.Call(method, Expression.Constant(int.Parse(parts[2], CultureInfo.InvariantCulture))));
            ids.Add(await client.StartAsync(entry, new FlowId(parts[1])));
        }

        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        while (true)
        {
            var infos = await Task.WhenAll(ids.Select(id => client.GetAsync(id)));
            if (infos.All(i => i.Status == FlowStatus.Waiting && i.Wait?.SignalName == "go"))
            {
                foreach (var info in infos)
                {
                    Console.WriteLine($"BUILD {info.Id} {info.Build}");
                }

                break;
            }

            if (DateTime.UtcNow > deadline || infos.Any(i => i.Status is FlowStatus.Failed or FlowStatus.Completed))
            {
                Console.Error.WriteLine("Flows did not all come to wait for 'go': " + string.Join("; ", infos.Select(i => $"{i} {i.Error?.Message}")));
                return 1;
            }

            await Task.Delay(20);
        }

        await stop.CancelAsync();
        await running;
        Console.WriteLine("READY");
        break;
    case "work":
        Console.WriteLine("READY " + worker.WorkerId);
        await running;
        break;
    default:
        Console.Error.WriteLine($"unknown mode '{args[0]}'");
        return 2;
}

return 0;
