using Mono.Cecil;
using Mono.Cecil.Cil;

namespace Flowmetal.Fody.Rewriting;

/// <summary>
/// How a byref on the evaluation stack was made, so it can be made again after a resume: a byref
/// cannot live in a heap frame, but the array and index, the object, or the local it points into
/// can. The inputs the producing instruction consumed are copied into temporaries as it runs.
/// </summary>
internal sealed class ByRefOrigin
{
    public ByRefOrigin(Instruction producer, Instruction producerStart)
    {
        Producer = producer;
        ProducerStart = producerStart;
    }

    /// <summary>The instruction that pushed the byref (<c>ldelema</c>, <c>ldflda</c>, <c>ldloca</c>, ...).</summary>
    public Instruction Producer { get; }

    /// <summary>The producer or the first of its prefixes (<c>readonly.</c>).</summary>
    public Instruction ProducerStart { get; }

    /// <summary>Temporaries holding the producer's stack inputs, bottom first (array and index, or object).</summary>
    public List<VariableDefinition> InputTemps { get; } = new();

    /// <summary>For <c>ldflda</c> on a byref: where that byref came from.</summary>
    public ByRefOrigin? Base { get; set; }

    /// <summary>Locals whose address the chain takes: their values must be restored before re-deriving.</summary>
    public IEnumerable<VariableDefinition> AddressedLocals()
    {
        if (Producer.OpCode.Code == Code.Ldloca)
        {
            yield return (VariableDefinition)Producer.Operand;
        }

        if (Base is not null)
        {
            foreach (var local in Base.AddressedLocals())
            {
                yield return local;
            }
        }
    }

    /// <summary>Arguments whose address the chain takes.</summary>
    public IEnumerable<ParameterDefinition> AddressedArguments()
    {
        if (Producer.OpCode.Code == Code.Ldarga)
        {
            yield return (ParameterDefinition)Producer.Operand;
        }

        if (Base is not null)
        {
            foreach (var argument in Base.AddressedArguments())
            {
                yield return argument;
            }
        }
    }

    /// <summary>All input temporaries of the chain (they go into the frame).</summary>
    public IEnumerable<VariableDefinition> AllInputTemps() =>
        Base is null ? InputTemps : InputTemps.Concat(Base.AllInputTemps());

    /// <summary>Emits instructions that push the byref again.</summary>
    public void EmitRederive(List<Instruction> code)
    {
        if (Base is not null)
        {
            Base.EmitRederive(code);
        }

        foreach (var temp in InputTemps)
        {
            code.Add(Instruction.Create(OpCodes.Ldloc, temp));
        }

        for (var prefix = ProducerStart; prefix != Producer; prefix = prefix.Next)
        {
            code.Add(Clone(prefix));
        }

        code.Add(Clone(Producer));
    }

    private static Instruction Clone(Instruction instruction) => instruction.Operand switch
    {
        null => Instruction.Create(instruction.OpCode),
        VariableDefinition variable => Instruction.Create(instruction.OpCode, variable),
        ParameterDefinition parameter => Instruction.Create(instruction.OpCode, parameter),
        FieldReference field => Instruction.Create(instruction.OpCode, field),
        TypeReference type => Instruction.Create(instruction.OpCode, type),
        MethodReference method => Instruction.Create(instruction.OpCode, method),
        _ => throw new InvalidOperationException($"cannot re-derive a byref produced by {instruction.OpCode.Name}"),
    };
}
