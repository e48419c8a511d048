using Mono.Cecil;
using Mono.Cecil.Cil;

namespace Flowmetal.Fody.Analysis;

/// <summary>
/// An abstract interpreter over the method's CFG that computes the evaluation-stack types before
/// every reachable instruction (Cecil knows depths, not types). A catch handler starts with its
/// exception, a filter with the exception object, finally and fault handlers empty.
/// </summary>
internal sealed class StackTypeAnalysis
{
    private readonly MethodDefinition _method;
    private readonly MethodIndex _index;
    private readonly SlotTypes _types;
    private readonly Dictionary<Instruction, StackSlot[]> _before = new();

    private StackTypeAnalysis(MethodDefinition method, MethodIndex index, SlotTypes types)
    {
        _method = method;
        _index = index;
        _types = types;
    }

    /// <summary>Stack before each reachable instruction, bottom first.</summary>
    public IReadOnlyDictionary<Instruction, StackSlot[]> Before => _before;

    /// <summary>Why the analysis gave up, naming the instruction (null when it succeeded).</summary>
    public string? Failure { get; private set; }

    public static StackTypeAnalysis Run(MethodDefinition method, MethodIndex index, SlotTypes types)
    {
        var analysis = new StackTypeAnalysis(method, index, types);
        analysis.Solve();
        return analysis;
    }

    private void Solve()
    {
        var work = new Stack<Instruction>();
        void Flow(Instruction target, StackSlot[] state, Instruction from)
        {
            if (Failure is not null)
            {
                return;
            }

            if (!_before.TryGetValue(target, out var existing))
            {
                _before[target] = state;
                work.Push(target);
                return;
            }

            if (existing.Length != state.Length)
            {
                Failure = $"the stack depth at IL_{target.Offset:x4} differs between paths (from IL_{from.Offset:x4})";
                return;
            }

            StackSlot[]? merged = null;
            for (int i = 0; i < state.Length; i++)
            {
                var slot = _types.Merge(existing[i], state[i]);
                if (slot is null)
                {
                    Failure = $"the stack types at IL_{target.Offset:x4} differ between paths ({existing[i]} and {state[i]})";
                    return;
                }

                if (slot.Kind != existing[i].Kind || slot.Type.FullName != existing[i].Type.FullName || slot.Producer != existing[i].Producer)
                {
                    merged ??= (StackSlot[])existing.Clone();
                    merged[i] = slot;
                }
            }

            if (merged is not null)
            {
                _before[target] = merged;
                work.Push(target);
            }
        }

        var body = _method.Body;
        Flow(body.Instructions[0], Array.Empty<StackSlot>(), body.Instructions[0]);
        foreach (var handler in body.ExceptionHandlers)
        {
            switch (handler.HandlerType)
            {
                case ExceptionHandlerType.Catch:
                    Flow(handler.HandlerStart, new[] { SlotTypes.FromDeclared(handler.CatchType, null) }, handler.HandlerStart);
                    break;
                case ExceptionHandlerType.Filter:
                    Flow(handler.FilterStart, new[] { SlotTypes.Make(SlotKind.ObjectRef, _types.Object, null) }, handler.FilterStart);
                    Flow(handler.HandlerStart, new[] { SlotTypes.Make(SlotKind.ObjectRef, _types.Object, null) }, handler.HandlerStart);
                    break;
                default:
                    Flow(handler.HandlerStart, Array.Empty<StackSlot>(), handler.HandlerStart);
                    break;
            }
        }

        while (work.Count > 0 && Failure is null)
        {
            var instruction = work.Pop();
            var stack = new List<StackSlot>(_before[instruction]);
            if (!Step(instruction, stack))
            {
                return;
            }

            var after = instruction.OpCode.Code == Code.Leave ? Array.Empty<StackSlot>() : stack.ToArray();
            foreach (var successor in MethodIndex.NormalSuccessors(instruction))
            {
                Flow(successor, after, instruction);
            }
        }
    }

