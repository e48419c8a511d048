using ScottPlot;
using ScottPlot.TickGenerators;

namespace Flowmetal.Benchmarks.Reporting;

/// <summary>Draws a <see cref="LogLogChart"/> with ScottPlot (which plots linear axes: it gets log10 values and log-labelled ticks).</summary>
internal static class ChartRenderer
{
    public static void Save(LogLogChart chart, string path)
    {
        var plot = new Plot();
        plot.Title(chart.Title);
        plot.XLabel(chart.XLabel);
        plot.YLabel(chart.YLabel);
        foreach (var (name, points) in chart.Series)
        {
            var usable = points.Where(p => p.X > 0 && p.Y > 0).OrderBy(p => p.X).ToArray();
            if (usable.Length == 0)
            {
                continue;
            }

            var scatter = plot.Add.Scatter(usable.Select(p => Math.Log10(p.X)).ToArray(), usable.Select(p => Math.Log10(p.Y)).ToArray());
            scatter.LegendText = name;
            scatter.LineWidth = 2;
            scatter.MarkerSize = 7;
        }

        if (chart.Notes.Count > 0)
        {
            var note = plot.Add.Annotation(string.Join("\n", chart.Notes), Alignment.LowerRight);
            note.LabelFontSize = 12;
            note.LabelBackgroundColor = Colors.White;
            note.LabelBorderColor = Colors.Gray;
            note.LabelShadowColor = Colors.Transparent;
        }

        plot.Axes.Bottom.TickGenerator = LogTicks();
        plot.Axes.Left.TickGenerator = LogTicks();
        plot.Grid.MajorLineColor = Colors.Black.WithOpacity(0.15);
        plot.ShowLegend(Alignment.UpperLeft);
        plot.SavePng(path, 900, 600);
    }

    private static NumericAutomatic LogTicks() => new()
    {
        MinorTickGenerator = new LogMinorTickGenerator(),
        IntegerTicksOnly = true,
        LabelFormatter = value => Label(Math.Pow(10, value)),
    };

    private static string Label(double value) => value switch
    {
        >= 1 => value.ToString("#,0", System.Globalization.CultureInfo.InvariantCulture),
        _ => value.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture),
    };
}
