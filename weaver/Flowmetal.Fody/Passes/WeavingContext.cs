using Flowmetal.Fody.Configuration;
using Flowmetal.Fody.Diagnostics;
using Mono.Cecil;
using Mono.Cecil.Cil;

namespace Flowmetal.Fody.Passes;

/// <summary>
/// Everything the passes share for one module: created per <c>Execute</c>, never static, since
/// Fody reuses the weaver's load context across builds.
/// </summary>
internal sealed class WeavingContext
{
    private RuntimeReferences? _runtime;

    public WeavingContext(ModuleDefinition module, WeaverConfig config, DiagnosticBag diagnostics)
    {
        Module = module;
        Config = config;
        Diagnostics = diagnostics;
    }

    public ModuleDefinition Module { get; }

    public WeaverConfig Config { get; }

    public DiagnosticBag Diagnostics { get; }

    /// <summary>Set when a pass decides nothing more should run (already woven, nothing selected).</summary>
    public bool Stopped { get; set; }

    /// <summary>Methods the configuration selects, with bodies.</summary>
    public HashSet<MethodDefinition> Selected { get; } = new();

    /// <summary>Selected methods that can reach a suspension and so get capture and restore code.</summary>
    public HashSet<MethodDefinition> Suspendable { get; } = new();

    /// <summary>
    /// The suspendable methods that reach a suspension primitive without a delegate, virtual or
    /// interface call on the way: calling one from code that cannot suspend is a build error.
    /// The others suspend only if a callback or override they call does.
    /// </summary>
    public HashSet<MethodDefinition> SurelySuspending { get; } = new();

    /// <summary>
    /// Virtual and interface methods (any assembly) that a surely suspending method overrides or
    /// implements, or that the configuration selects: calls through them are suspension points.
    /// </summary>
    public HashSet<string> SuspendableSlots { get; } = new();

    /// <summary>The methods rewritten, with their plans.</summary>
    public Dictionary<MethodDefinition, WovenMethod> Woven { get; } = new();

    /// <summary>
    /// Instructions the weaver copied into a caller from a helper it inlined, with the call they
    /// replaced: a diagnostic about one points at that call and names the helper.
    /// </summary>
    public Dictionary<Instruction, InlinedCall> InlinedCalls { get; } = new();

    public RuntimeReferences Runtime => _runtime ??= RuntimeReferences.TryCreate(Module)
        ?? throw new InvalidOperationException(
            $"{Module.Name} selects methods to weave but the Flowmetal runtime assembly cannot be resolved; add the Flowmetal package to the project.");

    public static string SlotKey(MethodReference method) => method.DeclaringType.GetElementType().FullName + "::" + method.Name + "/" + method.Parameters.Count;
}

/// <summary>A call the weaver replaced with the callee's body (the outermost one, when helpers were inlined into helpers).</summary>
internal sealed class InlinedCall
{
    public InlinedCall(Instruction site, MethodDefinition helper)
    {
        Site = site;
        Helper = helper;
    }

    /// <summary>The call, now a <c>nop</c> that keeps its sequence point.</summary>
    public Mono.Cecil.Cil.Instruction Site { get; }

    public MethodDefinition Helper { get; }
}

/// <summary>A rewritten method: its plan, its frame class, and how big it was before the weaver touched it.</summary>
internal sealed class WovenMethod
{
    public WovenMethod(Rewriting.MethodWeavePlan plan, TypeDefinition frameType, OriginalShape original)
    {
        Plan = plan;
        FrameType = frameType;
        Original = original;
    }

    public Rewriting.MethodWeavePlan Plan { get; }

    public TypeDefinition FrameType { get; }

    public OriginalShape Original { get; }
}

/// <summary>The size of a method's body as compiled, and whether it had exception handlers.</summary>
internal readonly struct OriginalShape
{
    public OriginalShape(int codeSize, bool hasHandlers)
    {
        CodeSize = codeSize;
        HasHandlers = hasHandlers;
    }

    public int CodeSize { get; }

    public bool HasHandlers { get; }
}