    private bool Fail(Instruction instruction, string why)
    {
        Failure ??= $"{why} at IL_{instruction.Offset:x4} ({instruction.OpCode.Name})";
        return false;
    }

    private bool Step(Instruction instruction, List<StackSlot> stack)
    {
        bool Pop(int count)
        {
            if (stack.Count < count)
            {
                return Fail(instruction, "the evaluation stack underflows");
            }

            stack.RemoveRange(stack.Count - count, count);
            return true;
        }

        StackSlot Peek(int fromTop) => stack[stack.Count - 1 - fromTop];
        void Push(StackSlot slot) => stack.Add(slot);
        void PushDeclared(TypeReference type) => Push(SlotTypes.FromDeclared(type, instruction));
        void PushKind(SlotKind kind, TypeReference type) => Push(SlotTypes.Make(kind, type, instruction));

        var code = instruction.OpCode.Code;
        var operand = instruction.Operand;
        switch (code)
        {
            case Code.Nop:
            case Code.Break:
            case Code.Br:
            case Code.Leave:
            case Code.Endfinally:
            case Code.Rethrow:
            case Code.Unaligned:
            case Code.Volatile:
            case Code.Tail:
            case Code.Constrained:
            case Code.Readonly:
            case Code.No:
                return true;
            case Code.Ldarg:
                PushDeclared(((ParameterDefinition)operand).ParameterType);
                return true;
            case Code.Ldarga:
                PushKind(SlotKind.ByRef, new ByReferenceType(GenericSubstitution.StripModifiers(((ParameterDefinition)operand).ParameterType)));
                return true;
            case Code.Ldloc:
                PushDeclared(((VariableDefinition)operand).VariableType);
                return true;
            case Code.Ldloca:
                PushKind(SlotKind.ByRef, new ByReferenceType(GenericSubstitution.StripModifiers(((VariableDefinition)operand).VariableType)));
                return true;
            case Code.Starg:
            case Code.Stloc:
            case Code.Pop:
            case Code.Brfalse:
            case Code.Brtrue:
            case Code.Switch:
            case Code.Throw:
            case Code.Stsfld:
            case Code.Endfilter:
            case Code.Initobj:
                return Pop(1);
            case Code.Ldnull:
                PushKind(SlotKind.Null, _types.Object);
                return true;
            case Code.Ldc_I4:
            case Code.Sizeof:
                PushKind(SlotKind.Int32, _types.Int32);
                return true;
            case Code.Ldc_I8:
                PushKind(SlotKind.Int64, _types.Int64);
                return true;
            case Code.Ldc_R4:
                PushKind(SlotKind.Float, _types.Single);
                return true;
            case Code.Ldc_R8:
                PushKind(SlotKind.Float, _types.Double);
                return true;
            case Code.Dup:
                if (stack.Count == 0)
                {
                    return Fail(instruction, "dup on an empty stack");
                }

                Push(Peek(0));
                return true;
            case Code.Call:
            case Code.Callvirt:
            case Code.Newobj:
            {
                var method = (MethodReference)operand;
                int pops = method.Parameters.Count + (method.HasThis && code != Code.Newobj ? 1 : 0);
                if (!Pop(pops))
                {
                    return false;
                }

                if (code == Code.Newobj)
                {
                    PushDeclared(method.DeclaringType);
                }
                else if (!GenericSubstitution.IsVoid(method.ReturnType))
                {
                    PushDeclared(GenericSubstitution.ReturnType(method));
                }

                return true;
            }

            case Code.Calli:
            {
                var site = (CallSite)operand;
                if (!Pop(site.Parameters.Count + (site.HasThis ? 1 : 0) + 1))
                {
                    return false;
                }

                if (!GenericSubstitution.IsVoid(site.ReturnType))
                {
                    PushDeclared(site.ReturnType);
                }

                return true;
            }

            case Code.Ret:
                return Pop(GenericSubstitution.IsVoid(_method.ReturnType) ? 0 : 1);
            case Code.Beq:
            case Code.Bge:
            case Code.Bgt:
            case Code.Ble:
            case Code.Blt:
            case Code.Bne_Un:
            case Code.Bge_Un:
            case Code.Bgt_Un:
            case Code.Ble_Un:
            case Code.Blt_Un:
            case Code.Stfld:
            case Code.Stobj:
            case Code.Cpobj:
            case Code.Stind_I:
            case Code.Stind_I1:
            case Code.Stind_I2:
            case Code.Stind_I4:
            case Code.Stind_I8:
            case Code.Stind_R4:
            case Code.Stind_R8:
            case Code.Stind_Ref:
                return Pop(2);
            case Code.Ldind_I1:
            case Code.Ldind_U1:
            case Code.Ldind_I2:
            case Code.Ldind_U2:
            case Code.Ldind_I4:
            case Code.Ldind_U4:
                return Pop(1) && Ok(() => PushKind(SlotKind.Int32, _types.Int32));
            case Code.Ldind_I8:
                return Pop(1) && Ok(() => PushKind(SlotKind.Int64, _types.Int64));
            case Code.Ldind_I:
                return Pop(1) && Ok(() => PushKind(SlotKind.NativeInt, _types.NativeInt));
            case Code.Ldind_R4:
                return Pop(1) && Ok(() => PushKind(SlotKind.Float, _types.Single));
            case Code.Ldind_R8:
                return Pop(1) && Ok(() => PushKind(SlotKind.Float, _types.Double));
            case Code.Ldind_Ref:
            {
                var address = Peek(0);
                if (!Pop(1))
                {
                    return false;
                }

                PushDeclared(address.Type is ByReferenceType byRef ? byRef.ElementType : _types.Object);
                return true;
            }

            case Code.Add:
            case Code.Sub:
            case Code.Mul:
            case Code.Div:
            case Code.Div_Un:
            case Code.Rem:
            case Code.Rem_Un:
            case Code.And:
            case Code.Or:
            case Code.Xor:
            case Code.Add_Ovf:
            case Code.Add_Ovf_Un:
            case Code.Sub_Ovf:
            case Code.Sub_Ovf_Un:
            case Code.Mul_Ovf:
            case Code.Mul_Ovf_Un:
            {
                var right = Peek(0);
                var left = Peek(1);
                Pop(2);
                Push(Binary(left, right, instruction));
                return true;
            }

            case Code.Shl:
            case Code.Shr:
            case Code.Shr_Un:
            {
                var value = Peek(1);
                Pop(2);
                Push(Arithmetic(value, instruction));
                return true;
            }

            case Code.Neg:
            case Code.Not:
            case Code.Ckfinite:
            {
                var value = Peek(0);
                Pop(1);
                Push(Arithmetic(value, instruction));
                return true;
            }

            case Code.Ceq:
            case Code.Cgt:
            case Code.Cgt_Un:
            case Code.Clt:
            case Code.Clt_Un:
                return Pop(2) && Ok(() => PushKind(SlotKind.Int32, _types.Int32));
            case Code.Conv_I1:
            case Code.Conv_I2:
            case Code.Conv_I4:
            case Code.Conv_U1:
            case Code.Conv_U2:
            case Code.Conv_U4:
            case Code.Conv_Ovf_I1:
            case Code.Conv_Ovf_I2:
            case Code.Conv_Ovf_I4:
            case Code.Conv_Ovf_U1:
            case Code.Conv_Ovf_U2:
            case Code.Conv_Ovf_U4:
            case Code.Conv_Ovf_I1_Un:
            case Code.Conv_Ovf_I2_Un:
            case Code.Conv_Ovf_I4_Un:
            case Code.Conv_Ovf_U1_Un:
            case Code.Conv_Ovf_U2_Un:
            case Code.Conv_Ovf_U4_Un:
                return Pop(1) && Ok(() => PushKind(SlotKind.Int32, _types.Int32));
            case Code.Conv_I8:
            case Code.Conv_U8:
            case Code.Conv_Ovf_I8:
            case Code.Conv_Ovf_U8:
            case Code.Conv_Ovf_I8_Un:
            case Code.Conv_Ovf_U8_Un:
                return Pop(1) && Ok(() => PushKind(SlotKind.Int64, _types.Int64));
            case Code.Conv_I:
            case Code.Conv_U:
            case Code.Conv_Ovf_I:
            case Code.Conv_Ovf_U:
            case Code.Conv_Ovf_I_Un:
            case Code.Conv_Ovf_U_Un:
            {
                // A byref or pointer converted to native int is an address: never storable.
                bool address = Peek(0).Kind is SlotKind.ByRef or SlotKind.Pointer;
                Pop(1);
                PushKind(address ? SlotKind.Pointer : SlotKind.NativeInt, _types.NativeInt);
                return true;
            }

            case Code.Conv_R4:
                return Pop(1) && Ok(() => PushKind(SlotKind.Float, _types.Single));
            case Code.Conv_R8:
            case Code.Conv_R_Un:
                return Pop(1) && Ok(() => PushKind(SlotKind.Float, _types.Double));
            case Code.Ldobj:
            case Code.Unbox_Any:
            case Code.Castclass:
            case Code.Isinst:
                return Pop(1) && Ok(() => PushDeclared((TypeReference)operand));
            case Code.Ldstr:
                PushKind(SlotKind.ObjectRef, _method.Module.TypeSystem.String);
                return true;
            case Code.Unbox:
            case Code.Refanyval:
                return Pop(1) && Ok(() => PushKind(SlotKind.ByRef, new ByReferenceType((TypeReference)operand)));
            case Code.Ldfld:
                return Pop(1) && Ok(() => PushDeclared(GenericSubstitution.FieldType((FieldReference)operand)));
            case Code.Ldflda:
                return Pop(1) && Ok(() => PushKind(SlotKind.ByRef, new ByReferenceType(GenericSubstitution.StripModifiers(GenericSubstitution.FieldType((FieldReference)operand)))));
            case Code.Ldsfld:
                PushDeclared(GenericSubstitution.FieldType((FieldReference)operand));
                return true;
            case Code.Ldsflda:
                PushKind(SlotKind.ByRef, new ByReferenceType(GenericSubstitution.StripModifiers(GenericSubstitution.FieldType((FieldReference)operand))));
                return true;
            case Code.Box:
                return Pop(1) && Ok(() => PushKind(SlotKind.ObjectRef, _types.Object));
            case Code.Newarr:
                return Pop(1) && Ok(() => PushKind(SlotKind.ObjectRef, new ArrayType((TypeReference)operand)));
            case Code.Ldlen:
                return Pop(1) && Ok(() => PushKind(SlotKind.NativeInt, _types.NativeInt));
            case Code.Ldelema:
                return Pop(2) && Ok(() => PushKind(SlotKind.ByRef, new ByReferenceType((TypeReference)operand)));
            case Code.Ldelem_I1:
            case Code.Ldelem_U1:
            case Code.Ldelem_I2:
            case Code.Ldelem_U2:
            case Code.Ldelem_I4:
            case Code.Ldelem_U4:
                return Pop(2) && Ok(() => PushKind(SlotKind.Int32, _types.Int32));
            case Code.Ldelem_I8:
                return Pop(2) && Ok(() => PushKind(SlotKind.Int64, _types.Int64));
            case Code.Ldelem_I:
                return Pop(2) && Ok(() => PushKind(SlotKind.NativeInt, _types.NativeInt));
            case Code.Ldelem_R4:
                return Pop(2) && Ok(() => PushKind(SlotKind.Float, _types.Single));
            case Code.Ldelem_R8:
                return Pop(2) && Ok(() => PushKind(SlotKind.Float, _types.Double));
            case Code.Ldelem_Ref:
            {
                var array = Peek(1);
                Pop(2);
                PushDeclared(array.Type is ArrayType arrayType ? arrayType.ElementType : _types.Object);
                return true;
            }

            case Code.Ldelem_Any:
                return Pop(2) && Ok(() => PushDeclared((TypeReference)operand));
            case Code.Stelem_I:
            case Code.Stelem_I1:
            case Code.Stelem_I2:
            case Code.Stelem_I4:
            case Code.Stelem_I8:
            case Code.Stelem_R4:
            case Code.Stelem_R8:
            case Code.Stelem_Ref:
            case Code.Stelem_Any:
            case Code.Cpblk:
            case Code.Initblk:
                return Pop(3);
            case Code.Mkrefany:
                return Pop(1) && Ok(() => PushKind(SlotKind.ValueType, _method.Module.TypeSystem.TypedReference));
            case Code.Ldtoken:
            {
                var handle = operand switch
                {
                    TypeReference => "RuntimeTypeHandle",
                    FieldReference => "RuntimeFieldHandle",
                    _ => "RuntimeMethodHandle",
                };
                PushKind(SlotKind.ValueType, _types.CoreType("System", handle, valueType: true));
                return true;
            }

            case Code.Refanytype:
                return Pop(1) && Ok(() => PushKind(SlotKind.ValueType, _types.CoreType("System", "RuntimeTypeHandle", valueType: true)));
            case Code.Arglist:
                PushKind(SlotKind.ValueType, _types.CoreType("System", "RuntimeArgumentHandle", valueType: true));
                return true;
            case Code.Ldftn:
                PushKind(SlotKind.Pointer, _types.NativeInt);
                return true;
            case Code.Ldvirtftn:
                return Pop(1) && Ok(() => PushKind(SlotKind.Pointer, _types.NativeInt));
            case Code.Localloc:
                return Pop(1) && Ok(() => PushKind(SlotKind.Pointer, _types.NativeInt));
            case Code.Jmp:
                return Fail(instruction, "jmp is not supported");
            default:
                return Fail(instruction, "unknown opcode");
        }
    }

