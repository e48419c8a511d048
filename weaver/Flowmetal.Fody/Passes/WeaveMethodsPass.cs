using Flowmetal.Fody.Analysis;
using Flowmetal.Fody.Diagnostics;
using Flowmetal.Fody.Rewriting;
using Mono.Cecil;
using Mono.Cecil.Cil;
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
        InterpolatedStringLowering.Apply(method, context.Runtime, calls.MaySuspend);
        CollectionExpressionLowering.Apply(method, calls.MaySuspend);
        var plan = new MethodWeavePlanner(context, method, calls.Classify).Plan();
        if (plan is null)
        {
            method.Body.OptimizeMacros();
            return;
        }

        new MethodRewriter(plan, context.Runtime).Rewrite();

        // Never inlined: the runtime's stack check relies on every woven method keeping its own
        // frame, so that a woven frame found away from its suspension points can only mean an
        // unwoven callee the JIT inlined into it. (Woven bodies are past the inlining budget anyway.)
        method.AggressiveInlining = false;
        method.NoInlining = true;

        var marker = new CustomAttribute(context.Runtime.WovenAttributeConstructor);
        marker.ConstructorArguments.Add(new CustomAttributeArgument(context.Runtime.SystemType, plan.Frame.Definition));
        // Which methods the suspension points may call: a woven frame found on the stack calling
        // anything else was calling through a frame that is not woven (one the JIT inlined into it).
        marker.ConstructorArguments.Add(StringArray(context, calls, plan.Points.Select(p => p.Call)));
        if (context.SurelySuspending.Contains(method))
        {
            marker.Properties.Add(new CustomAttributeNamedArgument(
                RuntimeReferences.SurelySuspendsProperty, new CustomAttributeArgument(context.Module.TypeSystem.Boolean, true)));
        }

        var inFilters = plan.PlainCalls.Where(p => p.InFilter).Select(p => p.Call).ToList();
        if (inFilters.Count > 0)
        {
            marker.Properties.Add(new CustomAttributeNamedArgument(RuntimeReferences.UnsuspendableCalleesProperty, StringArray(context, calls, inFilters)));
        }

        method.CustomAttributes.Add(marker);
    }

    /// <summary>The names the stack check knows calls by: the callee's, or <c>"*"</c> for a delegate (any target).</summary>
    private static CustomAttributeArgument StringArray(WeavingContext context, SuspensionCalls calls, IEnumerable<Instruction> instructions)
    {
        var names = instructions
            .Select(c => (MethodReference)c.Operand)
            .Select(m => calls.Resolve(m) is { } definition && SuspensionCalls.IsDelegateInvoke(definition) ? "*" : m.Name)
            .Distinct(StringComparer.Ordinal)
            .OrderBy(n => n, StringComparer.Ordinal)
            .Select(n => new CustomAttributeArgument(context.Module.TypeSystem.String, n))
            .ToArray();
        return new CustomAttributeArgument(new ArrayType(context.Module.TypeSystem.String), names);
    }
}
