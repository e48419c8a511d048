namespace Flowmetal.Execution;

/// <summary>
/// Stamped on an assembly once the weaver has processed it, so that weaving twice is detected
/// and skipped.
/// </summary>
[AttributeUsage(AttributeTargets.Assembly, Inherited = false)]
public sealed class WovenAssemblyAttribute : Attribute
{
    /// <summary>Creates the stamp.</summary>
    /// <param name="weaverVersion">Version of the weaver that processed the assembly.</param>
    public WovenAssemblyAttribute(string weaverVersion) => WeaverVersion = weaverVersion;

    /// <summary>Version of the weaver that processed the assembly.</summary>
    public string WeaverVersion { get; }
}