    private static bool Ok(Action action)
    {
        action();
        return true;
    }

    private StackSlot Binary(StackSlot left, StackSlot right, Instruction producer)
    {
        if (left.Kind is SlotKind.ByRef or SlotKind.Pointer || right.Kind is SlotKind.ByRef or SlotKind.Pointer)
        {
            return SlotTypes.Make(SlotKind.Pointer, _types.NativeInt, producer);
        }

        if (left.Kind == SlotKind.Float || right.Kind == SlotKind.Float)
        {
            bool single = left.Type.MetadataType == MetadataType.Single && right.Type.MetadataType == MetadataType.Single;
            return SlotTypes.Make(SlotKind.Float, single ? _types.Single : _types.Double, producer);
        }

        if (left.Kind == SlotKind.NativeInt || right.Kind == SlotKind.NativeInt)
        {
            return SlotTypes.Make(SlotKind.NativeInt, _types.NativeInt, producer);
        }

        if (left.Kind == SlotKind.Int64 || right.Kind == SlotKind.Int64)
        {
            return SlotTypes.Make(SlotKind.Int64, _types.Int64, producer);
        }

        return SlotTypes.Make(SlotKind.Int32, _types.Int32, producer);
    }

    private StackSlot Arithmetic(StackSlot value, Instruction producer) => value.Kind switch
    {
        SlotKind.Int32 => SlotTypes.Make(SlotKind.Int32, _types.Int32, producer),
        SlotKind.Int64 => SlotTypes.Make(SlotKind.Int64, _types.Int64, producer),
        SlotKind.NativeInt => SlotTypes.Make(SlotKind.NativeInt, _types.NativeInt, producer),
        SlotKind.Float => SlotTypes.Make(SlotKind.Float, value.Type, producer),
        _ => SlotTypes.Make(SlotKind.Pointer, _types.NativeInt, producer),
    };
}
