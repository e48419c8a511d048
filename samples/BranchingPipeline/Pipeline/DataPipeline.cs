using Flowmetal;

namespace BranchingPipeline.Pipeline;

/// <summary>What a run of the pipeline ended with, and which process ran each step.</summary>
public sealed record PipelineResult(string Dataset, bool Healthy, string Report, IReadOnlyList<StepRun> Trace);

/// <summary>One finished step and the process it ran in.</summary>
public sealed record StepRun(string Step, int Pid);

/// <summary>
/// The branching pipeline of Airflow's documentation — ingest, analyse, check integrity, then
/// either save or describe the problem and alert, and report either way — as the function it is.
/// The branch is an <c>if</c>. Each step is followed by a checkpoint, so a worker that dies (or
/// stops) mid-run loses at most the step it was in; another worker goes on from there.
/// </summary>
public static class DataPipeline
{
    public static PipelineResult Run(string dataset)
    {
        var trace = new List<StepRun>();

        var records = Steps.Ingest(dataset);
        Done(trace, "ingest");

        var analysis = Steps.Analyse(dataset, records);
        Done(trace, "analyse");

        bool healthy = Steps.CheckIntegrity(dataset, analysis);
        Done(trace, "check integrity");

        string outcome;
        if (healthy)
        {
            outcome = Steps.Save(dataset, analysis);
            Done(trace, "save");
        }
        else
        {
            outcome = Steps.DescribeIntegrity(dataset, analysis);
            Done(trace, "describe integrity");

            Steps.Alert(dataset, outcome);
            Done(trace, "alert");
        }

        var report = Steps.Report(dataset, analysis, outcome);
        Done(trace, "report");
        return new PipelineResult(dataset, healthy, report, trace);
    }

    // Woven too (it suspends), so the checkpoint one frame down is as durable as one in Run.
    private static void Done(List<StepRun> trace, string step)
    {
        trace.Add(new StepRun(step, Environment.ProcessId));
        Flow.Checkpoint();
    }
}
