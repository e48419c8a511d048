namespace Flowmetal.Benchmarks.Peers;

/// <summary>
/// One engine running the sequential-steps workflow: N steps, each the shared step body
/// (<c>StepClock.Step(i)</c>) followed by whatever that engine does to make the step durable.
/// </summary>
internal interface IStepEngine : IAsyncDisposable
{
    /// <summary>Short name for tables and the chart.</summary>
    string Name { get; }

    /// <summary>How it is set up, for the text beside the results.</summary>
    string Setup { get; }

    /// <summary>Starts the engine (excluded from every timing).</summary>
    Task StartAsync();

    /// <summary>Runs one workflow of <paramref name="steps"/> steps to its end.</summary>
    Task RunAsync(int steps, CancellationToken cancellationToken);
}
