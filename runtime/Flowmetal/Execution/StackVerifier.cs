using System.Diagnostics;
using System.Reflection;
using System.Runtime.CompilerServices;

namespace Flowmetal.Execution;

/// <summary>
/// Before a flow unwinds, walks the real stack from the suspension primitive to the flow's entry
/// and refuses the suspension if any frame in between is not woven (a method left out of the
/// config, a LINQ operator calling a woven lambda, reflection). Without this check the unwoven
/// frame would carry on with a default value: Quasar's most common failure.
/// </summary>
internal static class StackVerifier
{
    private static readonly Assembly RuntimeAssembly = typeof(StackVerifier).Assembly;
    private static readonly string[] UnknownType = ["?"];
    private static readonly StrongBox<bool> IsWovenBox = new(true);
    private static readonly StrongBox<bool> NotWovenBox = new(false);

    // Weak keys, as every Type- or member-keyed cache of the runtime: a cache must not keep a collectible
    // AssemblyLoadContext (a plugin host's, a test's) alive.
    private static readonly ConditionalWeakTable<MethodBase, StrongBox<bool>> Woven = new();
    private static readonly ConditionalWeakTable<MethodBase, WovenAttribute> Markers = new();

    public static void Verify(MethodBase? entry, SuspensionRequest request)
    {
        if (entry is null)
        {
            return;
        }

        var frames = new StackTrace(1, fNeedFileInfo: false).GetFrames();
        int i = 0;

        // The primitive and the runtime helpers it called.
        while (i < frames.Length && frames[i].GetMethod()?.DeclaringType?.Assembly == RuntimeAssembly)
        {
            i++;
        }

        MethodBase? inner = null;
        for (; i < frames.Length; i++)
        {
            var method = frames[i].GetMethod();
            if (method is null)
            {
                Refuse("an unnamed frame (a dynamic method or stub)", "A suspension cannot pass through generated code: call the suspending method directly.", inner, entry, request, frames);
            }

            if (method!.DeclaringType == typeof(FlowRunner))
            {
                // Reached the runner without meeting the entry: the entry itself is not on the stack as
                // expected (it was called some other way). Nothing more can be checked.
                return;
            }

            if (IsRunnersInvoke(frames, i))
            {
                // The runner calls the entry through reflection, and the JIT inlined the entry (a small
                // woven method) into the invoke stub: the entry's frame is the stub's.
                if (inner is not null && !Marker(entry).MayCall(inner.Name))
                {
                    RefuseCallOutsidePoints(entry, inner, entry, request, frames);
                }

                return;
            }

            if (!IsWoven(method))
            {
                Refuse(Describe(method), HelpFor(method), inner, entry, request, frames);
            }

            // The frame is woven, but it calls something none of its suspension points calls: a
            // method that is not woven sits between them, inlined by the JIT (so it has no frame of
            // its own), or the call was not made a suspension point. IL offsets cannot tell, since
            // optimized code maps them only roughly.
            if (inner is not null && !Marker(method).MayCall(inner.Name))
            {
                RefuseCallOutsidePoints(method, inner, entry, request, frames);
            }

            if (SameMethod(method, entry))
            {
                return;
            }

            inner = method;
        }
    }

