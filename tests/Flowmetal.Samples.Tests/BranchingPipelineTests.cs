using System.Text.RegularExpressions;
using Flowmetal.Runtime.Tests.Infrastructure;

namespace Flowmetal.Samples.Tests;

/// <summary>samples/BranchingPipeline: both branches in memory; one flow's steps spread over two worker processes on Redis.</summary>
[TestClass]
public sealed class BranchingPipelineTests
{
    [TestMethod]
    public void InMemoryTheHealthyExtractIsSavedAndTheDamagedOneAlerts()
    {
        var output = SampleProgram.Run("BranchingPipeline");

        StringAssert.Matches(output, new Regex(@"sales-2026-11\.csv: healthy - .*saved 12 rows"));
        StringAssert.Matches(output, new Regex(@"sales-2026-10-damaged\.csv: DAMAGED - .*2 of 12 rows do not parse"));
        var healthy = Trace(output, "sales-2026-11.csv");
        var damaged = Trace(output, "sales-2026-10-damaged.csv");
        CollectionAssert.AreEqual(new[] { "ingest", "analyse", "check integrity", "save", "report" }, healthy.Select(s => s.Step).ToArray());
        CollectionAssert.AreEqual(new[] { "ingest", "analyse", "check integrity", "describe integrity", "alert", "report" }, damaged.Select(s => s.Step).ToArray());
        StringAssert.Matches(output, new Regex(@"summary: 2 datasets, 1 saved, 1 alerted; steps ran in pid \d+\r?\n?$"));
    }

    [TestMethod]
    public void OnRedisAWorkerThatStopsAfterTwoStepsLeavesTheRestToAnother()
    {
        var redis = $"--redis {RedisServer.Endpoint} --prefix {RedisServer.UniquePrefix("pipeline")}";
        using var start = SampleProgram.Start("BranchingPipeline", $"{redis} start sales-2026-12.csv");
        start.WaitForOutput("started", TimeSpan.FromSeconds(30));

        var first = SampleProgram.Run("BranchingPipeline", $"{redis} worker --exit-after 2");
        StringAssert.Contains(first, "ingest sales-2026-12.csv");
        using var second = SampleProgram.Start("BranchingPipeline", $"{redis} worker");
        var output = start.WaitForExit(TimeSpan.FromSeconds(60));

        var trace = Trace(output, "sales-2026-12.csv");
        CollectionAssert.AreEqual(new[] { "ingest", "analyse", "check integrity", "save", "report" }, trace.Select(s => s.Step).ToArray());
        StringAssert.Contains(first, "stopped");

        // The first worker ran the first two steps and handed the flow over at the checkpoint after them.
        string firstPid = Regex.Match(first, @"worker pid (\d+)").Groups[1].Value;
        string secondPid = Regex.Match(second.Output, @"worker pid (\d+)").Groups[1].Value;
        CollectionAssert.AreEqual(new[] { firstPid, firstPid }, trace.Take(2).Select(s => s.Pid).ToArray(), output);
        Assert.AreEqual(secondPid, trace[^1].Pid, "the second worker finished the flow:\n" + output);
        Assert.AreNotEqual(firstPid, secondPid);
        StringAssert.Contains(output, $"steps ran in pid {string.Join(", ", new[] { int.Parse(firstPid), int.Parse(secondPid) }.Order())}");
    }

    /// <summary>The "step (pid N)" lines printed under a dataset's result.</summary>
    private static List<(string Step, string Pid)> Trace(string output, string dataset)
    {
        var lines = output.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        int header = lines.FindIndex(l => l.StartsWith(dataset + ": ", StringComparison.Ordinal));
        Assert.IsTrue(header >= 0, $"no result for {dataset}:\n{output}");
        return lines.Skip(header + 1)
            .Select(l => Regex.Match(l, @"^    (.+) \(pid (\d+)\)$"))
            .TakeWhile(m => m.Success)
            .Select(m => (m.Groups[1].Value, m.Groups[2].Value))
            .ToList();
    }
}
