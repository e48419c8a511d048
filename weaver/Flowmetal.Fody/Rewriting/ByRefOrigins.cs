using Flowmetal.Fody.Analysis;
using Flowmetal.Fody.Diagnostics;
using Mono.Cecil;
using Mono.Cecil.Cil;

namespace Flowmetal.Fody.Rewriting;

/// <summary>
/// Planning unit: where each reference live across a suspension comes from, so that it can be made again on
/// resume (a byref cannot be stored). Finds the producer of each byref (a local's or argument's address, a field
/// or element address, a span over a reference) and plans temporaries for the producer's inputs. Reads the method
/// only; what it refuses it reports.
/// </summary>
internal sealed class ByRefOrigins
{
    private readonly MethodDefinition _method;
    private readonly MethodIndex _index;
    private readonly StackTypeAnalysis _stack;
    private readonly PlannedLocals _locals;
    private readonly PlanningReport _report;
    private readonly Dictionary<Instruction, ByRefOrigin> _origins = new();

    public ByRefOrigins(MethodDefinition method, MethodIndex index, StackTypeAnalysis stack, PlannedLocals locals, PlanningReport report)
    {
        _method = method;
        _index = index;
        _stack = stack;
        _locals = locals;
        _report = report;
        FindAddressLocals();
    }

    /// <summary>Origins whose inputs must be copied as the producer runs.</summary>
    public IEnumerable<ByRefOrigin> WithInputs => _origins.Values.Where(o => o.InputTemps.Count > 0);

    /// <summary>Ref locals that only ever hold the address of one local or argument: <c>ldloca x; stloc r</c>.</summary>
    public Dictionary<VariableDefinition, Instruction> AddressLocals { get; } = new();

    private void FindAddressLocals()
    {
        foreach (var local in _method.Body.Variables.Where(v => v.VariableType is ByReferenceType).ToList())
        {
            var stores = _index.Instructions.Where(i => i.OpCode.Code == Code.Stloc && i.Operand == local).ToList();
            var producers = stores
                .Select(s => _stack.Before.TryGetValue(s, out var before) && before.Length > 0 ? before[before.Length - 1].Producer : null)
                .ToList();
            if (stores.Count == 0 || producers.Any(p => p is null || p.OpCode.Code is not (Code.Ldloca or Code.Ldarga) || p.Operand != producers[0]!.Operand) ||
                _index.Instructions.Any(i => i.OpCode.Code == Code.Ldloca && i.Operand == local))
            {
                continue;
            }

            AddressLocals[local] = producers[0]!;
        }
    }