    /// <summary>True when frame <paramref name="at"/> and those up to the runner are the reflection call of the entry.</summary>
    private static bool IsRunnersInvoke(StackFrame[] frames, int at)
    {
        for (int k = at; k < frames.Length; k++)
        {
            var method = frames[k].GetMethod();
            if (method?.DeclaringType == typeof(FlowRunner))
            {
                return k > at;
            }

            bool reflection = method is not null &&
                ((method.DeclaringType is null && method.Name.StartsWith("InvokeStub_", StringComparison.Ordinal)) ||
                 method.DeclaringType?.Namespace == "System.Reflection");
            if (!reflection)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>The user's name of a frame's method: <c>Ns.Type::Method</c>, <c>a lambda in Ns.Type::Method</c>, <c>Ns.Type::Scan (an iterator)</c>.</summary>
    public static string Describe(MethodBase method) => NameOf(method).Describe(StateMachineKind(method));

    /// <summary>What FodyWeavers.xml must say to weave the method (its lambdas and local functions included).</summary>
    public static UserCodeName NameOf(MethodBase method)
    {
        var types = new List<string>();
        var type = method.DeclaringType;
        if (type is null)
        {
            return UserCodeName.Of(string.Empty, UnknownType, method.Name);
        }

        for (; type.DeclaringType is not null; type = type.DeclaringType)
        {
            types.Insert(0, type.Name);
        }

        types.Insert(0, type.Name);
        return UserCodeName.Of(type.Namespace ?? string.Empty, types, method.Name);
    }

    private static string StateMachineKind(MethodBase method) =>
        typeof(IAsyncStateMachine).IsAssignableFrom(method.DeclaringType) ? "async method" : "iterator";

    private static string HelpFor(MethodBase method)
    {
        if (IsFramework(method))
        {
            return $"A framework method cannot be woven: move the suspending call out of code that {Describe(method)} calls back (use a plain loop instead of LINQ or a callback).";
        }

        var name = NameOf(method);
        if (name.IsStateMachine)
        {
            return $"An {StateMachineKind(method)} cannot be woven (its state machine is a continuation of its own, which a flow cannot save; " +
                $"<Include>{name.Pattern}</Include> weaves its lambdas and local functions, not that): " +
                $"suspend outside {name.Name}, e.g. collect what it produces first, or write it as a plain method.";
        }

        return $"Include it in FodyWeavers.xml of its assembly, e.g. <Include>{name.Pattern}</Include>, or do not suspend through it.";
    }

    private static void RefuseCallOutsidePoints(MethodBase caller, MethodBase callee, MethodBase entry, SuspensionRequest request, StackFrame[] frames)
    {
        var slot = Slot(callee);
        string help;
        if (slot is not null && !IsFramework(slot))
        {
            help = $"{Describe(caller)} calls it through {Describe(slot)}, which no surely suspending method fills, so such calls are not suspension points: " +
                $"declare that they may suspend with <Include>{NameOf(slot).Pattern}</Include> in FodyWeavers.xml of its assembly, or call {Describe(callee)} directly.";
        }
        else if (slot is not null)
        {
            help = $"{Describe(caller)} calls it through the framework's {Describe(slot)}, whose calls are never suspension points: call {Describe(callee)} directly, or do not suspend in it.";
        }
        else
        {
            help = $"Either a method {Describe(caller)} calls is not woven and was inlined by the JIT into it (so it has no frame of its own): include it in FodyWeavers.xml; " +
                "or the call is one the weaver left an ordinary call (it only might suspend, and sits in a catch, finally or lock block or beside a value a frame cannot hold).";
        }

        Refuse(Describe(caller), help, callee, entry, request, frames,
            $"{Describe(callee)} was called by {Describe(caller)} at a call that is not one of its suspension points, so the caller would carry on with a default value");
    }

    /// <summary>The base or interface method an override or implementation fills, or null for a method that fills none.</summary>
    private static MethodInfo? Slot(MethodBase method)
    {
        if (method is not MethodInfo info || method.DeclaringType is not { } type)
        {
            return null;
        }

        var definition = info.GetBaseDefinition();
        if (definition != info && definition.DeclaringType != type)
        {
            return definition;
        }

        foreach (var implemented in type.GetInterfaces())
        {
            if (type.IsInterface)
            {
                break;
            }

            var map = type.GetInterfaceMap(implemented);
            for (int i = 0; i < map.TargetMethods.Length; i++)
            {
                if (map.TargetMethods[i].MetadataToken == info.MetadataToken && map.TargetMethods[i].Module == info.Module)
                {
                    return map.InterfaceMethods[i];
                }
            }
        }

        return null;
    }

    private static bool IsWoven(MethodBase method) =>
        Woven.GetValue(method, m => m.IsDefined(typeof(WovenAttribute), inherit: false) ? IsWovenBox : NotWovenBox).Value;

    private static WovenAttribute Marker(MethodBase method) =>
        Markers.GetValue(method, m => m.GetCustomAttribute<WovenAttribute>(inherit: false)!);

    private static bool SameMethod(MethodBase a, MethodBase b) =>
        a.MetadataToken == b.MetadataToken && a.Module == b.Module;

    private static bool IsFramework(MethodBase method)
    {
        var name = method.DeclaringType?.Assembly.GetName().Name ?? string.Empty;
        return name == "System.Private.CoreLib" || name.StartsWith("System.", StringComparison.Ordinal) ||
            name.StartsWith("Microsoft.", StringComparison.Ordinal) || name == "netstandard" || name == "mscorlib";
    }

    /// <summary>
    /// An exception filter runs on top of the exception dispatch (its stack shows the runtime's
    /// first-pass frames): whatever it throws counts as "false" and is lost.
    /// </summary>
    private static bool InExceptionFilter(StackFrame[] frames) =>
        frames.Any(f => f.GetMethod() is { DeclaringType.FullName: "System.Runtime.EH", Name: "FindFirstPassHandler" });

    private static void Refuse(string frame, string help, MethodBase? inner, MethodBase entry, SuspensionRequest request, StackFrame[] frames, string? what = null)
    {
        var where = inner is null ? "the suspension" : Describe(inner);
        what ??= $"{where} was called through {frame}, which is not woven, so its frame could not be saved or restored";
        if (InExceptionFilter(frames))
        {
            var refusal = new UnwovenFrameException(
                frame,
                $"The flow started at {Describe(entry)} cannot suspend ({request.Describe()}) inside an exception filter ('when' clause): " +
                $"{where} was called from a filter, which runs while the exception is being dispatched and cannot be saved or " +
                "re-entered. Evaluate the condition before the try statement, or inside the catch block.");

            // The filter would swallow the exception as a plain "false" and the flow would run on:
            // the flow fails with it when the step ends instead.
            FlowExecution.Current?.RefuseAtEndOfStep(refusal);
            throw refusal;
        }

        throw new UnwovenFrameException(
            frame,
            $"The flow started at {Describe(entry)} cannot suspend ({request.Describe()}): {what}. {help}");
    }
}
