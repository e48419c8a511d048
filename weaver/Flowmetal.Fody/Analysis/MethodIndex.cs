using Mono.Cecil.Cil;

namespace Flowmetal.Fody.Analysis;

/// <summary>Positions of a method body's instructions, and the CFG edges the analyses share.</summary>
internal sealed class MethodIndex
{
    private readonly Dictionary<Instruction, int> _index = new();

    public MethodIndex(MethodBody body)
    {
        Body = body;
        Instructions = body.Instructions.ToList();
        for (int i = 0; i < Instructions.Count; i++)
        {
            _index[Instructions[i]] = i;
        }
    }

    public MethodBody Body { get; }

    public IReadOnlyList<Instruction> Instructions { get; }

    public int this[Instruction instruction] => _index[instruction];

    /// <summary>Index of an exclusive region end (null means the end of the body).</summary>
    public int EndIndex(Instruction? end) => end is null ? Instructions.Count : _index[end];

    public bool InTry(ExceptionHandler handler, int position) =>
        position >= _index[handler.TryStart] && position < EndIndex(handler.TryEnd);

    public bool InHandler(ExceptionHandler handler, int position) =>
        position >= _index[handler.HandlerStart] && position < EndIndex(handler.HandlerEnd);

    public bool InFilter(ExceptionHandler handler, int position) =>
        handler.HandlerType == ExceptionHandlerType.Filter &&
        position >= _index[handler.FilterStart] && position < _index[handler.HandlerStart];

    /// <summary>The normal (non-exceptional) successors of an instruction.</summary>
    public static IEnumerable<Instruction> NormalSuccessors(Instruction instruction)
    {
        switch (instruction.OpCode.FlowControl)
        {
            case FlowControl.Branch:
                yield return (Instruction)instruction.Operand;
                yield break;
            case FlowControl.Cond_Branch:
                if (instruction.Operand is Instruction[] targets)
                {
                    foreach (var target in targets)
                    {
                        yield return target;
                    }
                }
                else
                {
                    yield return (Instruction)instruction.Operand;
                }

                if (instruction.Next is not null)
                {
                    yield return instruction.Next;
                }

                yield break;
            case FlowControl.Return:
            case FlowControl.Throw:
                yield break;
            default:
                if (instruction.OpCode.Code is Code.Endfinally or Code.Endfilter or Code.Jmp)
                {
                    yield break;
                }

                if (instruction.Next is not null)
                {
                    yield return instruction.Next;
                }

                yield break;
        }
    }
}
