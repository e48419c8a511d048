using Flowmetal.Execution;
using Flowmetal.Fody.Analysis;
using Flowmetal.Fody.Diagnostics;
using Mono.Cecil;
using Mono.Cecil.Cil;

namespace Flowmetal.Fody.Passes;

/// <summary>
/// Finds selected methods whose way to a suspension goes through code that is not woven, and
/// says so at build time (FL0202) instead of leaving it to a failed flow:
/// <list type="bullet">
/// <item>a selected method that is not woven because it reaches a suspension only through a method
/// left out of the config (it is marked <c>[NotWoven]</c>, so starting it as a flow names that method);</item>
/// <item>a surely suspending lambda or method group handed to a method that is not woven and takes a
/// delegate (<c>list.ForEach(x =&gt; Step(x))</c>): the callback would suspend inside that method.</item>
/// </list>
/// </summary>
internal sealed class UnwovenPathPass : IWeavingPass
{
    public void Run(WeavingContext context)
    {
        var calls = new SuspensionCalls(context);
        var reaching = UnselectedReaching(context, calls);
        foreach (var method in context.Selected.OrderBy(m => m.FullName, StringComparer.Ordinal))
        {
            if (!method.HasBody)
            {
                continue;
            }

            string? reason = null;
            foreach (var instruction in method.Body.Instructions)
            {
                if (instruction.OpCode.Code is Code.Ldftn or Code.Ldvirtftn && instruction.Operand is MethodReference target &&
                    calls.Resolve(target) is { } callback && context.SurelySuspending.Contains(callback) &&
                    Consumer(instruction, calls) is { } consumer && calls.Resolve(consumer) is { } definition &&
                    CallsBackUnwoven(context, definition) is { } help)
                {
                    var consumerName = UserCode.Describe(consumer);
                    context.Diagnostics.Report(
                        DiagnosticCatalogue.SuspensionThroughUnwovenCode,
                        SourceLocation.Of(method, instruction),
                        UserCode.Display(method),
                        $"passes {UserCode.Of(callback).Name}, which suspends, to {consumerName}",
                        help);
                    reason ??= $"it passes {UserCode.Of(callback).Name}, which suspends, to {consumerName}, which is not woven: {help}.";
                }
            }

            if (context.Suspendable.Contains(method) || !SuspendabilityPass.CanBeWoven(method))
            {
                continue;
            }

            var through = method.Body.Instructions
                .Where(i => i.OpCode.Code is Code.Call or Code.Callvirt or Code.Newobj && i.Operand is MethodReference)
                .Select(i => (Call: i, Callee: calls.Resolve((MethodReference)i.Operand)))
                .FirstOrDefault(c => c.Callee is not null && reaching.Contains(c.Callee));
            if (through.Callee is { } unwoven)
            {
                var name = UserCode.Of(unwoven);
                context.Diagnostics.Report(
                    DiagnosticCatalogue.SuspensionThroughUnwovenCode,
                    SourceLocation.Of(method, through.Call),
                    UserCode.Display(method),
                    $"is selected but reaches a suspension only through {name.Name}",
                    $"include {name.Name} in FodyWeavers.xml (<Include>{name.Pattern}</Include>), or call what suspends directly");
                reason ??= $"it reaches a suspension only through {name.Name}, which is not woven: include it in FodyWeavers.xml (<Include>{name.Pattern}</Include>).";
            }

            if (reason is not null)
            {
                var marker = new CustomAttribute(context.Runtime.NotWovenAttributeConstructor);
                marker.ConstructorArguments.Add(new CustomAttributeArgument(context.Module.TypeSystem.String, reason));
                method.CustomAttributes.Add(marker);
            }
        }
    }

    /// <summary>Methods of this module left out of the selection that surely reach a suspension (through each other too).</summary>
    private static HashSet<MethodDefinition> UnselectedReaching(WeavingContext context, SuspensionCalls calls)
    {
        var unselected = context.Module.GetTypes().SelectMany(t => t.Methods)
            .Where(m => m.HasBody && !context.Selected.Contains(m))
            .ToList();
        var reaching = new HashSet<MethodDefinition>();
        bool changed = true;
        while (changed)
        {
            changed = false;
            foreach (var method in unselected)
            {
                if (reaching.Contains(method))
                {
                    continue;
                }

                foreach (var instruction in method.Body.Instructions)
                {
                    bool reaches = calls.SurelySuspends(instruction) ||
                        (instruction.OpCode.Code is Code.Call or Code.Callvirt or Code.Newobj && instruction.Operand is MethodReference callee &&
                         calls.Resolve(callee) is { } definition && reaching.Contains(definition));
                    if (reaches)
                    {
                        reaching.Add(method);
                        changed = true;
                        break;
                    }
                }
            }
        }

        return reaching;
    }

