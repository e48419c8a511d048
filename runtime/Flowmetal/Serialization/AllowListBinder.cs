using System.Collections.Concurrent;
using System.Reflection;
using System.Runtime.Loader;
using Newtonsoft.Json.Serialization;

namespace Flowmetal.Serialization;

/// <summary>
/// Resolves the type names in stored flows through the <see cref="TypeAllowList"/>: an assembly is
/// loaded from the current load context (the contextual reflection context when one is entered,
/// so that a redeployed build resolves its own types), and the resolved type, generic arguments
/// included, must be allowed before anything of it is created.
/// </summary>
internal sealed class AllowListBinder : ISerializationBinder
{
    private readonly TypeAllowList _allowList;
    private readonly ConcurrentDictionary<(AssemblyLoadContext?, string), Type> _resolved = new();

    public AllowListBinder(TypeAllowList allowList) => _allowList = allowList;

    public TypeAllowList AllowList => _allowList;

    public void BindToName(Type serializedType, out string? assemblyName, out string? typeName)
    {
        TypeNames.Split(serializedType, out var assembly, out var name);
        assemblyName = assembly;
        typeName = name;
    }

    public Type BindToType(string? assemblyName, string typeName)
    {
        var qualified = assemblyName is null ? typeName : typeName + ", " + assemblyName;
        var context = AssemblyLoadContext.CurrentContextualReflectionContext;
        if (_resolved.TryGetValue((context, qualified), out var known))
        {
            return known;
        }

        Type? type;
        try
        {
            type = Type.GetType(qualified, LoadAssembly, ResolveType, throwOnError: false);
        }
        catch (Exception error) when (error is ArgumentException or FileLoadException or BadImageFormatException or TypeLoadException)
        {
            throw new FlowSerializationException($"The stored flow names the type '{qualified}', which is not a valid type name. The stored data is damaged.", error);
        }

        if (type is null)
        {
            throw new FlowSerializationException(
                $"The stored flow names the type '{qualified}', which this process cannot load. Deploy the same assemblies to every client and worker.");
        }

        if (_allowList.Refusal(type) is { } refusal)
        {
            throw new FlowSerializationException(
                $"The stored flow names the type '{qualified}', which is refused: {refusal}.", type, path: null, refusal);
        }

        _resolved.TryAdd((context, qualified), type);
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

    private static Type? ResolveType(Assembly? assembly, string name, bool ignoreCase) =>
        assembly is null ? typeof(object).Assembly.GetType(name, throwOnError: false, ignoreCase) : assembly.GetType(name, throwOnError: false, ignoreCase);
}
