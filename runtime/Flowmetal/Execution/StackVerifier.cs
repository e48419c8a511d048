using System.Collections.Concurrent;
using System.Diagnostics;
using System.Reflection;

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
    private static readonly ConcurrentDictionary<MethodBase, bool> Woven = new();

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

        string? inner = null;
        MethodBase? innerMethod = null;
        for (; i < frames.Length; i++)
        {
            var method = frames[i].GetMethod();
            if (method is null)
            {
                Refuse("an unnamed frame (a dynamic method or stub)", inner, entry, request, framework: true, frames);
            }

            if (method!.DeclaringType == typeof(FlowRunner))
            {
                // Reached the runner without meeting the entry: the entry itself is not on the stack as
                // expected (it was called some other way). Nothing more can be checked.
                return;
            }

            if (!IsWoven(method))
            {
                Refuse(Describe(method), inner, entry, request, IsFramework(method), frames);
            }

            // The frame is woven, but it calls something none of its suspension points calls: a
            // method that is not woven sits between them, inlined by the JIT (so it has no frame of
            // its own). IL offsets cannot tell, since optimized code maps them only roughly.
            if (innerMethod is not null && !Marker(method).MayCall(innerMethod.Name))
            {
                Refuse(
                    $"a method called by {Describe(method)} that is not woven and was inlined by the JIT into it (so it has no frame of its own), " +
                    $"or a call the weaver did not treat as a suspension point (a delegate, virtual or interface call inside a catch, finally or lock block; " +
                    "a virtual/interface call whose suspending implementation lives in another assembly: include that interface or base method in FodyWeavers.xml)",
                    inner, entry, request, framework: false, frames);
            }

            if (SameMethod(method, entry))
            {
                return;
            }

            inner = Describe(method);
            innerMethod = method;
        }
    }

    private static readonly ConcurrentDictionary<MethodBase, WovenAttribute> Markers = new();

    private static bool IsWoven(MethodBase method) =>
        Woven.GetOrAdd(method, m => m.IsDefined(typeof(WovenAttribute), inherit: false));

    private static WovenAttribute Marker(MethodBase method) =>
        Markers.GetOrAdd(method, m => m.GetCustomAttribute<WovenAttribute>(inherit: false)!);

    private static bool SameMethod(MethodBase a, MethodBase b) =>
        a.MetadataToken == b.MetadataToken && a.Module == b.Module;

    private static bool IsFramework(MethodBase method)
    {
        var name = method.DeclaringType?.Assembly.GetName().Name ?? string.Empty;
        return name == "System.Private.CoreLib" || name.StartsWith("System.", StringComparison.Ordinal) ||
            name.StartsWith("Microsoft.", StringComparison.Ordinal) || name == "netstandard" || name == "mscorlib";
    }

    private static string Describe(MethodBase method) =>
        (method.DeclaringType?.FullName?.Replace('+', '.') ?? "?") + "." + method.Name;

    /// <summary>
    /// An exception filter runs on top of the exception dispatch (its stack shows the runtime's
    /// first-pass frames): whatever it throws counts as "false" and is lost.
    /// </summary>
    private static bool InExceptionFilter(StackFrame[] frames) =>
        frames.Any(f => f.GetMethod() is { DeclaringType.FullName: "System.Runtime.EH", Name: "FindFirstPassHandler" });

    private static void Refuse(string frame, string? inner, MethodBase entry, SuspensionRequest request, bool framework, StackFrame[] frames)
    {
        if (InExceptionFilter(frames))
        {
            var refusal = new UnwovenFrameException(
                frame,
                $"The flow started at {Describe(entry)} cannot suspend ({request.Describe()}) inside an exception filter ('when' clause): " +
                $"{inner ?? "the suspension"} was called from a filter, which runs while the exception is being dispatched and cannot be saved or " +
                "re-entered. Evaluate the condition before the try statement, or inside the catch block.");

            // The filter would swallow the exception as a plain "false" and the flow would run on:
            // the flow fails with it when the step ends instead.
            FlowExecution.Current?.RefuseAtEndOfStep(refusal);
            throw refusal;
        }

        var entryName = Describe(entry);
        var where = inner is null ? "the suspension" : inner;
        int dot = frame.LastIndexOf('.');
        var help = framework
            ? $"A framework method cannot be woven: move the suspending call out of code that {frame} calls back (use a plain loop instead of LINQ or a callback)."
            : frame.Contains(' ') || dot < 0
                ? "Include the called method in FodyWeavers.xml of its assembly, or do not suspend through it."
                : $"Include it in FodyWeavers.xml of its assembly, e.g. <Include>{frame.Substring(0, dot)}::{frame.Substring(dot + 1)}</Include>, or do not suspend through it.";
        throw new UnwovenFrameException(
            frame,
            $"The flow started at {entryName} cannot suspend ({request.Describe()}): {where} was called through {frame}, which is not woven, " +
            $"so its frame could not be saved or restored. {help}");
    }
}
