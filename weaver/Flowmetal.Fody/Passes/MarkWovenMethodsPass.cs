using Flowmetal.Execution;
using Flowmetal.Fody.Analysis;
using Mono.Cecil;
using Mono.Cecil.Cil;

namespace Flowmetal.Fody.Passes;

/// <summary>
/// Marks every rewritten method for the runtime (<c>[Woven]</c>: its frame type, whether it surely
/// suspends, and the names of what its suspension points call) and decides whether the JIT may
/// inline it.
/// <para>
/// The runtime's stack check accepts a woven frame found calling a woven method only when one of
/// its suspension points calls a method of that name. A small woven method the JIT inlines leaves
/// no frame, so its caller is found calling what the inlined method calls: every method lists, beside
/// its own callees, those of the inlinable woven methods it calls (to a fixpoint; from other
/// assemblies too, read off their marks). So small helpers can be inlined as they are in the plain
/// build (AggressiveInlining: their woven bodies carry cold restore and capture code that would
/// put them past the JIT's size limit otherwise), and the check stays as strict as before.
/// Virtual methods are never inlined (guarded devirtualization would inline an override into a call
/// whose listed name is the slot's), nor are methods the user marked NoInlining.
/// </para>
/// </summary>
internal sealed class MarkWovenMethodsPass : IWeavingPass
{
    /// <summary>
    /// Methods up to this size as compiled are the ones the JIT inlines in the plain build (it
    /// always inlines up to 16 bytes of IL and weighs the rest up to 100).
    /// </summary>
    private const int InlinableCodeSize = 64;

    public void Run(WeavingContext context)
    {
        var calls = new SuspensionCalls(context);
        var inlinable = new HashSet<MethodDefinition>(context.Woven.Where(w => IsInlinable(w.Key, w.Value.Original)).Select(w => w.Key));
        var names = CalleeNames(context, calls, inlinable);
        foreach (var pair in context.Woven.OrderBy(w => w.Key.FullName, StringComparer.Ordinal))
        {
            var method = pair.Key;
            method.AggressiveInlining = inlinable.Contains(method);
            method.NoInlining = !method.AggressiveInlining;

            var marker = new CustomAttribute(context.Runtime.WovenAttributeConstructor);
            marker.ConstructorArguments.Add(new CustomAttributeArgument(context.Runtime.SystemType, pair.Value.Plan.Frame.Definition));
            marker.ConstructorArguments.Add(StringArray(context, names[method]));
            if (context.SurelySuspending.Contains(method))
            {
                marker.Properties.Add(new CustomAttributeNamedArgument(
                    WovenContract.Members.SurelySuspends, new CustomAttributeArgument(context.Module.TypeSystem.Boolean, true)));
            }

            var inFilters = pair.Value.Plan.PlainCalls.Where(p => p.InFilter).Select(p => Name(p.Call, calls)).ToList();
            if (inFilters.Count > 0)
            {
                marker.Properties.Add(new CustomAttributeNamedArgument(WovenContract.Members.UnsuspendableCallees, StringArray(context, inFilters)));
            }

            method.CustomAttributes.Add(marker);
        }
    }

    private static bool IsInlinable(MethodDefinition method, OriginalShape original) =>
        !method.IsVirtual && !method.IsConstructor && !original.HasHandlers && original.CodeSize <= InlinableCodeSize &&
        !method.NoInlining && !method.IsSynchronized;

    /// <summary>
    /// For every woven method, the names of what its suspension points call, and of what the
    /// inlinable woven methods among those call (to a fixpoint: helpers inlined into helpers).
    /// </summary>
    private static Dictionary<MethodDefinition, SortedSet<string>> CalleeNames(WeavingContext context, SuspensionCalls calls, HashSet<MethodDefinition> inlinable)
    {
        var names = new Dictionary<MethodDefinition, SortedSet<string>>();
        var inlined = new Dictionary<MethodDefinition, List<MethodDefinition>>();
        foreach (var pair in context.Woven)
        {
            var own = new SortedSet<string>(StringComparer.Ordinal);
            var callees = new List<MethodDefinition>();
            foreach (var point in pair.Value.Plan.Points)
            {
                own.Add(Name(point.Call, calls));
                var callee = calls.Resolve((MethodReference)point.Call.Operand);
                if (callee is null)
                {
                    continue;
                }

                if (inlinable.Contains(callee))
                {
                    callees.Add(callee);
                }
                else if (callee.Module != context.Module && callee.AggressiveInlining && Marker(callee) is { } marker &&
                    marker.ConstructorArguments.Count > 1 && marker.ConstructorArguments[1].Value is CustomAttributeArgument[] listed)
                {
                    own.UnionWith(listed.Select(a => (string)a.Value));
                }
            }

            names[pair.Key] = own;
            inlined[pair.Key] = callees;
        }

        bool changed = true;
        while (changed)
        {
            changed = false;
            foreach (var pair in inlined)
            {
                foreach (var callee in pair.Value)
                {
                    int before = names[pair.Key].Count;
                    names[pair.Key].UnionWith(names[callee]);
                    changed |= names[pair.Key].Count != before;
                }
            }
        }

        return names;
    }

    /// <summary>The name the stack check knows a call by: the callee's, or <c>"*"</c> for a delegate (any target).</summary>
    private static string Name(Instruction call, SuspensionCalls calls)
    {
        var callee = (MethodReference)call.Operand;
        return calls.Resolve(callee) is { } definition && SuspensionCalls.IsDelegateInvoke(definition) ? "*" : callee.Name;
    }

    private static CustomAttribute? Marker(MethodDefinition method) =>
        method.CustomAttributes.FirstOrDefault(a => a.AttributeType.FullName == WovenContract.Types.FullName(WovenContract.Types.WovenAttribute));

    private static CustomAttributeArgument StringArray(WeavingContext context, IEnumerable<string> names) =>
        new(new ArrayType(context.Module.TypeSystem.String),
            names.Distinct(StringComparer.Ordinal).OrderBy(n => n, StringComparer.Ordinal)
                .Select(n => new CustomAttributeArgument(context.Module.TypeSystem.String, n)).ToArray());
}
