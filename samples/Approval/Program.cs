// An order that waits for a person's approval and a durable delay, across a worker restart.
//
//   dotnet run --project samples/Approval
//       The whole story in this process, on the embedded in-memory store: start the order, see it
//       wait, stop the worker, approve, start a new worker, the delay passes, the order ships.
//
//   On Redis, each command is its own process, in any terminal, on any machine:
//   dotnet run --project samples/Approval -- --redis localhost:6379 worker          (Ctrl+C stops it)
//   dotnet run --project samples/Approval -- --redis localhost:6379 start [orderId]  (prints the flow id)
//   dotnet run --project samples/Approval -- --redis localhost:6379 status <id>
//   dotnet run --project samples/Approval -- --redis localhost:6379 signal <id> approved|rejected
//
// --prefix NAME keeps this sample's keys apart from other users of the same Redis.
using Approval.Orders;
using Flowmetal;
using Flowmetal.Client;
using Flowmetal.Storage;
using Flowmetal.Storage.InMemory;
using Flowmetal.Storage.Redis;
using Flowmetal.Worker;

var options = args.ToList();
string? redis = Take(options, "--redis");
string prefix = Take(options, "--prefix") ?? "approval";
string command = options.Count > 0 ? options[0] : "demo";
string? argument = options.Count > 1 ? options[1] : null;

IFlowStore store = redis is null
    ? new InMemoryFlowStore()
    : await RedisFlowStore.ConnectAsync(redis, new RedisFlowStoreOptions { KeyPrefix = prefix });
var client = new FlowClient(store);
var workerOptions = new FlowWorkerOptions { PollInterval = TimeSpan.FromMilliseconds(100) };

switch (command)
{
    case "demo" when redis is null:
        await DemoAsync();
        return 0;

    case "start" when redis is not null:
        int orderId = argument is null ? 42 : int.Parse(argument);
        var started = await client.StartAsync(() => ApprovalFlow.Process(orderId));
        Console.WriteLine(started.Value);
        return 0;

    case "status" when redis is not null && argument is not null:
        if (await FindAsync(new FlowId(argument)) is not { } status)
        {
            return 1;
        }

        PrintStatus(status);
        if (status.Status == FlowStatus.Completed)
        {
            Console.WriteLine("result: " + await client.WaitForResultAsync<string>(status.Id, TimeSpan.FromSeconds(5)));
        }

        return 0;

    case "signal" when redis is not null && argument is not null && options.Count > 2:
        if (await FindAsync(new FlowId(argument)) is null)
        {
            return 1;
        }

        await client.SignalAsync(new FlowId(argument), "decision", options[2]);
        Console.WriteLine($"signalled {argument}: {options[2]}");
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
        Console.Error.WriteLine("usage: Approval [--redis host:port [--prefix name] (worker | start [orderId] | status <id> | signal <id> approved|rejected)]");
        return 2;
}

async Task DemoAsync()
{
    var first = new CancellationTokenSource();
    var worker = new FlowWorker(store, workerOptions).RunAsync(first.Token);
    var id = await client.StartAsync(() => ApprovalFlow.Process(42));
    Console.WriteLine($"started order flow {id.Value}");

    var waiting = await WaitUntilAsync(id, info => info.Status == FlowStatus.Waiting && info.Wait?.SignalName == "decision");
    PrintStatus(waiting);

    // A deployment: the worker goes away while the order waits. Nothing is lost; it is in the store.
    await first.CancelAsync();
    await worker;
    Console.WriteLine("worker stopped");

    await client.SignalAsync(id, "decision", "approved");
    Console.WriteLine("signalled: approved");

    using var second = new CancellationTokenSource();
    worker = new FlowWorker(store, workerOptions).RunAsync(second.Token);
    Console.WriteLine($"new worker started; the {ApprovalFlow.CoolingOff.TotalSeconds:0}-second cooling-off timer runs");
    PrintStatus(await WaitUntilAsync(id, info => info.Status == FlowStatus.Waiting && info.Wait?.SignalName is null));

    Console.WriteLine("result: " + await client.WaitForResultAsync<string>(id, TimeSpan.FromMinutes(1)));
    PrintStatus(await client.GetAsync(id));
    await second.CancelAsync();
    await worker;
}

// A mistyped id (or another --prefix) is the usual mistake at a terminal: say so, without a stack trace.
async Task<FlowInfo?> FindAsync(FlowId id)
{
    try
    {
        return await client.GetAsync(id);
    }
    catch (FlowNotFoundException notFound)
    {
        Console.Error.WriteLine(notFound.Message);
        return null;
    }
}

async Task<FlowInfo> WaitUntilAsync(FlowId id, Func<FlowInfo, bool> condition)
{
    while (true)
    {
        var info = await client.GetAsync(id);
        if (condition(info) || info.Status is FlowStatus.Completed or FlowStatus.Failed or FlowStatus.Cancelled)
        {
            return info;
        }

        await Task.Delay(20);
    }
}

static void PrintStatus(FlowInfo info)
{
    Console.WriteLine($"flow {info.Id.Value}: {info.Status}" + (info.Wait is null ? string.Empty : $", waiting on {info.Wait.Description}"));
    foreach (var frame in info.Stack)
    {
        Console.WriteLine("    at " + frame);
    }

    if (info.Status == FlowStatus.Completed)
    {
        Console.WriteLine($"    completed after {info.Suspensions} suspensions");
    }
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
