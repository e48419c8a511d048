using Flowmetal.Fody.Analysis;
using Flowmetal.Fody.Diagnostics;
using Flowmetal.Fody.Rewriting;
using Mono.Cecil;

namespace Flowmetal.Fody.Passes;

/// <summary>
/// Refuses, with the source line, selected constructors, async methods and iterators that call a
/// suspending method directly. Calls through delegates or virtual methods there stay legal: they
/// suspend only if their target does, and the runtime refuses that suspension with the frame named.
/// </summary>
internal sealed class RefuseUnweavablePass : IWeavingPass
{
    public void Run(WeavingContext context)
    {
        var calls = new SuspensionCalls(context);
        foreach (var method in context.Selected.OrderBy(m => m.FullName, StringComparer.Ordinal))
        {
            if (SuspendabilityPass.CanBeWoven(method))
            {
                continue;
            }

            var call = method.Body.Instructions.FirstOrDefault(calls.SurelySuspends);
            if (call is null)
            {
                continue;
            }

            var callee = UserCode.Describe((MethodReference)call.Operand);
            var location = SourceLocation.Of(method, call);
            if (method.IsConstructor)
            {
                context.Diagnostics.Report(DiagnosticCatalogue.SuspensionInConstructor, location, MethodIdentity.Id(method), callee);
            }
            else
            {
                context.Diagnostics.Report(DiagnosticCatalogue.SuspensionInStateMachine, location, UserCode.Of(method).Name, callee);
            }
        }
    }
}
