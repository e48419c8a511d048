using Flowmetal.Execution;
using Flowmetal.Fody.Diagnostics;
using Flowmetal.Fody.Rewriting;
using Mono.Cecil;

namespace Flowmetal.Fody.Passes;

/// <summary>
/// Checks the <c>[FlowUpgrader]</c> methods of the selected code at build time: one the runtime could not call, or one for a
/// method that is not woven here (a typo in the method's name), would otherwise only show when a flow needs it, days
/// after the deployment. Runs after weaving, when the woven methods and their identities are known.
/// </summary>
internal sealed class CheckUpgradersPass : IWeavingPass
{
    public void Run(WeavingContext context)
    {
        var woven = new HashSet<string>(context.Woven.Keys.Select(MethodIdentity.Id), StringComparer.Ordinal);
        // The upgraders of the code FodyWeavers.xml selects (they live beside the flows they upgrade).
        foreach (var method in context.Selected.OrderBy(m => m.FullName, StringComparer.Ordinal))
        {
            foreach (var attribute in method.CustomAttributes.Where(a => a.AttributeType.FullName == WovenContract.Upgraders.Attribute))
            {
                Check(context, method, attribute, woven);
            }
        }
    }

    private static void Check(WeavingContext context, MethodDefinition method, CustomAttribute attribute, HashSet<string> woven)
    {
        var name = method.DeclaringType.FullName + "." + method.Name;
        var location = method.HasBody ? SourceLocation.Of(method) : null;
        string? problem = !method.IsStatic ? "is not static"
            : method.HasGenericParameters ? "is generic"
            : method.ReturnType.FullName != WovenContract.Upgraders.Result ? $"returns {method.ReturnType.FullName}, not FrameResume"
            : method.Parameters.FirstOrDefault(p => p.ParameterType.IsByReference) is { } byRef ? $"takes '{byRef.Name}' by reference"
            : null;
        if (problem is not null)
        {
            context.Diagnostics.Report(DiagnosticCatalogue.MalformedUpgrader, location, name, problem);
        }

        var target = attribute.ConstructorArguments.Count > 0 ? attribute.ConstructorArguments[0].Value as string : null;
        if (target is not null && !woven.Contains(target))
        {
            var sameName = woven.Where(id => id.StartsWith(target.Split('(')[0] + "(", StringComparison.Ordinal)).ToList();
            context.Diagnostics.Report(
                DiagnosticCatalogue.UpgraderForNoWovenMethod, location, name, target,
                sameName.Count > 0 ? $" (woven here: {string.Join(", ", sameName)})" : string.Empty);
        }
    }
}
