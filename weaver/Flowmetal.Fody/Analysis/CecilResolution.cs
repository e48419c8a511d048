using Mono.Cecil;

namespace Flowmetal.Fody.Analysis;

/// <summary>
/// Resolution that answers "unknown" instead of throwing. Cecil throws <see cref="AssemblyResolutionException"/>
/// when a referenced assembly is not among the build's references (a facade, an optional dependency); the
/// weaver then treats the member as code it cannot see, and each caller decides what unknown means for it.
/// </summary>
internal static class CecilResolution
{
    private const string IsByRefLikeAttribute = "System.Runtime.CompilerServices.IsByRefLikeAttribute";

    /// <summary>The definition of <paramref name="type"/>, or null when its assembly cannot be found.</summary>
    public static TypeDefinition? TryResolve(this TypeReference type)
    {
        try
        {
            return type.Resolve();
        }
        catch (AssemblyResolutionException)
        {
            return null;
        }
    }

    /// <summary>The definition of <paramref name="method"/>, or null when its assembly cannot be found.</summary>
    public static MethodDefinition? TryResolve(this MethodReference method)
    {
        try
        {
            return method.Resolve();
        }
        catch (AssemblyResolutionException)
        {
            return null;
        }
    }

    /// <summary>The assembly <paramref name="name"/> as the module's resolver finds it, or null.</summary>
    public static AssemblyDefinition? TryResolve(this IAssemblyResolver resolver, AssemblyNameReference name)
    {
        try
        {
            return resolver.Resolve(name);
        }
        catch (AssemblyResolutionException)
        {
            return null;
        }
    }

    /// <summary>
    /// Whether <paramref name="type"/> is a ref struct (a value type marked <c>IsByRefLike</c>): it lives on the stack
    /// only, so no frame field or heap object can hold it. Generic parameters and arrays never are;
    /// <paramref name="whenUnknown"/> answers for a type whose assembly cannot be found.
    /// </summary>
    public static bool IsByRefLike(TypeReference type, bool whenUnknown)
    {
        if (type is GenericParameter or ArrayType or PointerType)
        {
            return false;
        }

        if (type is ByReferenceType)
        {
            return true;
        }

        return TryResolve(type) is { } definition
            ? definition.IsValueType && definition.CustomAttributes.Any(a => a.AttributeType.FullName == IsByRefLikeAttribute)
            : whenUnknown;
    }
}
