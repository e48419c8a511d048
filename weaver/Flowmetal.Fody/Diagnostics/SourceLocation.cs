using Mono.Cecil;
using Mono.Cecil.Cil;

namespace Flowmetal.Fody.Diagnostics;

/// <summary>Where in the source a diagnostic points: the statement of an instruction, or the method's first line.</summary>
internal static class SourceLocation
{
    /// <summary>
    /// The nearest visible sequence point at or before <paramref name="at"/> (an instruction between
    /// two statements belongs to the earlier one), else the method's first line; null without symbols.
    /// </summary>
    public static SequencePoint? Of(MethodDefinition method, Instruction? at = null)
    {
        var debug = method.DebugInformation;
        if (!debug.HasSequencePoints)
        {
            return null;
        }

        for (var instruction = at; instruction is not null; instruction = instruction.Previous)
        {
            var point = debug.GetSequencePoint(instruction);
            if (point is not null && !point.IsHidden)
            {
                return point;
            }
        }

        return debug.SequencePoints.FirstOrDefault(p => !p.IsHidden);
    }
}
