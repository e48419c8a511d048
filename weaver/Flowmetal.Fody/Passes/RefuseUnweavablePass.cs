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

            var callee = ((MethodReference)call.Operand).FullName;
            var location = SourceLocation.Of(method, call);
            if (method.IsConstructor)
            {
                context.Diagnostics.Report(DiagnosticCatalogue.SuspensionInConstructor, location, MethodIdentity.Id(method), callee);
            }
            else
            {
                context.Diagnostics.Report(DiagnosticCatalogue.SuspensionInStateMachine, location, OwnerName(method), callee);
            }
        }
    }

    private static string OwnerName(MethodDefinition method)
    {
        // <Name>d__3.MoveNext belongs to the user's method Name.
        var type = method.DeclaringType;
        int close = type.Name.IndexOf('>');
        var name = close > 1 ? type.Name.Substring(1, close - 1) : type.Name;
        return (type.DeclaringType?.FullName ?? type.Namespace) + "::" + name;
    }
}
