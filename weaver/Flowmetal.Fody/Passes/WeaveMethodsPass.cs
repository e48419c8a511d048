using Flowmetal.Fody.Analysis;
using Flowmetal.Fody.Diagnostics;
using Flowmetal.Fody.Rewriting;
using Mono.Cecil;
using Mono.Cecil.Cil;
using Mono.Cecil.Rocks;

namespace Flowmetal.Fody.Passes;

/// <summary>Plans and rewrites every suspendable method (<see cref="MarkWovenMethodsPass"/> then marks them).</summary>
internal sealed class WeaveMethodsPass : IWeavingPass
{
    public void Run(WeavingContext context)
    {
        var calls = new SuspensionCalls(context);
        foreach (var method in context.Suspendable.OrderBy(m => m.FullName, StringComparer.Ordinal).ToList())
        {
            try
            {
                Weave(context, calls, method);
            }
            catch (Exception error) when (error is not OutOfMemoryException)
            {
                context.Diagnostics.Report(DiagnosticCatalogue.Unsupported, SourceLocation.Of(method), MethodIdentity.Id(method),
                    "the weaver failed on it (" + error.GetType().Name + ": " + error.Message + "); please report this with the method's source");
            }
        }
    }

    private static void Weave(WeavingContext context, SuspensionCalls calls, MethodDefinition method)
    {
        var original = new OriginalShape(method.Body.CodeSize, method.Body.HasExceptionHandlers);
        InterpolatedStringLowering.Apply(method, context.Runtime, calls.MaySuspend);
        CollectionExpressionLowering.Apply(method, calls.MaySuspend);
        // Analysis reads long forms only (ldloc, not ldloc.0); put back as compact as it was when nothing is woven.
        method.Body.SimplifyMacros();
        var plan = new MethodWeavePlanner(context, method, calls.Classify).Plan();
        if (plan is null)
        {
            method.Body.OptimizeMacros();
            return;
        }

        var frameType = new MethodRewriter(plan, context.Runtime).Rewrite();
        context.Woven.Add(method, new WovenMethod(plan, frameType, original));
    }
}
