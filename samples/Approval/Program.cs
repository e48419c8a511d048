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
using Flowmetal.Samples;

var line = await SampleCommandLine.ParseAsync(args, defaultPrefix: "approval");
var client = line.Client;
string? redis = line.Redis;
string? argument = line.Arguments.FirstOrDefault();

switch (line.Command)
{
    case "demo" when redis is null:
        await DemoAsync();
        return 0;

    case "start" when redis is not null:
        int orderId = argument is null ? 42 : int.Parse(argument, System.Globalization.CultureInfo.InvariantCulture);
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

    case "signal" when redis is not null && argument is not null && line.Arguments.Count > 1:
        if (await FindAsync(new FlowId(argument)) is null)
        {
            return 1;
        }

        await client.SignalAsync(new FlowId(argument), "decision", line.Arguments[1]);
        Console.WriteLine($"signalled {argument}: {line.Arguments[1]}");
        return 0;

    case "worker" when redis is not null:
        await line.RunWorkerAsync();
        return 0;

    default:
        Console.Error.WriteLine("usage: Approval [--redis host:port [--prefix name] (worker | start [orderId] | status <id> | signal <id> approved|rejected)]");
        return 2;
}

async Task DemoAsync()
{
    var worker = line.StartWorker();
    var id = await client.StartAsync(() => ApprovalFlow.Process(42));
    Console.WriteLine($"started order flow {id.Value}");

    var waiting = await WaitUntilAsync(id, info => info.Status == FlowStatus.Waiting && info.Wait?.SignalName == "decision");
    PrintStatus(waiting);

    // A deployment: the worker goes away while the order waits. Nothing is lost; it is in the store.
    await worker.DisposeAsync();
    Console.WriteLine("worker stopped");

    await client.SignalAsync(id, "decision", "approved");
    Console.WriteLine("signalled: approved");

    await using var second = line.StartWorker();
    Console.WriteLine($"new worker started; the {ApprovalFlow.CoolingOff.TotalSeconds:0}-second cooling-off timer runs");
    PrintStatus(await WaitUntilAsync(id, info => info.Status == FlowStatus.Waiting && info.Wait?.SignalName is null));

    Console.WriteLine("result: " + await client.WaitForResultAsync<string>(id, TimeSpan.FromMinutes(1)));
    PrintStatus(await client.GetAsync(id));
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
