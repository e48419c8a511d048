namespace BranchingPipeline.Pipeline;

/// <summary>What the analysis found in an extract; passed from step to step (and stored with the flow).</summary>
public sealed record Analysis(int Rows, int BadRows, decimal Total);

/// <summary>
/// The steps themselves: ordinary methods that never suspend (the weaver leaves them as they are).
/// They print where they run, which is the point of the sample.
/// </summary>
public static class Steps
{
    public static List<decimal> Ingest(string dataset)
    {
        Begin(dataset, "ingest");

        // A damaged extract has rows that do not parse; they come through as negative amounts.
        bool damaged = dataset.Contains("damaged", StringComparison.OrdinalIgnoreCase);
        return Enumerable.Range(1, 12).Select(i => damaged && i % 5 == 0 ? -1m : 100m + i).ToList();
    }

    public static Analysis Analyse(string dataset, List<decimal> amounts)
    {
        Begin(dataset, "analyse");
        return new Analysis(amounts.Count, amounts.Count(a => a < 0), amounts.Where(a => a >= 0).Sum());
    }

    public static bool CheckIntegrity(string dataset, Analysis analysis)
    {
        Begin(dataset, "check integrity");
        return analysis.BadRows == 0;
    }

    public static string Save(string dataset, Analysis analysis)
    {
        Begin(dataset, "save");
        return $"saved {analysis.Rows} rows";
    }

    public static string DescribeIntegrity(string dataset, Analysis analysis)
    {
        Begin(dataset, "describe integrity");
        return $"{analysis.BadRows} of {analysis.Rows} rows do not parse";
    }

    public static void Alert(string dataset, string problem) => Begin(dataset + ": " + problem, "alert");

    public static string Report(string dataset, Analysis analysis, string outcome)
    {
        Begin(dataset, "report");
        return $"total {analysis.Total:0.00}, {outcome}";
    }

    private static void Begin(string dataset, string step)
    {
        Console.WriteLine($"  [pid {Environment.ProcessId}] {step} {dataset}");
        StepEvents.Started();

        // Stands in for the real work (a query, a file transfer): long enough to watch the steps go
        // by, and for a worker told to stop during a step to hand the flow over at the checkpoint after it.
        Thread.Sleep(StepEvents.WorkTime);
    }
}

/// <summary>Lets the worker program count the steps begun here (to stop after a few, see Program.cs).</summary>
public static class StepEvents
{
    private static int s_started;

    public static TimeSpan WorkTime { get; set; } = TimeSpan.FromMilliseconds(200);

    public static Action<int>? OnStarted { get; set; }

    public static void Started() => OnStarted?.Invoke(Interlocked.Increment(ref s_started));
}
