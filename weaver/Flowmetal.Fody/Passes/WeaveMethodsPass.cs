using Flowmetal.Fody.Analysis;
using Flowmetal.Fody.Rewriting;
using Mono.Cecil;
using Mono.Cecil.Rocks;

namespace Flowmetal.Fody.Passes;

/// <summary>Plans and rewrites every suspendable method, and marks it for the runtime's stack checks.</summary>
internal sealed class WeaveMethodsPass : IWeavingPass
{
    public void Run(WeavingContext context)
    {
        var calls = new SuspensionCalls(context);
        foreach (var method in context.Suspendable.OrderBy(m => m.FullName, StringComparer.Ordinal).ToList())
        {
            int originalSize = method.Body.CodeSize;
            var plan = new MethodWeavePlanner(context, method, calls.MaySuspend).Plan();
            if (plan is null)
            {
                method.Body.OptimizeMacros();
                continue;
            }

            new MethodRewriter(plan, context.Runtime).Rewrite();
            if (originalSize <= 64 && method.Body.ExceptionHandlers.Count == 0 && !method.NoInlining)
            {
                method.AggressiveInlining = true;
            }

            var marker = new CustomAttribute(context.Runtime.WovenAttributeConstructor);
            marker.ConstructorArguments.Add(new CustomAttributeArgument(context.Runtime.SystemType, plan.Frame.Definition));
            method.CustomAttributes.Add(marker);
        }
    }
}
