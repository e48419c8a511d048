using Mono.Cecil;

namespace Flowmetal.Fody.Analysis;

/// <summary>
/// Resolves the types in a member reference's signature for one use site: a field of
/// <c>Box&lt;T&gt;</c> read through <c>Box&lt;int&gt;</c> has type <c>int</c> there. Cecil keeps
/// signatures in terms of the definition's generic parameters; the stack analysis needs them
/// in terms of the method being woven.
/// </summary>
internal static class GenericSubstitution
{
    public static TypeReference FieldType(FieldReference field) =>
        Substitute(field.FieldType, field.DeclaringType as GenericInstanceType, null);

    public static TypeReference ReturnType(MethodReference method) =>
        Substitute(method.ReturnType, method.DeclaringType as GenericInstanceType, method as GenericInstanceMethod);

    public static TypeReference ParameterType(MethodReference method, int index) =>
        Substitute(method.Parameters[index].ParameterType, method.DeclaringType as GenericInstanceType, method as GenericInstanceMethod);

    public static TypeReference Substitute(TypeReference type, GenericInstanceType? declaring, GenericInstanceMethod? method)
    {
        switch (type)
        {
            case GenericParameter parameter:
                if (parameter.Type == GenericParameterType.Type && declaring is not null && parameter.Position < declaring.GenericArguments.Count)
                {
                    return declaring.GenericArguments[parameter.Position];
                }

                if (parameter.Type == GenericParameterType.Method && method is not null && parameter.Position < method.GenericArguments.Count)
                {
                    return method.GenericArguments[parameter.Position];
                }

                return parameter;
            case ByReferenceType byRef:
                return new ByReferenceType(Substitute(byRef.ElementType, declaring, method));
            case PointerType pointer:
                return new PointerType(Substitute(pointer.ElementType, declaring, method));
            case PinnedType pinned:
                return new PinnedType(Substitute(pinned.ElementType, declaring, method));
            case ArrayType array:
                var elementType = Substitute(array.ElementType, declaring, method);
                if (array.IsVector)
                {
                    return new ArrayType(elementType);
                }

                var copy = new ArrayType(elementType, array.Rank);
                for (int i = 0; i < array.Rank; i++)
                {
                    copy.Dimensions[i] = array.Dimensions[i];
                }

                return copy;
            case RequiredModifierType required:
                return Substitute(required.ElementType, declaring, method);
            case OptionalModifierType optional:
                return Substitute(optional.ElementType, declaring, method);
            case GenericInstanceType instance:
                var result = new GenericInstanceType(instance.ElementType);
                foreach (var argument in instance.GenericArguments)
                {
                    result.GenericArguments.Add(Substitute(argument, declaring, method));
                }

                return result;
            default:
                return type;
        }
    }

    /// <summary>True for <c>void</c>, including <c>void modreq(IsExternalInit)</c> of init accessors.</summary>
    public static bool IsVoid(TypeReference type) => StripModifiers(type).MetadataType == MetadataType.Void;

    /// <summary>Drops custom modifiers (<c>modreq(InAttribute)</c> and friends), which do not affect storage.</summary>
    public static TypeReference StripModifiers(TypeReference type) => type switch
    {
        RequiredModifierType required => StripModifiers(required.ElementType),
        OptionalModifierType optional => StripModifiers(optional.ElementType),
        _ => type,
    };
}
