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
using Flowmetal.Samples;

var line = await SampleCommandLine.ParseAsync(args, defaultPrefix: "cancellable-activity");
var client = line.Client;
string? redis = line.Redis;

switch (line.Command)
{
    case "demo" when redis is null:
        await using (line.StartWorker())
        {
            await RunParentAsync(client);
        }

        return 0;

    case "start" when redis is not null:
        await RunParentAsync(client);
        return 0;

    case "worker" when redis is not null:
        await line.RunWorkerAsync();
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
