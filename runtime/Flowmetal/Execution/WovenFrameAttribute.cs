namespace Flowmetal.Execution;

/// <summary>
/// Put by the weaver on every generated frame type: which method it belongs to and a hash of
/// that method's original body, so that a continuation is never resumed into changed code.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class WovenFrameAttribute : Attribute
{
    /// <summary>Creates the attribute.</summary>
    /// <param name="methodId">Stable identity of the woven method: <c>Namespace.Type::Method(ParameterTypes)</c>.</param>
    /// <param name="bodyHash">Hash of the method's original IL, locals and signature.</param>
    /// <param name="sourceFile">Source file of the method, when symbols were available.</param>
    /// <param name="resumeLines">Source line of each suspension point, indexed by resume point - 1 (0 when unknown).</param>
    public WovenFrameAttribute(string methodId, string bodyHash, string? sourceFile, int[] resumeLines)
    {
        MethodId = methodId;
        BodyHash = bodyHash;
        SourceFile = sourceFile;
        ResumeLines = resumeLines;
    }

    /// <summary>Stable identity of the woven method.</summary>
    public string MethodId { get; }

    /// <summary>Hash of the method's original body.</summary>
    public string BodyHash { get; }

    /// <summary>Source file of the method, or <see langword="null"/> without symbols.</summary>
    public string? SourceFile { get; }

    /// <summary>Source line of each suspension point, indexed by resume point - 1.</summary>
    public int[] ResumeLines { get; }

    /// <summary>
    /// Per resume point (indexed by resume point - 1), a key that unrelated edits leave alone: the callee, its string
    /// literal arguments and the try blocks around it. Empty for frames woven before keys were recorded.
    /// </summary>
    public string[] PointKeys { get; set; } = Array.Empty<string>();

    /// <summary>Per resume point, the fields saved there and what each is in the source: <c>&lt;&gt;l3_total=local:total;&lt;&gt;a_id=arg:id</c>.</summary>
    public string[] PointSlots { get; set; } = Array.Empty<string>();

    /// <summary>Every local of the method the PDB names, saved anywhere or not.</summary>
    public string[] LocalNames { get; set; } = Array.Empty<string>();
}
