// Temporal's cancellable activity, durable and in plain code.
//
//   dotnet run --project samples/CancellableActivity
//       In this process, on the embedded in-memory store.
//
//   dotnet run --project samples/CancellableActivity -- --redis localhost:6379 worker
//       A worker; run one or more, anywhere that reaches the Redis.
//   dotnet run --project samples/CancellableActivity -- --redis localhost:6379 start
//       Starts the parent flow and prints how it ended.
//
// --prefix NAME keeps this sample's keys apart from other users of the same Redis.
using CancellableActivity.Activities;
using Flowmetal;
using Flowmetal.Client;
using Flowmetal.Storage;
using Flowmetal.Storage.InMemory;
using Flowmetal.Storage.Redis;
using Flowmetal.Worker;

var options = args.ToList();
string? redis = Take(options, "--redis");
string prefix = Take(options, "--prefix") ?? "cancellable-activity";
string command = options.Count > 0 ? options[0] : "demo";

IFlowStore store = redis is null
    ? new InMemoryFlowStore()
    : await RedisFlowStore.ConnectAsync(redis, new RedisFlowStoreOptions { KeyPrefix = prefix });
var client = new FlowClient(store);
var workerOptions = new FlowWorkerOptions { PollInterval = TimeSpan.FromMilliseconds(100) };

switch (command)
{
    case "demo" when redis is null:
        using (var stop = new CancellationTokenSource())
        {
            var worker = new FlowWorker(store, workerOptions).RunAsync(stop.Token);
            await RunParentAsync(client);
            await stop.CancelAsync();
            await worker;
        }

        return 0;

    case "start" when redis is not null:
        await RunParentAsync(client);
        return 0;

    case "worker" when redis is not null:
        using (var stop = new CancellationTokenSource())
        {
            Console.CancelKeyPress += (_, e) => { e.Cancel = true; stop.Cancel(); };
            Console.WriteLine($"worker pid {Environment.ProcessId} on {redis} (Ctrl+C stops it)");
            await new FlowWorker(store, workerOptions).RunAsync(stop.Token);
        }

        return 0;

    default:
        Console.Error.WriteLine("usage: CancellableActivity [--redis host:port [--prefix name] (start | worker)]");
        return 2;
}

static async Task RunParentAsync(FlowClient client)
{
    var id = await client.StartAsync(() => CancellationDemo.Parent());
    Console.WriteLine($"started parent flow {id.Value}");
    var outcome = await client.WaitForResultAsync<string>(id, TimeSpan.FromMinutes(1));
    var info = await client.GetAsync(id);
    var child = await client.GetAsync(info.Children[0]);
    Console.WriteLine($"parent: {outcome}");
    Console.WriteLine($"child flow {child.Id.Value}: {child.Status} after {child.Suspensions} heartbeats");
}

static string? Take(List<string> options, string name)
{
    int index = options.IndexOf(name);
    if (index < 0 || index + 1 >= options.Count)
    {
        return null;
    }

    var value = options[index + 1];
    options.RemoveRange(index, 2);
    return value;
}
