using Mono.Cecil;

namespace Flowmetal.Fody.Passes;

/// <summary>Stamps the assembly as woven, so a second weaving is detected and skipped.</summary>
internal sealed class StampAssemblyPass : IWeavingPass
{
    public void Run(WeavingContext context)
    {
        if (context.Suspendable.Count == 0)
        {
            return;
        }

        var version = typeof(StampAssemblyPass).Assembly.GetName().Version?.ToString() ?? "0.0.0.0";
        var stamp = new CustomAttribute(context.Runtime.WovenAssemblyAttributeConstructor);
        stamp.ConstructorArguments.Add(new CustomAttributeArgument(context.Module.TypeSystem.String, version));
        context.Module.Assembly.CustomAttributes.Add(stamp);
    }
}
