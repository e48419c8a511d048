namespace Flowmetal.Fody.Diagnostics;

/// <summary>One entry of the diagnostic catalogue: a stable id, a severity, a message template and what to do.</summary>
public sealed class DiagnosticDescriptor
{
    /// <summary>Creates a descriptor.</summary>
    public DiagnosticDescriptor(string id, DiagnosticSeverity severity, string messageFormat, string help)
    {
        Id = id;
        Severity = severity;
        MessageFormat = messageFormat;
        Help = help;
    }

    /// <summary>The stable id, <c>FLxxxx</c>.</summary>
    public string Id { get; }

    /// <summary>Whether the diagnostic fails the build.</summary>
    public DiagnosticSeverity Severity { get; }

    /// <summary>A <see cref="string.Format(string, object[])"/> template naming the thing at fault.</summary>
    public string MessageFormat { get; }

    /// <summary>What the user should change.</summary>
    public string Help { get; }
}
