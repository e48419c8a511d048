using Flowmetal.Fody.Analysis;
using Flowmetal.Fody.Diagnostics;
using Mono.Cecil;
using Mono.Cecil.Cil;

namespace Flowmetal.Fody.Rewriting;

/// <summary>
/// Planning unit: whether a value live across a suspension can be kept in a frame field. Pointers, ref locals,
/// ref structs, typed references and held locks cannot; each refusal names the value and says what to do.
/// </summary>
internal sealed class FrameStorability
{
    private readonly PlanningReport _report;

    public FrameStorability(PlanningReport report) => _report = report;

    public bool CheckStorable(StackSlot slot, Instruction call, string what)
    {
        if (slot.Kind == SlotKind.Pointer)
        {
            _report.Report(DiagnosticCatalogue.UnstorableLiveAcrossSuspension, call, "the stack value", what, "a pointer", _report.CalleeName(call), _report.MethodName, "an address cannot be stored in a flow's frame");
            return false;
        }

        if (slot.Kind == SlotKind.ValueType && IsByRefLike(slot.Type))
        {
            _report.Report(DiagnosticCatalogue.UnstorableLiveAcrossSuspension, call, "the stack value", what, slot.Type.FullName, _report.CalleeName(call), _report.MethodName, "a ref struct cannot be stored in a flow's frame");
            return false;
        }

        return true;
    }

    public bool CheckLocalStorable(TypeReference type, string kind, string name, Instruction call, bool compilerTemporary = false)
    {
        type = GenericSubstitution.StripModifiers(type);
        string? why = type switch
        {
            PinnedType => "a pinned reference",
            ByReferenceType => "a ref local",
            PointerType or FunctionPointerType => "a pointer",
            _ when type.MetadataType == MetadataType.TypedByReference => "a TypedReference",
            _ when IsLockScope(type) => "a held lock",
            _ when IsByRefLike(type) => "a ref struct (Span<T>, stackalloc and the like)",
            _ => null,
        };
        if (why is null)
        {
            return true;
        }

        if (IsLockScope(type))
        {
            _report.Report(DiagnosticCatalogue.SuspensionInLock, call, _report.CalleeName(call), _report.MethodName);
            return false;
        }

        why += " cannot be stored in a flow's frame";
        if (compilerTemporary)
        {
            // A local the compiler made for the expression (an element reference of a compound
            // assignment, an interpolated string's handler): the user can only move the call out.
            kind = "a temporary the compiler made for the expression, local";
            why += "; move the suspending call out of that expression into its own local first (var value = F(); then use value)";
        }

        _report.Report(DiagnosticCatalogue.UnstorableLiveAcrossSuspension, call, kind, name, type.FullName, _report.CalleeName(call), _report.MethodName, why);
        return false;
    }

    private static bool IsLockScope(TypeReference type) => type.FullName == "System.Threading.Lock/Scope";

    // Unknown counts as storable: the run-time serializer still refuses, by value, what it cannot store.
    private static bool IsByRefLike(TypeReference type) => CecilResolution.IsByRefLike(type, whenUnknown: false);

}
