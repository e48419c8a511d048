using Flowmetal.Fody.Analysis;
using Mono.Cecil;

namespace Flowmetal.Fody.Passes;

/// <summary>
/// The call graph: a selected method is suspendable when it calls something that may suspend, and
/// surely suspending when it calls something that surely does. Computed to a fixpoint, since both
/// flow up through callers, and calls through the virtual and interface slots that surely
/// suspending methods fill become suspension points. A method that may suspend only through a
/// callback fills no slot: a <c>ToString()</c> that reads a <c>Func</c> must not turn every
/// <c>ToString()</c> call into a suspension point. Only suspendable methods get capture code, so
/// pure helpers stay small and inlinable.
/// </summary>
internal sealed class SuspendabilityPass : IWeavingPass
{
    public void Run(WeavingContext context)
    {
        var calls = new SuspensionCalls(context);
        var weavable = context.Selected.Where(CanBeWoven).ToList();
        bool changed = true;
        while (changed)
        {
            changed = false;
            foreach (var method in weavable)
            {
                if (context.SurelySuspending.Contains(method))
                {
                    continue;
                }

                var kinds = method.Body.Instructions.Select(calls.Classify).Where(k => k != SuspensionCallKind.None).ToList();
                if (kinds.Count == 0)
                {
                    continue;
                }

                if (context.Suspendable.Add(method))
                {
                    changed = true;
                }

                if (kinds.Contains(SuspensionCallKind.Sure))
                {
                    context.SurelySuspending.Add(method);
                    AddSlots(context, method);
                    changed = true;
                }
            }
        }
    }

    /// <summary>
    /// Constructors and compiler-generated state machines are never woven: an object under
    /// construction, an async method or an iterator cannot be suspended. Those that call a
    /// suspending method directly are refused by <see cref="RefuseUnweavablePass"/>.
    /// </summary>
    public static bool CanBeWoven(MethodDefinition method) => !method.IsConstructor && !IsStateMachine(method.DeclaringType);

    public static bool IsStateMachine(TypeDefinition type) =>
        type.Name.StartsWith("<", StringComparison.Ordinal) &&
        type.Interfaces.Any(i => i.InterfaceType.FullName is "System.Runtime.CompilerServices.IAsyncStateMachine"
            or "System.Collections.IEnumerator" or "System.Collections.Generic.IAsyncEnumerator`1");

    private static void AddSlots(WeavingContext context, MethodDefinition method)
    {
        // Explicit overrides first: static implementations of static abstract interface members
        // are not virtual, but name the slot they fill here.
        foreach (var overridden in method.Overrides)
        {
            context.SuspendableSlots.Add(WeavingContext.SlotKey(overridden));
        }

        if (!method.IsVirtual)
        {
            if (method.IsStatic)
            {
                foreach (var implemented in method.DeclaringType.Interfaces)
                {
                    AddInterfaceSlots(context, implemented.InterfaceType, method);
                }
            }

            return;
        }

        context.SuspendableSlots.Add(WeavingContext.SlotKey(method));

        // Implicit overrides and implementations: same name and parameter count up the hierarchy
        // and across its interfaces. Matching by arity over-approximates, which only adds checks.
        for (var type = method.DeclaringType; type is not null; type = BaseOf(type))
        {
            foreach (var candidate in type.Methods)
            {
                if (candidate.IsVirtual && candidate.Name == method.Name && candidate.Parameters.Count == method.Parameters.Count)
                {
                    context.SuspendableSlots.Add(WeavingContext.SlotKey(candidate));
                }
            }

            foreach (var implemented in type.Interfaces)
            {
                AddInterfaceSlots(context, implemented.InterfaceType, method);
            }
        }
    }

    private static void AddInterfaceSlots(WeavingContext context, TypeReference interfaceType, MethodDefinition method)
    {
        if (interfaceType.TryResolve() is not { } definition)
        {
            return;
        }

        if (definition is null)
        {
            return;
        }

        foreach (var candidate in definition.Methods)
        {
            if (candidate.Name == method.Name && candidate.Parameters.Count == method.Parameters.Count)
            {
                context.SuspendableSlots.Add(WeavingContext.SlotKey(candidate));
            }
        }

        foreach (var inherited in definition.Interfaces)
        {
            AddInterfaceSlots(context, inherited.InterfaceType, method);
        }
    }

    private static TypeDefinition? BaseOf(TypeDefinition type)
    {
        return type.BaseType?.TryResolve();
    }
}
