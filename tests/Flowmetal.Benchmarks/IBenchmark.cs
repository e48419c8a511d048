using Flowmetal.Benchmarks.Reporting;

namespace Flowmetal.Benchmarks;

/// <summary>One benchmark of the program, chosen by name on the command line.</summary>
internal interface IBenchmark
{
    string Name { get; }

    string Description { get; }

    /// <summary>Runs the benchmark, printing progress, and adds its results to <paramref name="report"/>.</summary>
    void Run(string[] args, ResultsReport report);
}
