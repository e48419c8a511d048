using Flowmetal.Fody.Rewriting;
using Mono.Cecil;
using Mono.Cecil.Cil;
using Mono.Cecil.Rocks;

namespace Flowmetal.Fody.Passes;

/// <summary>
/// Ends the static constructor of every type with <c>static readonly</c> reference fields with a
/// call to <c>Woven.StaticsInitialized(typeof(T))</c>: the runtime then knows those fields' values
/// (smart-enum instances, sentinels, the compiler's lambda caches) and stores a flow's reference
/// to one as a reference to the field, so it comes back as the same object. Registering from the
/// constructor itself means the runtime never has to run a static constructor to look.
/// </summary>
internal sealed class RegisterStaticsPass : IWeavingPass
{
    public void Run(WeavingContext context)
    {
        if (context.Suspendable.Count == 0)
        {
            return;
        }

        foreach (var type in context.Module.GetTypes())
        {
            var constructor = type.Methods.FirstOrDefault(m => m.IsConstructor && m.IsStatic && m.HasBody);
            if (constructor is null || !type.Fields.Any(IsSingletonField))
            {
                continue;
            }

            var body = constructor.Body;
            body.SimplifyMacros();
            var editor = new ILEditor(body);
            var self = Self(type);
            foreach (var ret in body.Instructions.Where(i => i.OpCode.Code == Code.Ret).ToList())
            {
                editor.InsertBefore(
                    ret,
                    new[] { Instruction.Create(OpCodes.Ldtoken, self), Instruction.Create(OpCodes.Call, context.Runtime.StaticsInitialized) },
                    redirectBranch: _ => true);
            }

            body.OptimizeMacros();
        }
    }

    private static bool IsSingletonField(FieldDefinition field) =>
        field.IsStatic && field.IsInitOnly && !field.FieldType.IsValueType && field.FieldType.MetadataType != MetadataType.String &&
        !field.FieldType.IsPointer && !field.FieldType.IsFunctionPointer;

    /// <summary>The type as its own members name it: over its own generic parameters.</summary>
    private static TypeReference Self(TypeDefinition type)
    {
        if (!type.HasGenericParameters)
        {
            return type;
        }

        var instance = new GenericInstanceType(type);
        foreach (var parameter in type.GenericParameters)
        {
            instance.GenericArguments.Add(parameter);
        }

        return instance;
    }
}
