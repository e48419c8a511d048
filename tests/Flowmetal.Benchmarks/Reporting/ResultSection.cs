namespace Flowmetal.Benchmarks.Reporting;

/// <summary>
/// One benchmark's part of the results file: a heading, how the measured things were set up (so
/// a reader can judge fairness), a table of numbers, and the findings read off it (ratios, goals
/// met or not).
/// </summary>
internal sealed class ResultSection
{
    public ResultSection(string title, params string[] headers)
    {
        Title = title;
        Headers = headers;
    }

    public string Title { get; }

    public IReadOnlyList<string> Headers { get; }

    /// <summary>Markdown paragraphs describing the setup of each measured thing.</summary>
    public List<string> Setup { get; } = new();

    public List<string[]> Rows { get; } = new();

    /// <summary>A chart drawn beside the results file, if the section has one.</summary>
    public LogLogChart? Chart { get; set; }

    /// <summary>One line each: a ratio or a goal and whether it was met.</summary>
    public List<string> Findings { get; } = new();

    public void AddRow(params string[] cells)
    {
        if (cells.Length != Headers.Count)
        {
            throw new ArgumentException($"{Title}: a row has {cells.Length} cells, the table has {Headers.Count} columns");
        }

        Rows.Add(cells);
    }
}
