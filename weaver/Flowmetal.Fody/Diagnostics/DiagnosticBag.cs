using Mono.Cecil.Cil;

namespace Flowmetal.Fody.Diagnostics;

/// <summary>Collects the diagnostics of one weaving run, in the order they were found.</summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _all = new();

    /// <summary>Everything reported so far.</summary>
    public IReadOnlyList<Diagnostic> All => _all;

    /// <summary>True once an error was reported.</summary>
    public bool HasErrors => _all.Any(d => d.Severity == DiagnosticSeverity.Error);

    /// <summary>Reports a diagnostic.</summary>
    public void Report(DiagnosticDescriptor descriptor, SequencePoint? location, params object[] arguments) =>
        _all.Add(new Diagnostic(descriptor, location, arguments));
}
