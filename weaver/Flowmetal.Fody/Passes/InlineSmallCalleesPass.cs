using Flowmetal.Fody.Analysis;
using Flowmetal.Fody.Rewriting;
using Mono.Cecil;
using Mono.Cecil.Cil;

namespace Flowmetal.Fody.Passes;

/// <summary>
/// Inlines tiny suspendable helpers (<c>static void MaybeWait(bool now) { if (now) Flow.Checkpoint(); }</c>)
/// into their woven callers, in optimized builds. A woven method never lets the JIT inline it,
/// because the runtime's unwoven-frame check needs its frame; doing the inlining here instead
/// keeps the fast path of helper-heavy code close to the original, and the inlined suspension
/// points simply belong to the caller's frame. Same type only (the copied body may touch its
/// type's private members), static, non-generic, no handlers, no byref parameters.
/// </summary>
internal sealed class InlineSmallCalleesPass : IWeavingPass
{
    private const int MaxCalleeCodeSize = 32;
    private const int MaxInlinesPerCaller = 24;

    public void Run(WeavingContext context)
    {
        if (DisablesOptimizations(context.Module))
        {
            // Debug builds keep every method as written, for the debugger and stack traces.
            return;
        }

        var candidates = context.Suspendable.Where(IsCandidate).ToDictionary(m => m, m => m.Body.CodeSize);
        foreach (var caller in context.Suspendable.OrderBy(m => m.FullName, StringComparer.Ordinal))
        {
            int inlined = 0;
            bool changed = true;
            while (changed && inlined < MaxInlinesPerCaller)
            {
                changed = false;
                foreach (var instruction in caller.Body.Instructions)
                {
                    if (instruction.OpCode.Code == Code.Call && instruction.Operand is MethodDefinition callee &&
                        callee != caller && callee.DeclaringType == caller.DeclaringType && candidates.ContainsKey(callee) &&
                        !Calls(callee, caller))
                    {
                        var site = context.InlinedCalls.TryGetValue(instruction, out var outer) ? outer : new InlinedCall(instruction, callee);
                        foreach (var copy in CallInliner.Inline(caller, instruction, callee))
                        {
                            context.InlinedCalls[copy] = site;
                        }

                        inlined++;
                        changed = true;
                        break;
                    }
                }
            }
        }
    }

    private static bool IsCandidate(MethodDefinition method) =>
        method.IsStatic && method.HasBody && !method.HasGenericParameters && !method.DeclaringType.HasGenericParameters &&
        !method.NoInlining && method.Body.CodeSize <= MaxCalleeCodeSize && method.Body.ExceptionHandlers.Count == 0 &&
        !method.Parameters.Any(p => p.ParameterType is ByReferenceType || p.ParameterType.IsPinned) &&
        !method.Body.Variables.Any(v => v.VariableType is ByReferenceType || v.IsPinned) &&
        !method.Body.Instructions.Any(i => i.OpCode.Code is Code.Localloc or Code.Jmp or Code.Tail or Code.Arglist or Code.Calli or Code.Ldftn or Code.Ldvirtftn);

    private static bool Calls(MethodDefinition callee, MethodDefinition target) =>
        callee.Body.Instructions.Any(i => i.Operand is MethodReference m && m.TryResolve() == target);

    public static bool DisablesOptimizations(ModuleDefinition module)
    {
        var debuggable = module.Assembly.CustomAttributes
            .FirstOrDefault(a => a.AttributeType.FullName == "System.Diagnostics.DebuggableAttribute");
        if (debuggable is null || debuggable.ConstructorArguments.Count == 0)
        {
            return false;
        }

        // DebuggableAttribute(DebuggingModes): DisableOptimizations is 0x100.
        var modes = debuggable.ConstructorArguments[debuggable.ConstructorArguments.Count - 1].Value;
        return modes is int value ? (value & 0x100) != 0 : debuggable.ConstructorArguments.Count == 2 && debuggable.ConstructorArguments[1].Value is true;
    }
}
