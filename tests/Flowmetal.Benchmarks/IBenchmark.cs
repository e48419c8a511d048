namespace Flowmetal.Benchmarks;

/// <summary>One benchmark of the program, chosen by name on the command line.</summary>
internal interface IBenchmark
{
    string Name { get; }

    string Description { get; }

    void Run(string[] args);
}
