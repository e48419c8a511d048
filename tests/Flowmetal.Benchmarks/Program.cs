using System.Diagnostics;
using System.Runtime.CompilerServices;
using Flowmetal.Benchmarks;
using Flowmetal.Benchmarks.FastPath;
using Flowmetal.Benchmarks.Peers;
using Flowmetal.Benchmarks.Reporting;
using Flowmetal.Benchmarks.Runtime;

// The peer comparison runs last: its Durable Task runs leave a large heap and background work
// behind them that would disturb the microbenchmarks.
IBenchmark[] benchmarks =
{
    new FastPathBenchmark(),
    new CaptureRestoreBenchmark(),
    new CheckpointThroughputBenchmark(),
    new SignalLatencyBenchmark(),
    new SequentialStepsBenchmark(),
    new RedisScriptCostBenchmark(),
};

if (args.Length > 0 && args[0] == "all")
{
    // Every benchmark in one run, so that every ratio is measured under the same conditions.
    var options = args.Skip(1).ToArray();
    var output = Stats.Option(options, "--out", Path.Combine(ProjectDirectory(), "results"));
    var report = new ResultsReport();
    var clock = Stopwatch.StartNew();
    var only = Stats.Option(options, "--only", string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries);
    foreach (var benchmark in benchmarks.Where(b => only.Length == 0 || only.Contains(b.Name)))
    {
        Console.WriteLine($"=== {benchmark.Name}");
        benchmark.Run(options, report);
    }

    ResultsWriter.Write(report, output, "dotnet run -c Release --project tests/Flowmetal.Benchmarks -- " + string.Join(' ', args), clock.Elapsed);
    Console.WriteLine($"wrote {Path.Combine(output, "results.md")} ({clock.Elapsed.TotalMinutes:0.0} minutes)");
    return 0;
}

var chosen = args.Length == 0 ? null : benchmarks.FirstOrDefault(b => b.Name == args[0]);
if (chosen is null)
{
    Console.WriteLine("usage: dotnet run -c Release --project tests/Flowmetal.Benchmarks -- <benchmark> [options]");
    Console.WriteLine($"  {"all",-18} every benchmark below, writing results.md and charts [--out dir] [--redis host:port] [--only a,b]");
    foreach (var benchmark in benchmarks)
    {
        Console.WriteLine($"  {benchmark.Name,-18} {benchmark.Description}");
    }

    return args.Length == 0 ? 0 : 1;
}

chosen.Run(args.Skip(1).ToArray(), new ResultsReport());
return 0;

static string ProjectDirectory([CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;
