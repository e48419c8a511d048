using Mono.Cecil;
using Mono.Cecil.Cil;
using Mono.Cecil.Rocks;

namespace Flowmetal.Fody.Rewriting;

/// <summary>
/// Copies the body of a tiny static callee into its caller at one call site. The callee's
/// arguments become locals of the caller, its locals are copied, <c>ret</c> becomes a branch to
/// the instruction after the call, and its sequence points come along so stack traces still
/// name the callee's source line.
/// </summary>
internal static class CallInliner
{
    /// <returns>The copied instructions (the callee's body as it now sits in the caller).</returns>
    public static IReadOnlyList<Instruction> Inline(MethodDefinition caller, Instruction call, MethodDefinition callee)
    {
        var body = caller.Body;
        var source = callee.Body;
        source.SimplifyMacros();

        var arguments = callee.Parameters.Select(p => new VariableDefinition(p.ParameterType)).ToList();
        var locals = source.Variables.Select(v => new VariableDefinition(v.VariableType)).ToList();
        foreach (var variable in arguments.Concat(locals))
        {
            body.Variables.Add(variable);
        }

        var end = call.Next ?? throw new InvalidOperationException("a call cannot end a method body");
        var map = new Dictionary<Instruction, Instruction>();
        var copies = new List<Instruction>();
        foreach (var original in source.Instructions)
        {
            var copy = Copy(original, arguments, locals, end);
            map[original] = copy;
            copies.Add(copy);
        }

        foreach (var copy in copies)
        {
            if (copy.Operand is Instruction target && map.TryGetValue(target, out var mapped))
            {
                copy.Operand = mapped;
            }
            else if (copy.Operand is Instruction[] targets)
            {
                copy.Operand = targets.Select(t => map.TryGetValue(t, out var m) ? m : t).ToArray();
            }
        }

        // The call stays as a nop, so branches to it, regions around it and its sequence point hold;
        // the arguments it would have taken are stored last-first into the argument locals.
        call.OpCode = OpCodes.Nop;
        call.Operand = null;
        var inserted = arguments.AsEnumerable().Reverse().Select(a => Instruction.Create(OpCodes.Stloc, a)).Concat(copies).ToList();
        var il = body.GetILProcessor();
        var anchor = call;
        foreach (var instruction in inserted)
        {
            il.InsertAfter(anchor, instruction);
            anchor = instruction;
        }

        CopySequencePoints(caller, callee, map);
        body.InitLocals |= source.InitLocals;
        return copies;
    }

    private static Instruction Copy(Instruction original, List<VariableDefinition> arguments, List<VariableDefinition> locals, Instruction end)
    {
        switch (original.OpCode.Code)
        {
            case Code.Ldarg:
                return Instruction.Create(OpCodes.Ldloc, arguments[((ParameterDefinition)original.Operand).Index]);
            case Code.Ldarga:
                return Instruction.Create(OpCodes.Ldloca, arguments[((ParameterDefinition)original.Operand).Index]);
            case Code.Starg:
                return Instruction.Create(OpCodes.Stloc, arguments[((ParameterDefinition)original.Operand).Index]);
            case Code.Ret:
                return Instruction.Create(OpCodes.Br, end);
        }

        return original.Operand switch
        {
            null => Instruction.Create(original.OpCode),
            VariableDefinition variable => Instruction.Create(original.OpCode, locals[variable.Index]),
            Instruction target => Instruction.Create(original.OpCode, target),
            Instruction[] targets => Instruction.Create(original.OpCode, targets),
            TypeReference type => Instruction.Create(original.OpCode, type),
            MethodReference method => Instruction.Create(original.OpCode, method),
            FieldReference field => Instruction.Create(original.OpCode, field),
            CallSite site => Instruction.Create(original.OpCode, site),
            string text => Instruction.Create(original.OpCode, text),
            sbyte value => Instruction.Create(original.OpCode, value),
            byte value => Instruction.Create(original.OpCode, value),
            int value => Instruction.Create(original.OpCode, value),
            long value => Instruction.Create(original.OpCode, value),
            float value => Instruction.Create(original.OpCode, value),
            double value => Instruction.Create(original.OpCode, value),
            _ => throw new InvalidOperationException($"cannot inline an instruction with operand {original.Operand.GetType().Name}"),
        };
    }

    private static void CopySequencePoints(MethodDefinition caller, MethodDefinition callee, Dictionary<Instruction, Instruction> map)
    {
        if (!callee.DebugInformation.HasSequencePoints || !caller.DebugInformation.HasSequencePoints)
        {
            return;
        }

        foreach (var point in callee.DebugInformation.SequencePoints)
        {
            var original = callee.Body.Instructions.FirstOrDefault(i => i.Offset == point.Offset);
            if (original is null || !map.TryGetValue(original, out var copy))
            {
                continue;
            }

            caller.DebugInformation.SequencePoints.Add(new SequencePoint(copy, point.Document)
            {
                StartLine = point.StartLine,
                StartColumn = point.StartColumn,
                EndLine = point.EndLine,
                EndColumn = point.EndColumn,
            });
        }
    }
}
