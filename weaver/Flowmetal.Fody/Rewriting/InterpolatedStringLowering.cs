using Flowmetal.Fody.Analysis;
using Flowmetal.Fody.Passes;
using Mono.Cecil;
using Mono.Cecil.Cil;
using Mono.Cecil.Rocks;

namespace Flowmetal.Fody.Rewriting;

/// <summary>
/// <c>$"hello {Ask()}"</c> compiles to a <c>DefaultInterpolatedStringHandler</c> local (a ref
/// struct) that the holes are appended to one by one, so it is live across <c>Ask()</c>; no frame
/// can hold it. When such a local is live across a call that may suspend, and is used only the
/// way the compiler uses it (constructed in place, appended to, turned into a string, or passed to
/// <c>string.Create(provider, ref handler)</c>), it becomes a local of the runtime's
/// <c>InterpolatedStringBuilder</c>, a class with the same members that formats each hole the
/// same way. Anything else keeps the handler (and FL0103 says so).
/// </summary>
internal static class InterpolatedStringLowering
{
    private const string HandlerName = "System.Runtime.CompilerServices.DefaultInterpolatedStringHandler";

    public static void Apply(MethodDefinition method, RuntimeReferences runtime, Func<Instruction, bool> maySuspend)
    {
        var body = method.Body;
        var locals = body.Variables.Where(v => v.VariableType.FullName == HandlerName).ToList();
        if (locals.Count == 0)
        {
            return;
        }

        body.SimplifyMacros();
        var index = new MethodIndex(body);
        var stack = StackTypeAnalysis.Run(method, index, new SlotTypes(method.Module));
        if (stack.Failure is not null)
        {
            return;
        }

        var consumers = AddressConsumers(index, stack, out var providers);
        foreach (var local in locals)
        {
            var uses = index.Instructions.Where(i => i.Operand == local).ToList();
            if (uses.Any(u => u.OpCode.Code != Code.Ldloca || !consumers.TryGetValue(u, out var consumer) || Replacement(consumer, runtime) is null))
            {
                continue;
            }

            int first = index[uses[0]];
            int last = index[uses[uses.Count - 1]];
            if (!index.Instructions.Skip(first).Take(last - first).Any(maySuspend))
            {
                continue;
            }

            local.VariableType = method.Module.ImportReference(runtime.InterpolatedStringBuilder);
            foreach (var use in uses)
            {
                Lower(method, use, consumers[use], local, runtime);
                if (providers.TryGetValue(consumers[use], out var provider))
                {
                    // string.Create(provider, $"...") only hands the handler's text back; the provider went to the
                    // constructor already. Loading it again would keep it on the stack across the holes, and a
                    // culture is not something a frame stores.
                    provider.OpCode = OpCodes.Ldnull;
                    provider.Operand = null;
                }
            }
        }
    }

    /// <summary>
    /// For every <c>ldloca</c> of a handler, the call that takes the address (as its receiver or a ref
    /// argument); for <c>string.Create(provider, ref handler)</c> calls, the plain load of the provider.
    /// </summary>
    private static Dictionary<Instruction, Instruction> AddressConsumers(MethodIndex index, StackTypeAnalysis stack, out Dictionary<Instruction, Instruction> providers)
    {
        var consumers = new Dictionary<Instruction, Instruction>();
        providers = new Dictionary<Instruction, Instruction>();
        foreach (var instruction in index.Instructions)
        {
            if (instruction.OpCode.Code is not (Code.Call or Code.Callvirt) || instruction.Operand is not MethodReference callee ||
                !stack.Before.TryGetValue(instruction, out var before))
            {
                continue;
            }

            int arguments = callee.Parameters.Count + (callee.HasThis ? 1 : 0);
            for (int k = before.Length - arguments; k < before.Length; k++)
            {
                if (k >= 0 && before[k].Producer is { OpCode.Code: Code.Ldloca } producer &&
                    ((VariableDefinition)producer.Operand).VariableType.FullName == HandlerName)
                {
                    consumers[producer] = instruction;
                    if (callee.Name == "Create" && k == before.Length - 1 && before[k - 1].Producer is { OpCode.Code: Code.Ldloc or Code.Ldarg or Code.Ldnull } provider)
                    {
                        providers[instruction] = provider;
                    }
                }
            }
        }

        return consumers;
    }

    private static void Lower(MethodDefinition method, Instruction address, Instruction consumer, VariableDefinition local, RuntimeReferences runtime)
    {
        var callee = (MethodReference)consumer.Operand;
        var replacement = method.Module.ImportReference(Replacement(consumer, runtime)!);
        if (callee.Name == ".ctor")
        {
            // ldloca h; args; call .ctor  =>  args; newobj; stloc h
            address.OpCode = OpCodes.Nop;
            address.Operand = null;
            consumer.OpCode = OpCodes.Newobj;
            consumer.Operand = replacement;
            method.Body.GetILProcessor().InsertAfter(consumer, Instruction.Create(OpCodes.Stloc, local));
            return;
        }

        address.OpCode = OpCodes.Ldloc;
        if (callee is GenericInstanceMethod generic)
        {
            var instance = new GenericInstanceMethod(replacement);
            foreach (var argument in generic.GenericArguments)
            {
                instance.GenericArguments.Add(argument);
            }

            replacement = instance;
        }

        consumer.OpCode = replacement.HasThis ? OpCodes.Callvirt : OpCodes.Call;
        consumer.Operand = replacement;
    }

    /// <summary>The builder's member standing in for the handler member (or <c>string.Create</c>) a call names; null when there is none.</summary>
    private static MethodDefinition? Replacement(Instruction consumer, RuntimeReferences runtime)
    {
        var callee = (MethodReference)consumer.Operand;
        var declaring = callee.DeclaringType.FullName;
        if (declaring == "System.String" && callee.Name == "Create" && callee.Parameters.Count == 2 &&
            callee.Parameters[1].ParameterType is ByReferenceType { ElementType.FullName: HandlerName })
        {
            return runtime.InterpolatedStringBuilder.Methods.Single(m => m.Name == "Create");
        }

        if (declaring != HandlerName)
        {
            return null;
        }

        if (callee is GenericInstanceMethod { GenericArguments: var arguments } && arguments.Any(IsByRefLike))
        {
            // A ref struct hole (AppendFormatted<T> allows them): a class's generic method cannot take it.
            return null;
        }

        var definition = callee.GetElementMethod();
        return runtime.InterpolatedStringBuilder.Methods.FirstOrDefault(m =>
            m.Name == definition.Name && m.Parameters.Count == definition.Parameters.Count &&
            m.GenericParameters.Count == (callee is GenericInstanceMethod g ? g.GenericArguments.Count : 0) &&
            m.Parameters.Select(p => Shape(p.ParameterType)).SequenceEqual(definition.Parameters.Select(p => Shape(p.ParameterType))));
    }

    // Unknown counts as a ref struct here: lowering a hole of a type it cannot see to a heap builder would not verify.
    private static bool IsByRefLike(TypeReference type) => CecilResolution.IsByRefLike(type, whenUnknown: true);

    /// <summary>A parameter type compared across the two types: generic parameters by position.</summary>
    private static string Shape(TypeReference type) => type is GenericParameter parameter ? "!!" + parameter.Position : type.FullName;
}
