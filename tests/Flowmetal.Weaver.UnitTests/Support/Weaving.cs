using System.Reflection;
using System.Runtime.CompilerServices;
using System.Xml.Linq;
using Flowmetal.Fody;
using Fody;
using WeaveResult = Fody.TestResult;

namespace Flowmetal.Weaver.UnitTests.Support;

/// <summary>Runs the weaver in-process over the refusals fixture, as Fody would at build time.</summary>
internal static class Weaving
{
    private static int s_runs;

    public static string FixturePath => Path.Combine(AppContext.BaseDirectory, "Flowmetal.Fixtures.Refusals.dll");

    /// <summary>The same fixture compiled with optimizations (the weaver inlines tiny helpers there).</summary>
    public static string ReleaseFixturePath => Path.Combine(AppContext.BaseDirectory, "Flowmetal.Fixtures.Refusals.Release.dll");

    /// <summary>Weaves <paramref name="assemblyPath"/> (the fixture by default) with <c>&lt;Flowmetal&gt;{config}&lt;/Flowmetal&gt;</c>.</summary>
    public static WeaveResult Weave(string config, string? assemblyPath = null) =>
        WeaveWith(XElement.Parse("<Flowmetal>" + config + "</Flowmetal>"), assemblyPath);

    public static WeaveResult WeaveWith(XElement config, string? assemblyPath = null)
    {
        int run = Interlocked.Increment(ref s_runs);
        var weaver = new ModuleWeaver { Config = config };

        // A unique assembly and folder per run: runs are loaded side by side and may happen in parallel.
        return weaver.ExecuteTestRun(
            assemblyPath ?? FixturePath,
            runPeVerify: false,
            assemblyName: "Refusals" + run.ToString(System.Globalization.CultureInfo.InvariantCulture),
            writeSymbols: true,
            folderName: "run" + run.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>The woven methods of an assembly, as "Type::Method/arity".</summary>
    public static SortedSet<string> WovenMethods(Assembly assembly, string namespacePrefix)
    {
        var woven = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var type in assembly.GetTypes().Where(t => (t.FullName ?? string.Empty).StartsWith(namespacePrefix, StringComparison.Ordinal)))
        {
            var members = type.GetMethods(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.Instance | BindingFlags.DeclaredOnly)
                .Cast<MethodBase>()
                .Concat(type.GetConstructors(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.Instance));
            foreach (var method in members)
            {
                if (method.CustomAttributes.Any(a => a.AttributeType.FullName == "Flowmetal.Execution.WovenAttribute"))
                {
                    woven.Add(type.FullName!.Substring(namespacePrefix.Length) + "::" + method.Name + "/" + method.GetParameters().Length);
                }
            }
        }

        return woven;
    }

    /// <summary>Everything the run reported, for assertion messages.</summary>
    public static string Describe(WeaveResult result) =>
        string.Join("\n", result.Errors.Select(e => "error: " + e.Text).Concat(result.Warnings.Select(w => "warning: " + w.Text)));
}

/// <summary>Finds lines of the fixture sources by the marker comments they carry.</summary>
internal static class FixtureSource
{
    public static int LineOf(string relativePath, string marker)
    {
        var root = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(ThisFile())!, "..", "..", "Flowmetal.Fixtures.Refusals"));
        var lines = File.ReadAllLines(Path.Combine(root, relativePath));
        var hits = Enumerable.Range(0, lines.Length).Where(i => lines[i].TrimEnd().EndsWith("// " + marker, StringComparison.Ordinal)).ToList();
        Assert.AreEqual(1, hits.Count, $"marker '{marker}' must appear once in {relativePath}");
        return hits[0] + 1;
    }

    private static string ThisFile([CallerFilePath] string path = "") => path;
}
