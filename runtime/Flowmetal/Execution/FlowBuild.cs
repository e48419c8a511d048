using System.Runtime.CompilerServices;
using System.Globalization;
using System.Reflection;

namespace Flowmetal.Execution;

/// <summary>
/// Names a build of the assemblies a continuation's frames come from, as <c>Shop.Orders 1.2.0.0 (4d1c2a9e)</c>: the
/// assembly's name and version, and the start of its module version id, which the compiler derives from the
/// content (deterministic builds), so two builds of the same code share it and any change gives another. Several
/// assemblies are joined with <c>"; "</c>.
/// </summary>
internal static class FlowBuild
{
    // Weakly keyed: an assembly of a collectible load context can still be unloaded.
    private static readonly ConditionalWeakTable<Assembly, string> Names = new();

    public static string Of(Assembly assembly) => Names.GetValue(assembly, static a =>
    {
        var name = a.GetName();
        var mvid = a.ManifestModule.ModuleVersionId.ToString("N", CultureInfo.InvariantCulture).Substring(0, 8);
        return $"{name.Name} {name.Version} ({mvid})";
    });

    /// <summary>The build of the frames' assemblies, in the order first met (computed on every save: no allocation when one assembly holds them all).</summary>
    public static string Of(IReadOnlyList<Frame> frames)
    {
        if (frames.Count == 0)
        {
            return string.Empty;
        }

        var first = frames[0].GetType().Assembly;
        for (int i = 1; i < frames.Count; i++)
        {
            if (frames[i].GetType().Assembly != first)
            {
                return string.Join("; ", frames.Select(f => f.GetType().Assembly).Distinct().Select(Of));
            }
        }

        return Of(first);
    }
}