    /// <summary>
    /// The call a freshly made delegate is handed to: the first later call that takes a delegate
    /// (as declared, so <c>List&lt;Action&gt;.Add(T)</c>, which only stores it, does not count). Null
    /// when the delegate is stored or returned first: who calls it then is not known here.
    /// </summary>
    private static MethodReference? Consumer(Instruction ldftn, SuspensionCalls calls)
    {
        for (var next = ldftn.Next; next is not null; next = next.Next)
        {
            switch (next.OpCode.Code)
            {
                case Code.Newobj when next.Operand is MethodReference constructor && IsDelegate(calls.Resolve(constructor)?.DeclaringType):
                case Code.Dup:
                    continue;
                case Code.Stsfld when next.Previous?.OpCode.Code == Code.Dup:
                    // The compiler caches a static lambda's delegate in a field, then passes it on.
                    continue;
                case Code.Call or Code.Callvirt or Code.Newobj when next.Operand is MethodReference callee:
                    var definition = calls.Resolve(callee);
                    if (definition is not null && definition.Parameters.Any(p => IsDelegate(Resolve(p.ParameterType))))
                    {
                        return next.OpCode.Code == Code.Newobj ? null : callee;
                    }

                    continue;
            }

            if (next.OpCode.FlowControl is FlowControl.Branch or FlowControl.Cond_Branch or FlowControl.Return or FlowControl.Throw ||
                next.OpCode.Code is Code.Stloc or Code.Stloc_0 or Code.Stloc_1 or Code.Stloc_2 or Code.Stloc_3 or Code.Stloc_S or
                    Code.Stfld or Code.Stsfld or Code.Starg or Code.Starg_S or Code.Stelem_Ref or Code.Stelem_Any)
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>
    /// What to do when <paramref name="consumer"/> would call a suspending callback without being
    /// woven; null when it is woven, is the runtime's, or only passes the callback on.
    /// </summary>
    private static string? CallsBackUnwoven(WeavingContext context, MethodDefinition consumer)
    {
        if (context.Suspendable.Contains(consumer) || consumer.Module.Assembly.Name.Name == WovenContract.RuntimeAssembly ||
            consumer.CustomAttributes.Any(a => a.AttributeType.FullName == WovenContract.Types.FullName(WovenContract.Types.WovenAttribute)))
        {
            return null;
        }

        var name = UserCode.Of(consumer);
        if (IsFramework(consumer))
        {
            return $"a framework method cannot be woven: call the callback from a plain loop (foreach) instead of {name.Name}";
        }

        if (consumer.CustomAttributes.Any(a => a.AttributeType.Name is "IteratorStateMachineAttribute" or "AsyncStateMachineAttribute" or "AsyncIteratorStateMachineAttribute"))
        {
            return $"{name.Name} is an iterator or async method, which cannot be woven: call the callback outside it";
        }

        if (consumer.Module != context.Module || context.Selected.Contains(consumer) || !consumer.HasBody ||
            !consumer.Body.Instructions.Any(i => i.Operand is MethodReference m && m.Name == "Invoke" && i.OpCode.Code == Code.Callvirt))
        {
            // Selected and still not woven, it invokes no delegate: it stores or passes the callback on.
            return consumer.Module != context.Module ? $"include {name.Name} in FodyWeavers.xml of its assembly (<Include>{name.Pattern}</Include>), or call the callback from a plain loop" : null;
        }

        return $"include {name.Name} in FodyWeavers.xml (<Include>{name.Pattern}</Include>), or call the callback from a plain loop";
    }

    private static bool IsFramework(MethodDefinition? method)
    {
        var name = method?.Module.Assembly.Name.Name ?? string.Empty;
        return name == "System.Private.CoreLib" || name.StartsWith("System.", StringComparison.Ordinal) ||
            name.StartsWith("Microsoft.", StringComparison.Ordinal) || name is "netstandard" or "mscorlib" or "System";
    }

    private static TypeDefinition? Resolve(TypeReference type)
    {
        if (type is GenericParameter)
        {
            return null;
        }

        return type.TryResolve();
    }

    private static bool IsDelegate(TypeDefinition? type) => type?.BaseType?.FullName == "System.MulticastDelegate";
}
