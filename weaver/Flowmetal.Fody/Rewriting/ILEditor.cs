using Mono.Cecil.Cil;

namespace Flowmetal.Fody.Rewriting;

/// <summary>
/// Inserts instructions into a body while keeping exception regions and branches right. Cecil's
/// <c>ILProcessor</c> moves neither: a region that ends (exclusively) at the anchor would silently
/// swallow code inserted before it, and a region starting at the anchor would silently lose it.
/// Every caller states which regions and branches move to the new code.
/// </summary>
internal sealed class ILEditor
{
    private readonly MethodBody _body;

    public ILEditor(MethodBody body) => _body = body;

    /// <summary>
    /// Inserts <paramref name="code"/> before <paramref name="anchor"/>. Regions that end at the
    /// anchor end before the new code. Region starts at the anchor for which
    /// <paramref name="joinsRegion"/> holds move to the new code (it becomes part of them);
    /// branches to the anchor for which <paramref name="redirectBranch"/> holds now target it.
    /// </summary>
    public void InsertBefore(
        Instruction anchor,
        IReadOnlyList<Instruction> code,
        Func<ExceptionHandler, RegionStart, bool>? joinsRegion = null,
        Func<Instruction, bool>? redirectBranch = null)
    {
        if (code.Count == 0)
        {
            return;
        }

        var instructions = _body.Instructions;
        int position = instructions.IndexOf(anchor);
        for (int i = 0; i < code.Count; i++)
        {
            instructions.Insert(position + i, code[i]);
        }

        var first = code[0];
        foreach (var handler in _body.ExceptionHandlers)
        {
            if (handler.TryEnd == anchor)
            {
                handler.TryEnd = first;
            }

            if (handler.HandlerEnd == anchor)
            {
                handler.HandlerEnd = first;
            }

            if (joinsRegion is null)
            {
                continue;
            }

            if (handler.TryStart == anchor && joinsRegion(handler, RegionStart.Try))
            {
                handler.TryStart = first;
            }

            if (handler.HandlerStart == anchor && joinsRegion(handler, RegionStart.Handler))
            {
                handler.HandlerStart = first;
            }

            if (handler.FilterStart == anchor && joinsRegion(handler, RegionStart.Filter))
            {
                handler.FilterStart = first;
            }
        }

        if (redirectBranch is not null)
        {
            Retarget(anchor, first, redirectBranch, code);
        }
    }

    /// <summary>
    /// Appends code after the last instruction. Regions that ran to the end of the body
    /// (a null end) now end before the new code.
    /// </summary>
    public void Append(IReadOnlyList<Instruction> code)
    {
        if (code.Count == 0)
        {
            return;
        }

        foreach (var handler in _body.ExceptionHandlers)
        {
            handler.TryEnd ??= code[0];
            handler.HandlerEnd ??= code[0];
        }

        foreach (var instruction in code)
        {
            _body.Instructions.Add(instruction);
        }
    }

    private void Retarget(Instruction from, Instruction to, Func<Instruction, bool> redirect, IReadOnlyList<Instruction> skip)
    {
        var inserted = new HashSet<Instruction>(skip);
        foreach (var instruction in _body.Instructions)
        {
            if (inserted.Contains(instruction) || !redirect(instruction))
            {
                continue;
            }

            if (instruction.Operand == from)
            {
                instruction.Operand = to;
            }
            else if (instruction.Operand is Instruction[] targets)
            {
                for (int i = 0; i < targets.Length; i++)
                {
                    if (targets[i] == from)
                    {
                        targets[i] = to;
                    }
                }
            }
        }
    }
}

/// <summary>Which start of an exception region an anchor is.</summary>
internal enum RegionStart
{
    Try,
    Handler,
    Filter,
}
