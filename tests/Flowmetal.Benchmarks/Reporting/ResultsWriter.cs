using System.Text;

namespace Flowmetal.Benchmarks.Reporting;

/// <summary>Writes a run's report as results.md, with its charts beside it.</summary>
internal static class ResultsWriter
{
    public static void Write(ResultsReport report, string directory, string command, TimeSpan duration)
    {
        Directory.CreateDirectory(directory);
        var text = new StringBuilder();
        text.AppendLine("# Flowmetal benchmark results").AppendLine();
        text.AppendLine($"Run on {DateTimeOffset.UtcNow:yyyy-MM-dd HH:mm} UTC with `{command}`, in {duration.TotalMinutes:0.0} minutes.").AppendLine();
        text.AppendLine("Machine:").AppendLine();
        foreach (var line in MachineDescription.Read())
        {
            text.AppendLine("- " + line);
        }

        text.AppendLine();
        text.AppendLine("Absolute times on a shared machine are noise; compare the ratios, which were measured in the same run.").AppendLine();
        text.Append(report.ToMarkdown());
        File.WriteAllText(Path.Combine(directory, "results.md"), text.ToString());

        foreach (var chart in report.Sections.Select(s => s.Chart).OfType<LogLogChart>())
        {
            ChartRenderer.Save(chart, Path.Combine(directory, chart.FileName));
        }
    }
}
