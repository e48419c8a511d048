namespace Flowmetal.Fody.Diagnostics;

/// <summary>How a diagnostic affects the build.</summary>
public enum DiagnosticSeverity
{
    /// <summary>Reported; the build goes on.</summary>
    Warning,

    /// <summary>Fails the build.</summary>
    Error,
}
