using Mono.Cecil;
using Mono.Cecil.Cil;

namespace Flowmetal.Fody.Analysis;

/// <summary>
/// One evaluation-stack entry as the stack analysis sees it: its type (precise enough to declare
/// a local that holds it) and the instruction that pushed it, which is how a byref is re-derived
/// after a resume.
/// </summary>
internal sealed class StackSlot
{
    public StackSlot(SlotKind kind, TypeReference type, Instruction? producer)
    {
        Kind = kind;
        Type = type;
        Producer = producer;
    }

    public SlotKind Kind { get; }

    /// <summary>The type to declare a temporary with (a <see cref="ByReferenceType"/> for byrefs).</summary>
    public TypeReference Type { get; }

    /// <summary>The instruction that pushed the value; null when several paths pushed it.</summary>
    public Instruction? Producer { get; }

    public bool IsByRef => Kind == SlotKind.ByRef;

    public StackSlot WithProducer(Instruction? producer) => new(Kind, Type, producer);

    public override string ToString() => $"{Kind}:{Type.FullName}";
}
