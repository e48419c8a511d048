namespace Flowmetal.Benchmarks.Reporting;

/// <summary>A chart a section asks for: named series of (x, y) points, drawn log-log into a PNG.</summary>
internal sealed class LogLogChart
{
    public LogLogChart(string fileName, string title, string xLabel, string yLabel)
    {
        FileName = fileName;
        Title = title;
        XLabel = xLabel;
        YLabel = yLabel;
    }

    public string FileName { get; }

    public string Title { get; }

    public string XLabel { get; }

    public string YLabel { get; }

    public Dictionary<string, List<(double X, double Y)>> Series { get; } = new();

    /// <summary>Lines written on the chart: what is not plotted and why (a run that did not finish, say).</summary>
    public List<string> Notes { get; } = new();

    public void Add(string series, double x, double y)
    {
        if (!Series.TryGetValue(series, out var points))
        {
            Series[series] = points = new List<(double X, double Y)>();
        }

        points.Add((x, y));
    }
}