    public ByRefOrigin? OriginOf(StackSlot slot, Instruction call)
    {
        var producer = slot.Producer;
        if (producer is null)
        {
            _report.Report(DiagnosticCatalogue.Unsupported, call, _report.MethodName,
                $"a reference on the stack across the call to {((MethodReference)call.Operand).Name} comes from more than one branch; compute it in a separate statement");
            return null;
        }

        if (producer.OpCode.Code == Code.Ldloc && AddressLocals.TryGetValue((VariableDefinition)producer.Operand, out var definition))
        {
            // A ref temporary the compiler made for a local's address (board[i, j] += F() on a struct):
            // the byref is that address again.
            producer = definition;
        }

        if (_origins.TryGetValue(producer, out var known))
        {
            return known;
        }

        var start = producer;
        while (start.Previous is not null && start.Previous.OpCode.OpCodeType == OpCodeType.Prefix)
        {
            start = start.Previous;
        }

        var origin = new ByRefOrigin(producer, start);
        var inputs = _stack.Before[producer];
        switch (producer.OpCode.Code)
        {
            case Code.Ldloca:
            case Code.Ldsflda:
            case Code.Ldarga:
                break;
            case Code.Ldarg:
                var parameter = (ParameterDefinition)producer.Operand;
                if (_index.Instructions.Any(i => i.OpCode.Code == Code.Starg && i.Operand == parameter))
                {
                    return Refuse($"the ref parameter '{parameter.Name}' is reassigned and used across the call to {((MethodReference)call.Operand).Name}");
                }

                break;
            case Code.Ldflda:
                var target = inputs[inputs.Length - 1];
                if (target.IsByRef)
                {
                    origin.Base = OriginOf(target, call);
                    if (origin.Base is null)
                    {
                        return null;
                    }
                }
                else if (target.Kind is SlotKind.ObjectRef or SlotKind.Null)
                {
                    origin.InputTemps.Add(_locals.Add(target.Type));
                }
                else
                {
                    return Refuse($"a field address through a pointer is on the stack across the call to {((MethodReference)call.Operand).Name}");
                }

                break;
            case Code.Ldelema:
                origin.InputTemps.Add(_locals.Add(inputs[inputs.Length - 2].Type));
                origin.InputTemps.Add(_locals.Add(inputs[inputs.Length - 1].Type));
                break;
            case Code.Unbox:
                origin.InputTemps.Add(_locals.Add(inputs[inputs.Length - 1].Type));
                break;
            case Code.Call or Code.Callvirt when IsMultiDimensionalAddress((MethodReference)producer.Operand, out int rank):
                // grid[i, j] += F(): T[,]::Address(i, j) is a pure function of the array and the indices.
                for (int k = inputs.Length - rank - 1; k < inputs.Length; k++)
                {
                    origin.InputTemps.Add(_locals.Add(inputs[k].Type));
                }

                break;
            case Code.Newobj when IsSpanOverReference((MethodReference)producer.Operand):
                var source = inputs[inputs.Length - 1];
                origin.Base = source.IsByRef ? OriginOf(source, call) : null;
                if (origin.Base is null)
                {
                    return source.IsByRef ? null : Refuse($"a span is on the stack across the call to {((MethodReference)call.Operand).Name}");
                }

                break;
            case Code.Call when IsStringAsSpan((MethodReference)producer.Operand):
                origin.InputTemps.Add(_locals.Add(inputs[inputs.Length - 1].Type));
                break;
            case Code.Call when IsInlineArrayElementRef((MethodReference)producer.Operand, out bool indexed):
                // params ReadOnlySpan<T> arguments live in an [InlineArray] local, written through
                // InlineArrayElementRef(ref buffer, i): a pure function of the local and the index.
                var buffer = inputs[inputs.Length - (indexed ? 2 : 1)];
                if (!buffer.IsByRef)
                {
                    return Refuse($"an inline-array element address is on the stack across the call to {((MethodReference)call.Operand).Name}");
                }

                origin.Base = OriginOf(buffer, call);
                if (origin.Base is null)
                {
                    return null;
                }

                if (indexed)
                {
                    origin.InputTemps.Add(_locals.Add(inputs[inputs.Length - 1].Type));
                }

                break;
            default:
                return Refuse(
                    $"a reference produced by '{producer.OpCode.Name} {producer.Operand}' is on the stack across the call to {((MethodReference)call.Operand).Name}; " +
                    "copy the value into a local before the call");
        }

        _origins[producer] = origin;
        return origin;

        ByRefOrigin? Refuse(string why)
        {
            _report.Report(DiagnosticCatalogue.Unsupported, call, _report.MethodName, why);
            return null;
        }
    }

    /// <summary>A span slot whose producer can run again: made over a reference, or from a string.</summary>
    public static bool IsRederivableSpan(StackSlot slot) =>
        slot.Kind == SlotKind.ValueType && slot.Producer is { } producer &&
        ((producer.OpCode.Code == Code.Newobj && IsSpanOverReference((MethodReference)producer.Operand)) ||
         (producer.OpCode.Code == Code.Call && IsStringAsSpan((MethodReference)producer.Operand)));

    private static bool IsSpanOverReference(MethodReference constructor) =>
        constructor.Name == ".ctor" && constructor.Parameters.Count == 1 &&
        constructor.Parameters[0].ParameterType is ByReferenceType &&
        constructor.DeclaringType.Namespace == "System" &&
        constructor.DeclaringType.Name is "ReadOnlySpan`1" or "Span`1";

    private static bool IsStringAsSpan(MethodReference method) =>
        method.Parameters.Count == 1 && method.Parameters[0].ParameterType.MetadataType == MetadataType.String &&
        method.ReturnType.Name == "ReadOnlySpan`1" &&
        ((method.Name == "op_Implicit" && method.DeclaringType.FullName == "System.String") ||
         (method.Name == "AsSpan" && method.DeclaringType.FullName == "System.MemoryExtensions"));

    private static bool IsMultiDimensionalAddress(MethodReference method, out int rank)
    {
        rank = method.DeclaringType is ArrayType { IsVector: false } array ? array.Rank : 0;
        return rank > 0 && method.Name == "Address" && method.Parameters.Count == rank;
    }

    private static bool IsInlineArrayElementRef(MethodReference method, out bool indexed)
    {
        indexed = method.Name == "InlineArrayElementRef";
        return (indexed || method.Name == "InlineArrayFirstElementRef") &&
            method.DeclaringType.FullName == "<PrivateImplementationDetails>";
    }

}
