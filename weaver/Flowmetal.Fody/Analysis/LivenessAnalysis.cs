using System.Collections;
using Mono.Cecil;
using Mono.Cecil.Cil;

namespace Flowmetal.Fody.Analysis;

/// <summary>
/// Backward liveness of locals and arguments over the CFG, exception edges included (a catch or
/// finally that reads a local after a resume keeps it live). Only live values go into a frame,
/// so a disposed stream in a dead local never has to be persisted. Taking an address counts as
/// a read: the weaver refuses ref locals live across a suspension, so an address cannot outlive
/// the statement that took it. The exception is an address taken only to initialize the local
/// (<c>ldloca x; ...; call X::.ctor</c> or <c>initobj</c>, as the compiler does for an interpolated
/// string's handler): the constructor call defines the local there, so it is not live before.
/// </summary>
internal sealed class LivenessAnalysis
{
    private readonly MethodIndex _index;
    private readonly int _argumentCount;
    private readonly BitArray[] _liveOut;
    private readonly Dictionary<Instruction, VariableDefinition> _definedByAddress = new();
    private readonly HashSet<Instruction> _initializingAddresses = new();

    private LivenessAnalysis(MethodIndex index, int argumentCount, int localCount)
    {
        _index = index;
        _argumentCount = argumentCount;
        int size = argumentCount + localCount;
        _liveOut = new BitArray[index.Instructions.Count];
        for (int i = 0; i < _liveOut.Length; i++)
        {
            _liveOut[i] = new BitArray(size);
        }
    }

    public static LivenessAnalysis Run(MethodDefinition method, MethodIndex index, StackTypeAnalysis stack)
    {
        int arguments = method.Parameters.Count + (method.HasThis ? 1 : 0);
        var analysis = new LivenessAnalysis(index, arguments, method.Body.Variables.Count);
        analysis.FindInitializations(stack);
        analysis.Solve(method);
        return analysis;
    }

    private void FindInitializations(StackTypeAnalysis stack)
    {
        foreach (var instruction in _index.Instructions)
        {
            if (!stack.Before.TryGetValue(instruction, out var before) || before.Length == 0)
            {
                continue;
            }

            int receiver = instruction.OpCode.Code switch
            {
                Code.Initobj => before.Length - 1,
                Code.Call when instruction.Operand is MethodReference { Name: ".ctor", HasThis: true } constructor =>
                    before.Length - 1 - constructor.Parameters.Count,
                _ => -1,
            };
            if (receiver < 0 || before[receiver].Producer is not { } producer || producer.OpCode.Code != Code.Ldloca ||
                producer.Next?.OpCode.Code == Code.Dup)
            {
                continue;
            }

            _definedByAddress[instruction] = (VariableDefinition)producer.Operand;
            _initializingAddresses.Add(producer);
        }
    }

    /// <summary>Argument slot of a parameter: 0 is <c>this</c> in instance methods.</summary>
    public static int ArgumentSlot(MethodDefinition method, ParameterDefinition parameter) =>
        parameter.Index < 0 ? 0 : parameter.Index + (method.HasThis ? 1 : 0);

    public bool LocalLiveAfter(Instruction instruction, VariableDefinition local) =>
        _liveOut[_index[instruction]][_argumentCount + local.Index];

    public bool ArgumentLiveAfter(Instruction instruction, int argumentSlot) =>
        _liveOut[_index[instruction]][argumentSlot];

    private void Solve(MethodDefinition method)
    {
        var instructions = _index.Instructions;
        int count = instructions.Count;
        var successors = new List<int>[count];
        for (int i = 0; i < count; i++)
        {
            successors[i] = MethodIndex.NormalSuccessors(instructions[i]).Select(t => _index[t]).ToList();
        }

        foreach (var handler in method.Body.ExceptionHandlers)
        {
            int handlerStart = _index[handler.HandlerStart];
            int? filterStart = handler.HandlerType == ExceptionHandlerType.Filter ? _index[handler.FilterStart] : null;
            int tryStart = _index[handler.TryStart];
            int tryEnd = _index.EndIndex(handler.TryEnd);
            var exits = new List<int>();
            for (int i = tryStart; i < tryEnd; i++)
            {
                successors[i].Add(filterStart ?? handlerStart);
                if (filterStart is not null)
                {
                    successors[i].Add(handlerStart);
                }

                if (instructions[i].OpCode.Code == Code.Leave)
                {
                    int target = _index[(Instruction)instructions[i].Operand];
                    if (target < tryStart || target >= tryEnd)
                    {
                        exits.Add(target);
                    }
                }
            }

            if (handler.HandlerType is ExceptionHandlerType.Finally or ExceptionHandlerType.Fault)
            {
                // After endfinally, control goes on where the leave that ran the finally went.
                int handlerEnd = _index.EndIndex(handler.HandlerEnd);
                for (int i = handlerStart; i < handlerEnd; i++)
                {
                    if (instructions[i].OpCode.Code == Code.Endfinally)
                    {
                        successors[i].AddRange(exits);
                    }
                }
            }
        }

        var liveIn = new BitArray[count];
        for (int i = 0; i < count; i++)
        {
            liveIn[i] = new BitArray(_liveOut[i].Length);
        }

        bool changed = true;
        while (changed)
        {
            changed = false;
            for (int i = count - 1; i >= 0; i--)
            {
                var outSet = _liveOut[i];
                foreach (int s in successors[i])
                {
                    outSet.Or(liveIn[s]);
                }

                var inSet = new BitArray(outSet);
                Transfer(method, instructions[i], inSet);
                if (!SameBits(inSet, liveIn[i]))
                {
                    liveIn[i] = inSet;
                    changed = true;
                }
            }
        }
    }

    private void Transfer(MethodDefinition method, Instruction instruction, BitArray set)
    {
        if (_definedByAddress.TryGetValue(instruction, out var defined))
        {
            set[_argumentCount + defined.Index] = false;
            return;
        }

        if (_initializingAddresses.Contains(instruction))
        {
            return;
        }

        switch (instruction.OpCode.Code)
        {
            case Code.Stloc:
                set[_argumentCount + ((VariableDefinition)instruction.Operand).Index] = false;
                break;
            case Code.Starg:
                set[ArgumentSlot(method, (ParameterDefinition)instruction.Operand)] = false;
                break;
            case Code.Ldloc:
            case Code.Ldloca:
                set[_argumentCount + ((VariableDefinition)instruction.Operand).Index] = true;
                break;
            case Code.Ldarg:
            case Code.Ldarga:
                set[ArgumentSlot(method, (ParameterDefinition)instruction.Operand)] = true;
                break;
        }
    }

    private static bool SameBits(BitArray a, BitArray b)
    {
        for (int i = 0; i < a.Length; i++)
        {
            if (a[i] != b[i])
            {
                return false;
            }
        }

        return true;
    }
}
