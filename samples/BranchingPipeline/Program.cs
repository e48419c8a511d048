// The branching pipeline, durable.
//
//   dotnet run --project samples/BranchingPipeline
//       Everything in this process, on the embedded in-memory store: a healthy and a damaged
//       extract go through the pipeline, one down each branch.
//
//   dotnet run --project samples/BranchingPipeline -- --redis localhost:6379 worker [--exit-after 2]
//       A worker (run several, in several terminals or on several machines). --exit-after N makes
//       it stop after N steps, as a deployment would: the flow in hand is stored at the checkpoint
//       after the Nth step and released, and another worker goes on with the next step.
//   dotnet run --project samples/BranchingPipeline -- --redis localhost:6379 start [dataset ...]
//       Starts one flow per dataset and prints each result, as it ends, with the process that ran
//       every step. Start it before or after the workers: the flows wait in Redis either way.
//
// --prefix NAME keeps this sample's keys apart from other users of the same Redis.
using BranchingPipeline.Pipeline;
using Flowmetal;
using Flowmetal.Client;
using Flowmetal.Samples;

var line = await SampleCommandLine.ParseAsync(args, defaultPrefix: "branching-pipeline");
var client = line.Client;
string? redis = line.Redis;
var arguments = line.Arguments;

switch (line.Command)
{
    case "demo" when redis is null:
        await using (line.StartWorker())
        {
            await RunFlowsAsync(client, ["sales-2026-11.csv", "sales-2026-10-damaged.csv"]);
        }

        return 0;

    case "start" when redis is not null:
        await RunFlowsAsync(client, arguments.Count > 0 ? arguments : ["sales-2026-11.csv", "sales-2026-10-damaged.csv"]);
        return 0;

    case "worker" when redis is not null:
        using (var stop = new CancellationTokenSource())
        {
            if (SampleCommandLine.Take(arguments, "--exit-after") is { } limit)
            {
                // Stopping as the Nth step begins lets that step finish; the flow is then stored at
                // the checkpoint after it and released, and another worker runs the next step.
                StepEvents.OnStarted = count => { if (count == int.Parse(limit, System.Globalization.CultureInfo.InvariantCulture)) stop.Cancel(); };
            }

            await line.RunWorkerAsync(stop);
            Console.WriteLine($"worker pid {Environment.ProcessId} stopped");
        }

        return 0;

    default:
        Console.Error.WriteLine("usage: BranchingPipeline [--redis host:port [--prefix name] (start [dataset ...] | worker [--exit-after N])]");
        return 2;
}

static async Task RunFlowsAsync(FlowClient client, IReadOnlyList<string> datasets)
{
    var runs = new List<Task<PipelineResult>>();
    foreach (var dataset in datasets)
    {
        var id = await client.StartAsync(() => DataPipeline.Run(dataset));
        Console.WriteLine($"started {id.Value} for {dataset}");
        runs.Add(client.WaitForResultAsync<PipelineResult>(id, TimeSpan.FromMinutes(5)));
    }

    // Flows run side by side on whichever workers are free, so print each as it ends, not in order.
    var results = new List<PipelineResult>();
    await foreach (var run in Task.WhenEach(runs))
    {
        var result = await run;
        results.Add(result);
        Console.WriteLine();
        Console.WriteLine($"{result.Dataset}: {(result.Healthy ? "healthy" : "DAMAGED")} - {result.Report}");
        foreach (var step in result.Trace)
        {
            Console.WriteLine($"    {step.Step} (pid {step.Pid})");
        }
    }

    var processes = results.SelectMany(r => r.Trace).Select(s => s.Pid).Distinct().Order();
    Console.WriteLine();
    Console.WriteLine($"summary: {results.Count} datasets, {results.Count(r => r.Healthy)} saved, "
        + $"{results.Count(r => !r.Healthy)} alerted; steps ran in pid {string.Join(", ", processes)}");
}
