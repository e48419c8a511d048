namespace BranchingPipeline.Pipeline;

/// <summary>A sales extract as the pipeline passes it from step to step.</summary>
public sealed record Analysis(int Rows, int BadRows, decimal Total);

/// <summary>
/// The steps themselves: ordinary methods that never suspend (the weaver leaves them as they are).
/// They print where they run, which is the point of the sample.
/// </summary>
public static class Steps
{
    public static List<decimal> Ingest(string dataset)
    {
        Say(dataset, "ingest");

        // A damaged extract has rows that do not parse; they come through as negative amounts.
        bool damaged = dataset.Contains("damaged", StringComparison.OrdinalIgnoreCase);
        return Enumerable.Range(1, 12).Select(i => damaged && i % 5 == 0 ? -1m : 100m + i).ToList();
    }

    public static Analysis Analyse(List<decimal> amounts)
    {
        Say(null, "analyse");
        return new Analysis(amounts.Count, amounts.Count(a => a < 0), amounts.Where(a => a >= 0).Sum());
    }

    public static bool CheckIntegrity(Analysis analysis)
    {
        Say(null, "check integrity");
        return analysis.BadRows == 0;
    }

    public static string Save(string dataset, Analysis analysis)
    {
        Say(dataset, "save");
        return $"saved {analysis.Rows} rows";
    }

    public static string DescribeIntegrity(Analysis analysis)
    {
        Say(null, "describe integrity");
        return $"{analysis.BadRows} of {analysis.Rows} rows do not parse";
    }

    public static void Alert(string dataset, string problem) => Say(dataset + ": " + problem, "alert");

    public static string Report(string dataset, Analysis analysis, string outcome)
    {
        Say(dataset, "report");
        return $"{dataset}: total {analysis.Total:0.00}, {outcome}";
    }

    private static void Say(string? dataset, string step) =>
        Console.WriteLine($"  [pid {Environment.ProcessId}] {step}" + (dataset is null ? string.Empty : " " + dataset));
}

/// <summary>Lets the worker program count finished steps (to stop after a few, see Program.cs).</summary>
public static class StepEvents
{
    private static int s_completed;

    public static Action<int>? OnCompleted { get; set; }

    public static void Completed(string step) => OnCompleted?.Invoke(Interlocked.Increment(ref s_completed));
}
