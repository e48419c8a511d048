using Flowmetal;
using Flowmetal.Client;
using Flowmetal.Storage.InMemory;
using Flowmetal.Worker;
using OrderApproval.Orders;

// The embedded store: serialized bytes only, like Redis (swap in RedisFlowStore.ConnectAsync(...)).
var store = new InMemoryFlowStore();
var client = new FlowClient(store);
using var stop = new CancellationTokenSource();
var worker = new FlowWorker(store).RunAsync(stop.Token);   // on any node, any number of them

var id = await client.StartAsync(() => OrderFlow.Process(42));
Console.WriteLine($"started flow {id}");

var waiting = await WaitForAsync(id, "approved");
Console.WriteLine($"{waiting.Status}, waiting on {waiting.Wait}; suspended stack:");
foreach (var frame in waiting.Stack)
{
    Console.WriteLine("  at " + frame);
}

await client.SignalAsync(id, "approved", true);
await client.SignalAsync(id, "carrier", "DHL");             // buffered until the flow waits for it

string result = await client.WaitForResultAsync<string>(id, TimeSpan.FromMinutes(1));
Console.WriteLine("result: " + result);

var info = await client.GetAsync(id);
Console.WriteLine(
    $"flow {info.Id}: {info.Status}, entry {info.EntryMethod}, {info.Suspensions} suspensions, attempts {info.Attempts}, " +
    $"created {info.CreatedAt:HH:mm:ss.fff}, finished {info.FinishedAt:HH:mm:ss.fff}");

await stop.CancelAsync();
await worker;
return 0;

async Task<FlowInfo> WaitForAsync(FlowId flow, string signal)
{
    while (true)
    {
        var current = await client.GetAsync(flow);
        if (current.Status == FlowStatus.Waiting && current.Wait?.SignalName == signal)
        {
            return current;
        }

        await Task.Delay(10);
    }
}
