using Flowmetal.Execution;
using Flowmetal.Fody.Passes;
using Mono.Cecil;
using Mono.Cecil.Cil;

namespace Flowmetal.Fody.Analysis;

/// <summary>
/// Decides which calls can reach a suspension, and how surely. A call to a runtime primitive
/// marked <c>[Suspends]</c>, or to a method that itself surely reaches one, surely suspends when
/// its path is taken; a delegate invocation, a virtual or interface call, or a call to a method
/// that reaches a suspension only through such calls, merely may. Only the first kind is ever a
/// build error where a suspension cannot be kept (a constructor, an iterator, a catch block); the
/// second stays an ordinary call there, and the run-time stack check refuses it if it does suspend.
/// </summary>
internal sealed class SuspensionCalls
{
    private readonly WeavingContext _context;
    private readonly Dictionary<MethodReference, MethodDefinition?> _resolved = new();

    public SuspensionCalls(WeavingContext context) => _context = context;

    public bool MaySuspend(Instruction instruction) => Classify(instruction) != SuspensionCallKind.None;

    /// <summary>True for calls that reach a suspension primitive whenever they suspend at all, without a callback or override in between.</summary>
    public bool SurelySuspends(Instruction instruction) => Classify(instruction) == SuspensionCallKind.Sure;

    public SuspensionCallKind Classify(Instruction instruction)
    {
        if (instruction.OpCode.Code is not (Code.Call or Code.Callvirt) || instruction.Operand is not MethodReference reference)
        {
            return SuspensionCallKind.None;
        }

        var definition = Resolve(reference);
        if (definition is null)
        {
            return SuspensionCallKind.None;
        }

        if (HasAttribute(definition, WovenContract.Types.FullName(WovenContract.Types.SuspendsAttribute)))
        {
            return SuspensionCallKind.Sure;
        }

        bool dispatched = IsDispatched(instruction, definition);
        if (definition.Module == _context.Module)
        {
            if (_context.Suspendable.Contains(definition))
            {
                // A virtual call may land in an override that does not suspend, whatever this one does.
                return dispatched ? SuspensionCallKind.Dispatched
                    : _context.SurelySuspending.Contains(definition) ? SuspensionCallKind.Sure : SuspensionCallKind.Possible;
            }
        }
        else if (WovenMarker(definition) is { } marker)
        {
            return dispatched ? SuspensionCallKind.Dispatched
                : SurelySuspendingMarker(marker) ? SuspensionCallKind.Sure : SuspensionCallKind.Possible;
        }

        if (dispatched && (IsDelegateInvoke(definition) || _context.SuspendableSlots.Contains(WeavingContext.SlotKey(definition))))
        {
            return SuspensionCallKind.Dispatched;
        }

        return SuspensionCallKind.None;
    }

    /// <summary>True when the call picks its target at run time: a virtual, interface or delegate call, or a static virtual one.</summary>
    private static bool IsDispatched(Instruction instruction, MethodDefinition definition)
    {
        if (instruction.OpCode.Code == Code.Callvirt)
        {
            return IsDelegateInvoke(definition) || definition.DeclaringType.IsInterface ||
                (definition.IsVirtual && !definition.IsFinal && !definition.DeclaringType.IsSealed);
        }

        // T.Create() on a static abstract interface member: `constrained. T call I::Create`.
        return definition.IsStatic && definition.IsAbstract && instruction.Previous?.OpCode.Code == Code.Constrained;
    }

    public static bool IsDelegateInvoke(MethodDefinition method) =>
        method.Name == "Invoke" && method.DeclaringType.BaseType?.FullName == "System.MulticastDelegate";

    public MethodDefinition? Resolve(MethodReference reference)
    {
        if (!_resolved.TryGetValue(reference, out var definition))
        {
            definition = reference.TryResolve();

            _resolved[reference] = definition;
        }

        return definition;
    }

    private static bool HasAttribute(MethodDefinition method, string attribute) =>
        method.HasCustomAttributes && method.CustomAttributes.Any(a => a.AttributeType.FullName == attribute);

    private static CustomAttribute? WovenMarker(MethodDefinition method) =>
        method.HasCustomAttributes ? method.CustomAttributes.FirstOrDefault(a => a.AttributeType.FullName == WovenContract.Types.FullName(WovenContract.Types.WovenAttribute)) : null;

    private static bool SurelySuspendingMarker(CustomAttribute marker) =>
        marker.Properties.Any(p => p.Name == WovenContract.Members.SurelySuspends && p.Argument.Value is true);
}

/// <summary>How a call can reach a suspension.</summary>
internal enum SuspensionCallKind
{
    None,

    /// <summary>A primitive, or a method that surely reaches one, called without dispatch.</summary>
    Sure,

    /// <summary>A woven method that suspends only if a callback or override it calls does, called without dispatch.</summary>
    Possible,

    /// <summary>A virtual, interface or delegate call whose target may be woven.</summary>
    Dispatched,
}
