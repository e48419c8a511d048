using System.Globalization;
using System.Text;

namespace Flowmetal.Fody.Diagnostics;

/// <summary>
/// Writes the diagnostics of a weaving run to a file beside the intermediate assembly, one per
/// line (severity, code, file, line, column, text, tab-separated), for the package's
/// <c>Flowmetal.targets</c> to log with their codes, so that <c>dotnet build</c> prints
/// <c>Locked.cs(9,13): error FL0102: ...</c>: Fody's logging API takes a message and a location but
/// no code. The targets create the file (empty) before compiling, which is how the weaver knows
/// someone will read it.
/// </summary>
internal static class BuildDiagnosticsFile
{
    /// <summary>The file name, beside the intermediate assembly.</summary>
    public const string FileName = "Flowmetal.diagnostics.tsv";

    /// <summary>The file to fill for <paramref name="assemblyFilePath"/>, or null when no build will read it.</summary>
    public static string? Find(string? assemblyFilePath)
    {
        if (string.IsNullOrEmpty(assemblyFilePath))
        {
            return null;
        }

        var path = Path.Combine(Path.GetDirectoryName(assemblyFilePath)!, FileName);
        return File.Exists(path) ? path : null;
    }

    /// <summary>
    /// Writes the file. Diagnostics without a source location (the configuration's) point into
    /// <paramref name="weaversXmlPath"/>, at the text they quote when it can be found there.
    /// </summary>
    public static void Write(string path, IReadOnlyList<Diagnostic> diagnostics, string? weaversXmlPath)
    {
        var configText = weaversXmlPath is not null && File.Exists(weaversXmlPath) ? File.ReadAllText(weaversXmlPath) : null;
        var text = new StringBuilder();
        foreach (var diagnostic in diagnostics)
        {
            string file = string.Empty;
            int line = 0;
            int column = 0;
            var location = diagnostic.Location;
            if (location is not null && !location.IsHidden)
            {
                (file, line, column) = (location.Document.Url, location.StartLine, location.StartColumn);
            }
            else if (configText is not null)
            {
                file = weaversXmlPath!;
                (line, column) = FindQuotedText(configText, diagnostic.Arguments);
            }

            text.Append(diagnostic.Severity == DiagnosticSeverity.Error ? "error" : "warning").Append('\t')
                .Append(diagnostic.Descriptor.Id).Append('\t')
                .Append(OneLine(file)).Append('\t')
                .Append(line.ToString(CultureInfo.InvariantCulture)).Append('\t')
                .Append(column.ToString(CultureInfo.InvariantCulture)).Append('\t')
                .Append(OneLine(diagnostic.Message() + ": " + diagnostic.Help())).Append('\n');
        }

        File.WriteAllText(path, text.ToString(), new UTF8Encoding(false));
    }

    private static string OneLine(string value) => value.Replace('\t', ' ').Replace('\r', ' ').Replace('\n', ' ');

    /// <summary>
    /// The line and column of the longest argument quoted in the configuration file (the pattern
    /// or rule at fault, not a word such as <c>Include</c>), else of the <c>&lt;Flowmetal</c>
    /// element, else the first line.
    /// </summary>
    private static (int Line, int Column) FindQuotedText(string configText, object[] arguments)
    {
        var quoted = arguments.OfType<string>()
            .OrderByDescending(text => text.Length)
            .Select(text => configText.IndexOf(text, StringComparison.Ordinal))
            .FirstOrDefault(index => index >= 0);
        if (quoted > 0)
        {
            return LineAndColumn(configText, quoted);
        }

        int element = configText.IndexOf("<Flowmetal", StringComparison.Ordinal);
        return element >= 0 ? LineAndColumn(configText, element) : (1, 1);
    }

    private static (int Line, int Column) LineAndColumn(string text, int index)
    {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < index; i++)
        {
            if (text[i] == '\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        return (line, index - lineStart + 1);
    }
}
