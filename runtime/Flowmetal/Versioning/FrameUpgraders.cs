using System.Reflection;
using System.Runtime.CompilerServices;
using Flowmetal.Execution;

namespace Flowmetal.Versioning;

/// <summary>
/// The <see cref="FlowUpgraderAttribute">flow upgraders</see> of an assembly, found once per assembly (only when a
/// frame of a changed method is loaded, so a flow that never meets one never pays for the scan).
/// </summary>
internal static class FrameUpgraders
{
    private static readonly ConditionalWeakTable<Assembly, List<(FlowUpgraderAttribute Attribute, MethodInfo Method)>> Cache = new();

    /// <summary>
    /// The upgrader for frames of <paramref name="methodId"/> stored with <paramref name="storedHash"/> by
    /// <paramref name="storedBuild"/>: an exact hash wins over <c>"*"</c> with a matching <see cref="FlowUpgraderAttribute.FromBuild"/>,
    /// which wins over a plain <c>"*"</c>.
    /// </summary>
    public static MethodInfo? Find(Assembly assembly, string methodId, string storedHash, string? storedBuild)
    {
        var all = Cache.GetValue(assembly, Scan);
        var matches = all.Where(u => u.Attribute.Method == methodId).ToList();
        var exact = matches.Where(u => u.Attribute.FromBodyHash == storedHash).ToList();
        var any = matches.Where(u => u.Attribute.FromBodyHash == "*").ToList();
        var byBuild = any.Where(u => u.Attribute.FromBuild is { } prefix && storedBuild is not null && storedBuild.StartsWith(prefix, StringComparison.Ordinal)).ToList();
        var chosen = exact.Count > 0 ? exact : byBuild.Count > 0 ? byBuild : any.Where(u => u.Attribute.FromBuild is null).ToList();
        if (chosen.Count > 1)
        {
            throw new FlowResumeException(
                $"More than one flow upgrader takes frames of {methodId} stored with body hash {storedHash}: " +
                $"{string.Join(", ", chosen.Select(u => Describe(u.Method)))}. Keep one.");
        }

        return chosen.Count == 1 ? chosen[0].Method : null;
    }

    public static string Describe(MethodInfo method) => $"{method.DeclaringType?.FullName}.{method.Name}";

    private static List<(FlowUpgraderAttribute, MethodInfo)> Scan(Assembly assembly)
    {
        Type?[] types;
        try
        {
            types = assembly.GetTypes();
        }
        catch (ReflectionTypeLoadException partial)
        {
            types = partial.Types;
        }

        var found = new List<(FlowUpgraderAttribute, MethodInfo)>();
        foreach (var type in types)
        {
            if (type is null)
            {
                continue;
            }

            foreach (var method in type.GetMethods(BindingFlags.Static | BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            {
                foreach (var attribute in method.GetCustomAttributes<FlowUpgraderAttribute>())
                {
                    if (!method.IsStatic || method.ReturnType != typeof(FrameResume) || method.IsGenericMethodDefinition)
                    {
                        throw new FlowResumeException(
                            $"The flow upgrader {Describe(method)} must be a static, non-generic method returning FrameResume, taking " +
                            "the stored frame (a StoredFrame parameter) and/or stored values by name ('int total' receives the local 'total').");
                    }

                    found.Add((attribute, method));
                }
            }
        }

        return found;
    }
}
