using Mono.Cecil;

namespace Flowmetal.Fody.Rewriting;

/// <summary>
/// What a woven method's frame class will hold, as planning decides it: one field per saved value, and the
/// identity its attribute carries. Planning only describes; <see cref="FrameTypeBuilder"/> makes the class
/// when the method is rewritten, so a method refused halfway through planning leaves the module untouched.
/// </summary>
internal sealed class FrameLayout
{
    private readonly List<FrameField> _fields = new();
    private readonly Dictionary<string, FrameField> _byName = new(StringComparer.Ordinal);

    public FrameLayout(string methodId, string bodyHash)
    {
        MethodId = methodId;
        BodyHash = bodyHash;
    }

    /// <summary>The method as the runtime names it (<see cref="MethodIdentity.Id"/>).</summary>
    public string MethodId { get; }

    /// <summary>The body hash a stored frame is checked against on resume.</summary>
    public string BodyHash { get; }

    /// <summary>The fields in the order they were first needed (their order in the class).</summary>
    public IReadOnlyList<FrameField> Fields => _fields;

    /// <summary>The method's source file, when its PDB has sequence points.</summary>
    public string? SourceFile { get; private set; }

    /// <summary>The source line of each resume point, in resume-point order.</summary>
    public IReadOnlyList<int> ResumeLines { get; private set; } = Array.Empty<int>();

    /// <summary>The field named <paramref name="name"/>, planned on first use: values saved at several points share it.</summary>
    /// <param name="name">A <see cref="Execution.WovenContract.FrameFields"/> name.</param>
    /// <param name="typeInMethod">The value's type as the method sees it (its generic parameters are mapped to the frame's when built).</param>
    public FrameField Field(string name, TypeReference typeInMethod)
    {
        if (!_byName.TryGetValue(name, out var field))
        {
            field = new FrameField(name, typeInMethod);
            _byName.Add(name, field);
            _fields.Add(field);
        }

        return field;
    }

    /// <summary>Each resume point's key (<see cref="ResumePointKeys.Key"/>), once described for redeploys.</summary>
    public IReadOnlyList<string>? PointKeys { get; private set; }

    /// <summary>What each point's saved fields are in the source (<see cref="ResumePointKeys.Slots"/>).</summary>
    public IReadOnlyList<string>? PointSlots { get; private set; }

    /// <summary>The method's named locals (<see cref="ResumePointKeys.LocalNames"/>).</summary>
    public IReadOnlyList<string>? LocalNames { get; private set; }

    /// <summary>Records where the method's resume points are in the source, for <c>FlowInfo</c> and errors.</summary>
    public void Describe(string? sourceFile, IReadOnlyList<int> resumeLines)
    {
        SourceFile = sourceFile;
        ResumeLines = resumeLines;
    }

    /// <summary>
    /// Records what a later build needs to resume a frame of this one after the method changed: the key of each
    /// resume point, what each saved field is in the source, the method's named locals.
    /// </summary>
    public void DescribeForRedeploys(IReadOnlyList<string> pointKeys, IReadOnlyList<string> pointSlots, IReadOnlyList<string> localNames)
    {
        PointKeys = pointKeys;
        PointSlots = pointSlots;
        LocalNames = localNames;
    }
}

/// <summary>One planned field of a frame class.</summary>
internal sealed class FrameField
{
    public FrameField(string name, TypeReference typeInMethod)
    {
        Name = name;
        TypeInMethod = typeInMethod;
    }

    public string Name { get; }

    public TypeReference TypeInMethod { get; }
}
