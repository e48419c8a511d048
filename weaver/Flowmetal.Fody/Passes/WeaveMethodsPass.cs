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
        bool optimized = !DisablesOptimizations(context.Module);
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
            // Capture and restore blocks push a small method past the JIT's inlining budget although
            // they never run on the fast path; keep such methods inlinable in optimized builds
            // (a Debug build keeps every frame for the debugger and for stack traces).
            if (optimized && originalSize <= 64 && method.Body.ExceptionHandlers.Count == 0 && !method.NoInlining)
            {
                method.AggressiveInlining = true;
            }

            var marker = new CustomAttribute(context.Runtime.WovenAttributeConstructor);
            marker.ConstructorArguments.Add(new CustomAttributeArgument(context.Runtime.SystemType, plan.Frame.Definition));
            var int32 = context.Module.TypeSystem.Int32;
            ComputeOffsets(method.Body);
            marker.ConstructorArguments.Add(new CustomAttributeArgument(
                new ArrayType(int32),
                plan.Points.SelectMany(p => new[]
                {
                    new CustomAttributeArgument(int32, p.StatementStart.Offset),
                    new CustomAttributeArgument(int32, p.Call.Offset + p.Call.GetSize()),
                }).ToArray()));
            method.CustomAttributes.Add(marker);
        }
    }

    private static bool DisablesOptimizations(ModuleDefinition module)
    {
        var debuggable = module.Assembly.CustomAttributes
            .FirstOrDefault(a => a.AttributeType.FullName == "System.Diagnostics.DebuggableAttribute");
        if (debuggable is null || debuggable.ConstructorArguments.Count == 0)
        {
            return false;
        }

        // DebuggableAttribute(DebuggingModes): DisableOptimizations = 0x100.
        var modes = debuggable.ConstructorArguments[debuggable.ConstructorArguments.Count - 1].Value;
        return modes is int value ? (value & 0x100) != 0 : debuggable.ConstructorArguments.Count == 2 && debuggable.ConstructorArguments[1].Value is true;
    }

    private static void ComputeOffsets(Mono.Cecil.Cil.MethodBody body)
    {
        int offset = 0;
        foreach (var instruction in body.Instructions)
        {
            instruction.Offset = offset;
            offset += instruction.GetSize();
        }
    }
}
