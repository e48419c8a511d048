using Mono.Cecil;
using Mono.Cecil.Cil;

namespace Flowmetal.Fody.Rewriting;

/// <summary>
/// What the rewriter needs for one method: its suspension points, the blocks to dispatch through, the frame's
/// layout and the locals to add. Planning only reads the method; every change is the rewriter's.
/// </summary>
internal sealed class MethodWeavePlan
{
    public MethodWeavePlan(MethodDefinition method, FrameLayout frame, IReadOnlyList<VariableDefinition> newLocals, VariableDefinition stateLocal, VariableDefinition frameLocal)
    {
        Method = method;
        Frame = frame;
        NewLocals = newLocals;
        StateLocal = stateLocal;
        FrameLocal = frameLocal;
    }

    public MethodDefinition Method { get; }

    public FrameLayout Frame { get; }

    /// <summary>
    /// The locals the woven method adds, in order after the method's own: the names of frame fields for stack
    /// temporaries carry their index, so the rewriter adds them in exactly this order.
    /// </summary>
    public IReadOnlyList<VariableDefinition> NewLocals { get; }

    /// <summary>The resume point being dispatched to while restoring; 0 otherwise (so try entries fall through).</summary>
    public VariableDefinition StateLocal { get; }

    /// <summary>Holds the frame being captured or restored; typed as the frame class once the rewriter has made it.</summary>
    public VariableDefinition FrameLocal { get; }

    public VariableDefinition? ReturnDefault { get; set; }

    public List<SuspensionPoint> Points { get; } = new();

    /// <summary>Calls that may reach woven code but are not suspension points here: checked after they return.</summary>
    public List<PlainCall> PlainCalls { get; } = new();

    /// <summary>Try blocks holding suspension points, innermost first.</summary>
    public List<TryBlock> Blocks { get; } = new();

    /// <summary>Byref origins whose inputs must be copied as the producer runs.</summary>
    public List<ByRefOrigin> Origins { get; } = new();

    /// <summary>tail. prefixes on suspension points: a call whose frame disappears cannot be checked after.</summary>
    public List<Instruction> TailPrefixes { get; } = new();
}

/// <summary>
/// A call that only may suspend (a delegate, a virtual call, a method that suspends only through
/// one) where this method cannot keep a suspension: inside a handler or a lock, or with a value
/// live across it that a frame cannot hold. It stays an ordinary call; should it return unwinding,
/// the method abandons the suspension and throws, instead of running on with a default value.
/// </summary>
internal sealed class PlainCall
{
    public PlainCall(Instruction call, string reason, bool inFilter = false)
    {
        Call = call;
        Reason = reason;
        InFilter = inFilter;
    }

    /// <summary>
    /// Inside an exception filter, where a throw is swallowed as "false": such a call cannot be
    /// checked after it returns, so the run-time stack check refuses any suspension through it.
    /// </summary>
    public bool InFilter { get; }

    public Instruction Call { get; }

    /// <summary>Why a suspension there cannot be kept, in words.</summary>
    public string Reason { get; }
}
