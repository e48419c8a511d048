using System.Reflection;
using System.Runtime.Loader;

namespace Flowmetal.Weaver.Tests.Versions;

/// <summary>
/// One build of Flowmetal.Fixtures.Versioned in its own load context, as a redeployed worker would
/// see it; the runtime and Newtonsoft stay shared with the test.
/// </summary>
internal sealed class VersionedFixture : AssemblyLoadContext
{
    private readonly string _path;

    public VersionedFixture(string version)
        : base("versioned-" + version, isCollectible: true)
    {
        _path = Path.Combine(AppContext.BaseDirectory, "versions", version, "Flowmetal.Fixtures.Versioned.dll");
        Assembly = LoadFromAssemblyPath(_path);
    }

    public Assembly Assembly { get; }

    public MethodInfo Entry => Assembly.GetType("Flowmetal.Fixtures.Versioned.Shipping", throwOnError: true)!.GetMethod("Entry")!;

    protected override Assembly? Load(AssemblyName assemblyName) =>
        assemblyName.Name == "Flowmetal.Fixtures.Versioned" ? LoadFromAssemblyPath(_path) : null;
}
