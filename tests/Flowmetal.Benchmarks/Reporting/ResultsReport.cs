using System.Text;

namespace Flowmetal.Benchmarks.Reporting;

/// <summary>The sections of one run, in the order the benchmarks produced them.</summary>
internal sealed class ResultsReport
{
    public List<ResultSection> Sections { get; } = new();

    public void Add(ResultSection section)
    {
        Sections.Add(section);
        Console.WriteLine(Render(section));
    }

    public string ToMarkdown()
    {
        var text = new StringBuilder();
        foreach (var section in Sections)
        {
            text.AppendLine(Render(section));
        }

        return text.ToString();
    }

    private static string Render(ResultSection section)
    {
        var text = new StringBuilder();
        text.AppendLine($"## {section.Title}").AppendLine();
        foreach (var paragraph in section.Setup)
        {
            text.AppendLine(paragraph).AppendLine();
        }

        if (section.Rows.Count > 0)
        {
            text.AppendLine("| " + string.Join(" | ", section.Headers) + " |");
            text.AppendLine("|" + string.Concat(section.Headers.Select(_ => "---|")));
            foreach (var row in section.Rows)
            {
                text.AppendLine("| " + string.Join(" | ", row) + " |");
            }

            text.AppendLine();
        }

        foreach (var finding in section.Findings)
        {
            text.AppendLine("- " + finding);
        }

        if (section.Chart is not null)
        {
            text.AppendLine().AppendLine($"![{section.Chart.Title}]({section.Chart.FileName})");
        }

        return text.ToString();
    }
}
