using Flowmetal.Execution;
using Flowmetal.Fody.Analysis;
using Mono.Cecil;

namespace Flowmetal.Fody.Diagnostics;

/// <summary>Names methods in diagnostics as the user wrote them (see <see cref="UserCodeName"/>).</summary>
internal static class UserCode
{
    public static UserCodeName Of(MethodDefinition method)
    {
        var types = new List<string>();
        var type = method.DeclaringType;
        for (; type.DeclaringType is not null; type = type.DeclaringType)
        {
            types.Insert(0, type.Name);
        }

        types.Insert(0, type.Name);
        return UserCodeName.Of(type.Namespace, types, method.Name);
    }

    /// <summary>
    /// The name a diagnostic gives a method: its identity (with parameter types, to tell overloads
    /// apart) when the user wrote it, the user's method and part when the compiler generated it.
    /// </summary>
    public static string Display(MethodDefinition method)
    {
        var name = Of(method);
        return name.Part == UserCodePart.Method ? Rewriting.MethodIdentity.Id(method) : name.Describe(StateMachineKind(method.DeclaringType));
    }

    public static string StateMachineKind(TypeDefinition type) =>
        type.Interfaces.Any(i => i.InterfaceType.FullName == "System.Runtime.CompilerServices.IAsyncStateMachine") ? "async method" : "iterator";

    /// <summary>The user's name of a called method, or its full name when it cannot be resolved.</summary>
    public static string Describe(MethodReference method)
    {
        var definition = method.TryResolve();

        return definition is null ? method.FullName : Of(definition).Describe(StateMachineKind(definition.DeclaringType));
    }
}
