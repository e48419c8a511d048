using Flowmetal.Benchmarks;
using Flowmetal.Benchmarks.FastPath;
using Flowmetal.Benchmarks.Peers;
using Flowmetal.Benchmarks.Reporting;
using Flowmetal.Benchmarks.Runtime;

IBenchmark[] benchmarks =
{
    new FastPathBenchmark(),
    new CaptureRestoreBenchmark(),
    new CheckpointThroughputBenchmark(),
    new SignalLatencyBenchmark(),
    new SequentialStepsBenchmark(),
};

var chosen = args.Length == 0 ? null : benchmarks.FirstOrDefault(b => b.Name == args[0]);
if (chosen is null)
{
    Console.WriteLine("usage: dotnet run -c Release --project tests/Flowmetal.Benchmarks -- <benchmark> [options]");
    foreach (var benchmark in benchmarks)
    {
        Console.WriteLine($"  {benchmark.Name,-16} {benchmark.Description}");
    }

    return args.Length == 0 ? 0 : 1;
}

chosen.Run(args.Skip(1).ToArray(), new ResultsReport());
return 0;
