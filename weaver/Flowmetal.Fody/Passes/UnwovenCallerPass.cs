using Flowmetal.Fody.Analysis;
using Flowmetal.Fody.Diagnostics;
using Mono.Cecil;
using Mono.Cecil.Cil;

namespace Flowmetal.Fody.Passes;

/// <summary>
/// Warns about methods left out of the selection that call a surely suspending method of this
/// module: a suspension through such a frame cannot be captured, and fails the flow at run time.
/// (Calling a method that suspends only through a callback it is given is no reason to warn.)
/// </summary>
internal sealed class UnwovenCallerPass : IWeavingPass
{
    public void Run(WeavingContext context)
    {
        foreach (var method in context.Module.GetTypes().SelectMany(t => t.Methods))
        {
            if (!method.HasBody || context.Selected.Contains(method))
            {
                continue;
            }

            foreach (var instruction in method.Body.Instructions)
            {
                if (instruction.Operand is not MethodReference callee || instruction.OpCode.Code is not (Code.Call or Code.Callvirt or Code.Newobj))
                {
                    continue;
                }

                if (callee.TryResolve() is not { } target)
                {
                    continue;
                }

                if (!context.SurelySuspending.Contains(target))
                {
                    continue;
                }

                var location = SourceLocation.Of(method, instruction);
                var caller = UserCode.Of(method);
                context.Diagnostics.Report(
                    DiagnosticCatalogue.UnwovenCaller,
                    location,
                    caller.Describe(UserCode.StateMachineKind(method.DeclaringType)),
                    UserCode.Of(target).Name,
                    caller.Pattern);
                break;
            }
        }
    }
}
