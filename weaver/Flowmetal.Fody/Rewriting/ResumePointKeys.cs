using Flowmetal.Execution;
using System.Globalization;
using System.Text;
using Mono.Cecil;
using Mono.Cecil.Cil;

namespace Flowmetal.Fody.Rewriting;

/// <summary>
/// What lets a continuation stored by one build resume in another whose method body changed: per
/// suspension point a key that unrelated edits leave alone (the callee, its string literal
/// arguments, the try blocks around it; the runtime adds the ordinal among the points with the
/// same key), and per saved value what it is in the source (a local by its PDB name, an argument by
/// name, <c>this</c>, the n-th spilled stack value). Indices of locals and IL offsets are left out
/// on purpose: they shift with every edit above the point.
/// </summary>
internal static class ResumePointKeys
{
    /// <summary><c>Flowmetal.Flow::WaitForSignal&lt;System.Boolean&gt;(System.String)("approved") in try{finally}</c>.</summary>
    public static string Key(SuspensionPoint point)
    {
        var callee = point.Callee;
        var text = new StringBuilder();
        text.Append(Callee(callee));
        var literals = new List<string>();
        for (int a = 0; a < point.ArgumentCount; a++)
        {
            if (point.StackBefore[point.BelowCount + a].Producer is { OpCode.Code: Code.Ldstr } producer)
            {
                literals.Add("\"" + (string)producer.Operand + "\"");
            }
        }

        if (literals.Count > 0)
        {
            text.Append('(').Append(string.Join(",", literals)).Append(')');
        }

        foreach (var block in point.Regions)
        {
            text.Append(" in try{").Append(string.Join(",", block.Handlers.Select(Handler))).Append('}');
        }

        return text.ToString();
    }

    /// <summary>
    /// Per saved value, <c>field=role</c>: <c>local:total</c>, <c>anon</c> (a local without a PDB name),
    /// <c>arg:id</c>, <c>this</c>, <c>stack:0</c> (the first value spilled at this point), joined by <c>;</c>.
    /// </summary>
    public static string Slots(SuspensionPoint point, MethodDefinition method, Func<VariableDefinition, bool> isOriginal)
    {
        var slots = new List<string>();
        int stack = 0;
        foreach (var saved in point.Saved)
        {
            string role;
            if (saved.Parameter is { } parameter)
            {
                role = parameter == method.Body.ThisParameter ? WovenContract.SlotRoles.This : WovenContract.SlotRoles.ArgumentPrefix + parameter.Name;
            }
            else if (!isOriginal(saved.Variable!))
            {
                role = WovenContract.SlotRoles.StackPrefix + (stack++).ToString(CultureInfo.InvariantCulture);
            }
            else if (NameAt(method, saved.Variable!, point.Call) is { } name)
            {
                role = WovenContract.SlotRoles.LocalPrefix + name;
            }
            else
            {
                role = WovenContract.SlotRoles.Anonymous;
            }

            slots.Add(saved.Field.Name + WovenContract.SlotRoles.Assign + role);
        }

        return string.Join(WovenContract.SlotRoles.Separator.ToString(), slots);
    }

    /// <summary>Every local the PDB names, live at a suspension point or not (every scope's: an optimized build shares slots): a stored value whose name is gone was removed on purpose.</summary>
    public static string[] LocalNames(MethodDefinition method)
    {
        var names = new List<(string Name, ScopeDebugInformation Scope)>();
        if (method.HasBody && method.DebugInformation.Scope is { } scope)
        {
            Collect(scope, index: null, names);
        }

        return names.Select(n => n.Name).Distinct(StringComparer.Ordinal).ToArray();
    }

    /// <summary>
    /// The PDB name of <paramref name="local"/> at <paramref name="call"/>. An optimized build gives one slot to locals
    /// of disjoint scopes: then the name is the one of the innermost scope around the call, and null (matched by type
    /// and order, like a compiler temporary) when that cannot be told, never another local's name.
    /// </summary>
    private static string? NameAt(MethodDefinition method, VariableDefinition local, Instruction call)
    {
        if (!method.HasBody || method.DebugInformation.Scope is null)
        {
            return null;
        }

        var names = new List<(string Name, ScopeDebugInformation Scope)>();
        Collect(method.DebugInformation.Scope, local.Index, names);
        var distinct = names.Select(n => n.Name).Distinct(StringComparer.Ordinal).ToList();
        if (distinct.Count == 1)
        {
            return distinct[0];
        }

        var around = names.Where(n => Contains(n.Scope, call.Offset)).ToList();
        return around.Count == 0 ? null : around.OrderBy(n => Width(n.Scope)).First().Name;
    }

    /// <summary>The named locals of <paramref name="scope"/> and the scopes inside it: of slot <paramref name="index"/>, or all.</summary>
    private static void Collect(ScopeDebugInformation? scope, int? index, List<(string, ScopeDebugInformation)> names)
    {
        if (scope is null)
        {
            return;
        }

        foreach (var variable in scope.Variables)
        {
            if ((index is null || variable.Index == index) && !variable.IsDebuggerHidden && !string.IsNullOrEmpty(variable.Name))
            {
                names.Add((variable.Name, scope));
            }
        }

        foreach (var inner in scope.Scopes)
        {
            Collect(inner, index, names);
        }
    }

    private static bool Contains(ScopeDebugInformation scope, int offset) =>
        scope.Start.Offset <= offset && (scope.End.IsEndOfMethod || offset < scope.End.Offset);

    private static int Width(ScopeDebugInformation scope) => scope.End.IsEndOfMethod ? int.MaxValue : scope.End.Offset - scope.Start.Offset;

    private static string Callee(MethodReference callee)
    {
        var text = new StringBuilder();
        text.Append(callee.DeclaringType.FullName).Append("::").Append(callee.Name);
        if (callee is GenericInstanceMethod generic)
        {
            text.Append('<').Append(string.Join(",", generic.GenericArguments.Select(a => a.FullName))).Append('>');
        }

        text.Append('(').Append(string.Join(",", callee.Parameters.Select(p => p.ParameterType.FullName))).Append(')');
        return text.ToString();
    }

    private static string Handler(ExceptionHandler handler) => handler.HandlerType switch
    {
        ExceptionHandlerType.Catch => "catch " + handler.CatchType.FullName,
        ExceptionHandlerType.Filter => "filter",
        ExceptionHandlerType.Finally => "finally",
        _ => "fault",
    };
}
