using Mono.Cecil;
using Mono.Cecil.Cil;

namespace Flowmetal.Fody.Rewriting;

/// <summary>
/// The locals planning needs (state, frame, temporaries) without adding them to the method: the rewriter adds
/// them after the method's own, in this order, so the index each will have is known while planning.
/// </summary>
internal sealed class PlannedLocals
{
    private readonly MethodDefinition _method;
    private readonly List<VariableDefinition> _all = new();
    private readonly Dictionary<VariableDefinition, int> _index = new();

    public PlannedLocals(MethodDefinition method) => _method = method;

    /// <summary>Every planned local, in the order the rewriter adds them.</summary>
    public IReadOnlyList<VariableDefinition> All => _all;

    /// <summary>Plans a local of <paramref name="type"/>.</summary>
    public VariableDefinition Add(TypeReference type)
    {
        var local = new VariableDefinition(type);
        _index.Add(local, _method.Body.Variables.Count + _all.Count);
        _all.Add(local);
        return local;
    }

    /// <summary>True for the method's own locals, false for planned ones.</summary>
    public bool IsOriginal(VariableDefinition local) => !_index.ContainsKey(local);

    /// <summary>The index a planned local will have once added: frame fields of stack temporaries are named by it.</summary>
    public int IndexOf(VariableDefinition local) => _index[local];
}
