using Flowmetal.Fody.Analysis;
using Flowmetal.Fody.Diagnostics;
using Mono.Cecil;
using Mono.Cecil.Cil;

namespace Flowmetal.Fody.Rewriting;

/// <summary>
/// Planning unit: whether a call sits where no suspension can be kept (an exception filter, a catch or finally
/// handler, a lock), which a resume could not re-enter. Reads the method only.
/// </summary>
internal sealed class SuspensionPlacement
{
    private readonly MethodIndex _index;
    private readonly PlanningReport _report;

    public SuspensionPlacement(MethodIndex index, PlanningReport report)
    {
        _index = index;
        _report = report;
    }

    /// <summary>
    /// True when the call sits in a filter, a handler or a lock; <paramref name="refusal"/> reports
    /// why, and <paramref name="where"/> says it in words.
    /// </summary>
    public bool IsProtectedPlacement(Instruction call, MethodBody body, out Action? refusal, out string? where)
    {
        int position = _index[call];
        var callee = _report.CalleeName(call);
        foreach (var handler in body.ExceptionHandlers)
        {
            if (_index.InFilter(handler, position))
            {
                refusal = () => _report.Report(DiagnosticCatalogue.SuspensionInFilter, call, callee, _report.MethodName);
                where = "it is inside an exception filter ('when' clause)";
                return true;
            }

            if (_index.InHandler(handler, position))
            {
                var kind = handler.HandlerType.ToString().ToLowerInvariant();
                refusal = () => _report.Report(DiagnosticCatalogue.SuspensionInHandler, call, callee, kind, _report.MethodName);
                where = $"it is inside a {kind} handler, which cannot be re-entered on resume";
                return true;
            }

            if (_index.InTry(handler, position) && handler.HandlerType == ExceptionHandlerType.Finally && ReleasesLock(handler))
            {
                refusal = () => _report.Report(DiagnosticCatalogue.SuspensionInLock, call, callee, _report.MethodName);
                where = "it is inside a lock, which cannot be held across a suspension";
                return true;
            }
        }

        if (HoldsBareLock(position))
        {
            refusal = () => _report.Report(DiagnosticCatalogue.SuspensionInLock, call, callee, _report.MethodName);
            where = "it is between Monitor.Enter and Monitor.Exit, and a lock cannot be held across a suspension";
            return true;
        }

        refusal = null;
        where = null;
        return false;
    }

    /// <summary>
    /// Monitor.Enter ... Monitor.Exit (or Lock.Enter ... Lock.Exit) without a try/finally: more
    /// acquisitions than releases before the call, in instruction order.
    /// </summary>
    private bool HoldsBareLock(int position)
    {
        int held = 0;
        for (int i = 0; i < position; i++)
        {
            if (_index.Instructions[i].Operand is not MethodReference m)
            {
                continue;
            }

            var type = m.DeclaringType.FullName;
            if (type is "System.Threading.Monitor" or "System.Threading.Lock")
            {
                if (m.Name is "Enter" or "TryEnter")
                {
                    held++;
                }
                else if (m.Name == "Exit")
                {
                    held = Math.Max(0, held - 1);
                }
            }
        }

        return held > 0;
    }

    private bool ReleasesLock(ExceptionHandler handler)
    {
        int end = _index.EndIndex(handler.HandlerEnd);
        for (int i = _index[handler.HandlerStart]; i < end; i++)
        {
            if (_index.Instructions[i].Operand is MethodReference m &&
                ((m.DeclaringType.FullName == "System.Threading.Monitor" && m.Name == "Exit") ||
                 (m.DeclaringType.FullName == "System.Threading.Lock/Scope" && m.Name == "Dispose")))
            {
                return true;
            }
        }

        return false;
    }

}
