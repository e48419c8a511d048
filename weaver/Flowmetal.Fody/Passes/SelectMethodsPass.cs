using Flowmetal.Fody.Diagnostics;
using Mono.Cecil;

namespace Flowmetal.Fody.Passes;

/// <summary>Applies the include and exclude patterns; warns about patterns that select nothing.</summary>
internal sealed class SelectMethodsPass : IWeavingPass
{
    public void Run(WeavingContext context)
    {
        var methods = context.Module.GetTypes().SelectMany(t => t.Methods).ToList();
        foreach (var pattern in context.Config.Includes.Concat(context.Config.Excludes))
        {
            if (!methods.Any(pattern.Matches))
            {
                context.Diagnostics.Report(DiagnosticCatalogue.PatternMatchesNothing, null, pattern.Element, pattern.Text, context.Module.Assembly.Name.Name);
            }
        }

        foreach (var method in methods)
        {
            if (method.HasBody && context.Config.Selects(method))
            {
                context.Selected.Add(method);
            }
        }

        if (context.Selected.Count == 0)
        {
            context.Stopped = true;
        }
    }
}
