using Flowmetal.Fody.Analysis;
using Mono.Cecil;
using Mono.Cecil.Cil;

namespace Flowmetal.Fody.Rewriting;

/// <summary>
/// One call in a woven method that may suspend, with everything capture and restore need: the
/// stack below and around the call, the temporaries that hold it, and the values saved in the
/// frame.
/// </summary>
internal sealed class SuspensionPoint
{
    public SuspensionPoint(int number, Instruction call, Instruction entry, StackSlot[] stackBefore, int argumentCount)
    {
        Number = number;
        Call = call;
        Entry = entry;
        StackBefore = stackBefore;
        ArgumentCount = argumentCount;
        BelowTemps = new VariableDefinition?[stackBefore.Length - argumentCount];
        BelowOrigins = new ByRefOrigin?[stackBefore.Length - argumentCount];
        ArgumentTemps = new VariableDefinition?[argumentCount];
        ArgumentOrigins = new ByRefOrigin?[argumentCount];
    }

    /// <summary>The resume point, 1-based, in instruction order.</summary>
    public int Number { get; }

    public Instruction Call { get; }

    /// <summary>The call or its first prefix (<c>constrained.</c>): a branch may only target this.</summary>
    public Instruction Entry { get; }

    public StackSlot[] StackBefore { get; }

    public int ArgumentCount { get; }

    public int BelowCount => StackBefore.Length - ArgumentCount;

    public MethodReference Callee => (MethodReference)Call.Operand;

    public bool ReturnsValue => !GenericSubstitution.IsVoid(Callee.ReturnType);

    /// <summary>
    /// Instance calls keep their arguments in temporaries so the receiver can be saved: on resume
    /// the same object must receive the call, or virtual dispatch would pick another override.
    /// </summary>
    public bool SpillsArguments => Callee.HasThis;

    /// <summary>Try blocks around the call, outermost first.</summary>
    public List<TryBlock> Regions { get; } = new();

    public TryBlock? Innermost => Regions.Count == 0 ? null : Regions[Regions.Count - 1];

    /// <summary>Per slot below the arguments: the temporary holding it (a byref temporary for byrefs).</summary>
    public VariableDefinition?[] BelowTemps { get; }

    public ByRefOrigin?[] BelowOrigins { get; }

    /// <summary>Per argument: its temporary (all arguments of instance calls; byref arguments of static calls).</summary>
    public VariableDefinition?[] ArgumentTemps { get; }

    public ByRefOrigin?[] ArgumentOrigins { get; }

    /// <summary>What the frame keeps for this point.</summary>
    public List<SavedValue> Saved { get; } = new();

    /// <summary>Ref locals live across the call that hold a local's or argument's address: set again on restore.</summary>
    public List<(VariableDefinition Reference, Instruction Definition)> RederivedAddresses { get; } = new();

    /// <summary>First instruction of the capture block (appended at the end of the method).</summary>
    public Instruction CaptureLabel { get; } = Instruction.Create(OpCodes.Nop);

    /// <summary>First instruction of the per-point restore block.</summary>
    public Instruction RestoreLabel { get; } = Instruction.Create(OpCodes.Nop);

    public int SourceLine { get; set; }

    /// <summary>Whether the call names its target (a primitive, a woven method) or dispatches (virtual, interface, delegate).</summary>
    public Analysis.SuspensionCallKind Kind { get; set; }
}

/// <summary>A value a frame keeps: a local, an argument or a weaver temporary, and its field.</summary>
internal sealed class SavedValue
{
    private SavedValue(VariableDefinition? variable, ParameterDefinition? parameter, FrameField field)
    {
        Variable = variable;
        Parameter = parameter;
        Field = field;
    }

    public VariableDefinition? Variable { get; }

    public ParameterDefinition? Parameter { get; }

    public FrameField Field { get; }

    public static SavedValue Of(VariableDefinition variable, FrameField field) => new(variable, null, field);

    public static SavedValue Of(ParameterDefinition parameter, FrameField field) => new(null, parameter, field);

    public Instruction Load() => Variable is not null
        ? Instruction.Create(OpCodes.Ldloc, Variable)
        : Instruction.Create(OpCodes.Ldarg, Parameter!);

    public Instruction Store() => Variable is not null
        ? Instruction.Create(OpCodes.Stloc, Variable)
        : Instruction.Create(OpCodes.Starg, Parameter!);
}

/// <summary>A protected block (one try with all its handlers) that contains suspension points.</summary>
internal sealed class TryBlock
{
    public TryBlock(List<ExceptionHandler> handlers, int start, int end)
    {
        Handlers = handlers;
        Start = start;
        End = end;
    }

    public List<ExceptionHandler> Handlers { get; }

    /// <summary>Handlers of other try blocks whose try contains this one.</summary>
    public HashSet<ExceptionHandler> Enclosing { get; } = new();

    /// <summary>Original index of the try's first instruction.</summary>
    public int Start { get; }

    /// <summary>Original index just past the try's last instruction.</summary>
    public int End { get; }

    public Instruction CurrentStart => Handlers[0].TryStart;

    public bool Contains(int position) => position >= Start && position < End;
}
