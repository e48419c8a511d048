using Flowmetal;
using Flowmetal.Client;
using Flowmetal.Runtime.Flows;
using Flowmetal.Runtime.Flows.Support;
using Flowmetal.Runtime.WorkerHost;
using Flowmetal.Storage.Redis;
using Flowmetal.Worker;
using StackExchange.Redis;

// Usage: WorkerHost <mode> --redis host:port --prefix p [--lease-ms 1000] [--threads 4] [--step-ms 0] [--count n] [--ids a,b]
//                  [--max-attempts 5] [--backoff-ms 1000] [--claim-ahead 0] [--kept 5] [--effects acknowledged|unacknowledged]
//   work    run a worker until killed; flows' side effects INCR {prefix}:effects:<key> in Redis (waited for, unless unacknowledged)
//   start   start MigrationFlows.Run for ids mig-0..mig-(count-1), run a worker until all wait, print READY, keep running
//   signal  send "go" twice to each id, run a worker until all finish, print "RESULT id value" lines, exit
var options = HostOptions.Parse(args);
await using var store = await RedisFlowStore.ConnectAsync(options.Redis, new RedisFlowStoreOptions { KeyPrefix = options.Prefix, Limits = new Flowmetal.Storage.FlowStoreLimits { KeptContinuations = options.KeptContinuations } });
await using var effects = await ConnectionMultiplexer.ConnectAsync(options.Redis);
var db = effects.GetDatabase();
var effectFlags = options.UnacknowledgedEffects ? CommandFlags.FireAndForget : CommandFlags.None;
SideEffects.Sink = key => db.StringIncrement($"{options.Prefix}:effects:{key}", flags: effectFlags);
SideEffects.StepMilliseconds = options.StepMilliseconds;

var worker = new FlowWorker(store, new FlowWorkerOptions
{
    LeaseDuration = TimeSpan.FromMilliseconds(options.LeaseMilliseconds),
    MaxConcurrentFlows = options.Threads,
    PollInterval = TimeSpan.FromMilliseconds(200),
    MaxStepAttempts = options.MaxAttempts,
    ClaimAhead = options.ClaimAhead,
    StepRetryBackoff = TimeSpan.FromMilliseconds(options.BackoffMilliseconds),
    MaxStepRetryBackoff = TimeSpan.FromMilliseconds(Math.Max(options.BackoffMilliseconds, 60_000)),
    Logger = new StderrLogger(),
});
using var stop = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    stop.Cancel();
};
var running = worker.RunAsync(stop.Token);
var client = new FlowClient(store);

switch (options.Mode)
{
    case "work":
        Console.WriteLine("READY " + worker.WorkerId);
        await running;
        break;
    case "start":
        var ids = Enumerable.Range(0, options.Count).Select(i => new FlowId($"mig-{i}")).ToArray();
        for (int i = 0; i < ids.Length; i++)
        {
            int seed = i;
            await client.StartAsync(() => MigrationFlows.Run(seed), ids[i]);
        }

        while (true)
        {
            var infos = await Task.WhenAll(ids.Select(id => client.GetAsync(id)));
            if (infos.All(i => i.Status == FlowStatus.Waiting && i.Wait?.SignalName == "go"))
            {
                break;
            }

            await Task.Delay(20);
        }

        Console.WriteLine("READY");
        await running;
        break;
    case "signal":
        foreach (var id in options.Ids)
        {
            await client.SignalAsync(new FlowId(id), "go", 10);
            await client.SignalAsync(new FlowId(id), "go", 20);
        }

        foreach (var id in options.Ids)
        {
            var result = await client.WaitForResultAsync<string>(new FlowId(id), TimeSpan.FromSeconds(60));
            Console.WriteLine($"RESULT {id} {result}");
        }

        await stop.CancelAsync();
        await running;
        break;
    default:
        Console.Error.WriteLine($"unknown mode '{options.Mode}'");
        return 2;
}

return 0;
