using System.Collections.Concurrent;
using System.Globalization;
using System.Reflection;

namespace Flowmetal.Execution;

/// <summary>
/// Names a build of the assemblies a continuation's frames come from, as <c>Shop.Orders 1.2.0.0 (4d1c2a9e)</c>: the
/// assembly's name and version, and the start of its module version id, which the compiler derives from the
/// content (deterministic builds), so two builds of the same code share it and any change gives another. Several
/// assemblies are joined with <c>"; "</c>. A worker has a build when each of its assemblies loads here with that id.
/// </summary>
internal static class FlowBuild
{
    private static readonly ConcurrentDictionary<Assembly, string> Names = new();

    public static string Of(Assembly assembly) => Names.GetOrAdd(assembly, static a =>
    {
        var name = a.GetName();
        var mvid = a.ManifestModule.ModuleVersionId.ToString("N", CultureInfo.InvariantCulture).Substring(0, 8);
        return $"{name.Name} {name.Version} ({mvid})";
    });

    /// <summary>The build of the frames' assemblies, in the order first met.</summary>
    public static string Of(IEnumerable<Frame> frames) =>
        string.Join("; ", frames.Select(f => f.GetType().Assembly).Distinct().Select(Of));

    /// <summary>Whether this process runs <paramref name="build"/>: every assembly it names loads here with the same id.</summary>
    public static bool IsRunning(string build)
    {
        foreach (var part in build.Split("; ", StringSplitOptions.RemoveEmptyEntries))
        {
            int space = part.IndexOf(' ', StringComparison.Ordinal);
            if (space <= 0)
            {
                return false;
            }

            var simpleName = part.Substring(0, space);
            var loaded = AppDomain.CurrentDomain.GetAssemblies().FirstOrDefault(a => a.GetName().Name == simpleName);
            if (loaded is null)
            {
                try
                {
                    loaded = Assembly.Load(new AssemblyName(simpleName));
                }
                catch (Exception error) when (error is FileNotFoundException or FileLoadException or BadImageFormatException)
                {
                    return false;
                }
            }

            if (Of(loaded) != part)
            {
                return false;
            }
        }

        return true;
    }
}
