using System.Collections.Concurrent;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Runtime.Loader;

namespace Flowmetal.Serialization;

/// <summary>
/// Resolves the type names in stored flows: an assembly is loaded from the current load context
/// (the contextual reflection context when one is entered, so that a redeployed build resolves its
/// own types). Whether a resolved type may be created is the <see cref="TypeAllowList"/>'s call,
/// made by the caller for what it is about to create.
/// </summary>
internal sealed class StoredTypeResolver
{
    // Per load context, weakly: a collectible context (a plugin host's redeployed build) must not be kept alive by its cache.
    private readonly ConcurrentDictionary<string, Type> _resolvedInDefault = new();
    private readonly ConditionalWeakTable<AssemblyLoadContext, ConcurrentDictionary<string, Type>> _resolved = new();

    /// <summary>The type <paramref name="stored"/> names (a <see cref="TypeNames.Stored"/> or qualified name).</summary>
    /// <exception cref="FlowSerializationException">The name is not valid, or names a type this process cannot load.</exception>
    public Type Resolve(string stored)
    {
        var context = AssemblyLoadContext.CurrentContextualReflectionContext;
        var resolved = context is null ? _resolvedInDefault : _resolved.GetValue(context, _ => new ConcurrentDictionary<string, Type>());
        if (resolved.TryGetValue(stored, out var known))
        {
            return known;
        }

        Type? type;
        try
        {
            type = Type.GetType(stored, LoadAssembly, ResolveType, throwOnError: false);
        }
        catch (Exception error) when (error is ArgumentException or FileLoadException or BadImageFormatException or TypeLoadException)
        {
            throw new FlowSerializationException($"The stored flow names the type '{stored}', which is not a valid type name: the stored data is damaged.", error);
        }

        if (type is null)
        {
            throw new FlowSerializationException(
                $"The stored flow names the type '{stored}', which this process cannot load. Deploy the same assemblies to every client and worker.");
        }

        if (type.IsPointer || type.IsByRef || type.IsGenericTypeDefinition || type.ContainsGenericParameters)
        {
            throw new FlowSerializationException($"The stored flow names the type '{stored}', which no stored value can have: the stored data is damaged.");
        }

        resolved.TryAdd(stored, type);
        return type;
    }

    private static Assembly? LoadAssembly(AssemblyName name)
    {
        var context = AssemblyLoadContext.CurrentContextualReflectionContext ?? AssemblyLoadContext.Default;
        try
        {
            return context.LoadFromAssemblyName(name);
        }
        catch (FileNotFoundException)
        {
            return null;
        }
    }

    // A name without an assembly is a core library type (TypeNames.Stored leaves that one out).
    private static Type? ResolveType(Assembly? assembly, string name, bool ignoreCase) =>
        (assembly ?? typeof(object).Assembly).GetType(name, throwOnError: false, ignoreCase);
}
