using Flowmetal.Fody.Diagnostics;
using Mono.Cecil;

namespace Flowmetal.Fody.Passes;

/// <summary>Applies the include and exclude patterns; warns about patterns that select nothing.</summary>
internal sealed class SelectMethodsPass : IWeavingPass
{
    public void Run(WeavingContext context)
    {
        var types = context.Module.GetTypes().ToList();
        var methods = types.SelectMany(t => t.Methods).ToList();
        foreach (var pattern in context.Config.Includes.Concat(context.Config.Excludes))
        {
            if (!methods.Any(pattern.Matches) && !types.Any(pattern.MatchesType))
            {
                context.Diagnostics.Report(DiagnosticCatalogue.PatternMatchesNothing, null, pattern.Element, pattern.Text, context.Module.Assembly.Name.Name);
            }
        }

        foreach (var method in methods)
        {
            if (!context.Config.Selects(method))
            {
                continue;
            }

            if (method.HasBody)
            {
                context.Selected.Add(method);
            }
            else if (method.IsAbstract)
            {
                // An abstract or interface method in the selection declares that its implementations
                // (possibly in other assemblies) may suspend: calls through it become suspension points.
                context.SuspendableSlots.Add(WeavingContext.SlotKey(method));
            }
        }

        if (context.Selected.Count == 0)
        {
            context.Stopped = true;
        }
    }
}
