using Flowmetal.Execution;
using Flowmetal.Fody.Diagnostics;

namespace Flowmetal.Fody.Passes;

/// <summary>Weaving an assembly twice would weave the woven code: detect the stamp and stop.</summary>
internal sealed class SkipWovenAssemblyPass : IWeavingPass
{
    public void Run(WeavingContext context)
    {
        var stamp = context.Module.Assembly.CustomAttributes
            .FirstOrDefault(a => a.AttributeType.FullName == WovenContract.Types.FullName(WovenContract.Types.WovenAssemblyAttribute));
        if (stamp is null)
        {
            return;
        }

        context.Diagnostics.Report(DiagnosticCatalogue.AlreadyWoven, null, context.Module.Assembly.Name.Name, stamp.ConstructorArguments[0].Value);
        context.Stopped = true;
    }
}
