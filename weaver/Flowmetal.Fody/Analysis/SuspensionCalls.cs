using Flowmetal.Fody.Passes;
using Mono.Cecil;
using Mono.Cecil.Cil;

namespace Flowmetal.Fody.Analysis;

/// <summary>
/// Decides which calls can reach a suspension: runtime primitives marked <c>[Suspends]</c>,
/// suspendable methods of this module, woven methods of other assemblies, virtual and interface
/// calls that a suspendable method overrides or implements, and delegate invocations (the target
/// may be a woven lambda).
/// </summary>
internal sealed class SuspensionCalls
{
    private readonly WeavingContext _context;
    private readonly Dictionary<MethodReference, MethodDefinition?> _resolved = new();

    public SuspensionCalls(WeavingContext context) => _context = context;

    public bool MaySuspend(Instruction instruction) => Classify(instruction) != SuspensionCallKind.None;

    /// <summary>True for calls that surely reach a suspension point when they suspend (not through dispatch).</summary>
    public bool SurelySuspends(Instruction instruction) => Classify(instruction) == SuspensionCallKind.Direct;

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

        if (HasAttribute(definition, RuntimeReferences.SuspendsAttributeName))
        {
            return SuspensionCallKind.Direct;
        }

        if (definition.Module == _context.Module)
        {
            if (_context.Suspendable.Contains(definition))
            {
                return SuspensionCallKind.Direct;
            }
        }
        else if (HasAttribute(definition, RuntimeReferences.WovenAttributeName))
        {
            return SuspensionCallKind.Direct;
        }

        // T.Create() on a static abstract interface member: `constrained. T call I::Create`.
        bool staticVirtual = instruction.OpCode.Code == Code.Call && definition.IsStatic && definition.IsAbstract &&
            instruction.Previous?.OpCode.Code == Code.Constrained;
        if ((instruction.OpCode.Code == Code.Callvirt && definition.IsVirtual) || staticVirtual)
        {
            if (IsDelegateInvoke(definition) || _context.SuspendableSlots.Contains(WeavingContext.SlotKey(definition)))
            {
                return SuspensionCallKind.Dispatched;
            }
        }

        return SuspensionCallKind.None;
    }

    public static bool IsDelegateInvoke(MethodDefinition method) =>
        method.Name == "Invoke" && method.DeclaringType.BaseType?.FullName == "System.MulticastDelegate";

    public MethodDefinition? Resolve(MethodReference reference)
    {
        if (!_resolved.TryGetValue(reference, out var definition))
        {
            try
            {
                definition = reference.Resolve();
            }
            catch (AssemblyResolutionException)
            {
                definition = null;
            }

            _resolved[reference] = definition;
        }

        return definition;
    }

    private static bool HasAttribute(MethodDefinition method, string attribute) =>
        method.HasCustomAttributes && method.CustomAttributes.Any(a => a.AttributeType.FullName == attribute);
}

/// <summary>How a call can reach a suspension.</summary>
internal enum SuspensionCallKind
{
    None,

    /// <summary>A primitive or a woven method, called directly.</summary>
    Direct,

    /// <summary>A virtual, interface or delegate call whose target may be woven.</summary>
    Dispatched,
}
