using Flowmetal.Fody.Analysis;
using Mono.Cecil;
using Mono.Cecil.Cil;

namespace Flowmetal.Fody.Passes;

/// <summary>
/// Marks every method of the module whose address the module's code takes (<c>ldftn</c>,
/// <c>ldvirtftn</c>: lambdas, local functions, method groups) with <c>DelegateTargetAttribute</c>.
/// A delegate in a stored flow may only call a marked method of a woven assembly, so someone who
/// can write to the store cannot make a flow call any other method of it. Runs after the
/// rewriting passes, so delegates the weaver itself creates are marked too.
/// </summary>
internal sealed class MarkDelegateTargetsPass : IWeavingPass
{
    public void Run(WeavingContext context)
    {
        if (context.Suspendable.Count == 0)
        {
            return;
        }

        var marked = new HashSet<MethodDefinition>();
        foreach (var type in context.Module.GetTypes())
        {
            foreach (var method in type.Methods)
            {
                if (!method.HasBody)
                {
                    continue;
                }

                foreach (var instruction in method.Body.Instructions)
                {
                    if ((instruction.OpCode.Code == Code.Ldftn || instruction.OpCode.Code == Code.Ldvirtftn) &&
                        instruction.Operand is MethodReference target && target.TryResolve() is { } definition &&
                        definition.Module == context.Module && marked.Add(definition))
                    {
                        definition.CustomAttributes.Add(new CustomAttribute(context.Runtime.DelegateTargetAttributeConstructor));
                    }
                }
            }
        }
    }
}
