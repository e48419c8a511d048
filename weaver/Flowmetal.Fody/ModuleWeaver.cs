using Flowmetal.Fody.Configuration;
using Flowmetal.Fody.Diagnostics;
using Flowmetal.Fody.Passes;
using Fody;

namespace Flowmetal.Fody;

/// <summary>
/// The Fody entry point. Reads the <c>&lt;Flowmetal&gt;</c> configuration and hands the module to
/// the weaving pipeline; everything else lives in the passes.
/// </summary>
public sealed class ModuleWeaver : BaseModuleWeaver
{
    /// <summary>Weaves the module Fody loaded.</summary>
    public override void Execute()
    {
        var diagnostics = new DiagnosticBag();
        var config = WeaverConfig.Read(Config, diagnostics);
        if (config is not null)
        {
            var context = new WeavingContext(ModuleDefinition, config, diagnostics);
            WeavingPipeline.Run(context);
        }

        foreach (var diagnostic in diagnostics.All)
        {
            Report(diagnostic);
        }
    }

    /// <summary>Assemblies Fody should resolve types from: none beyond the references.</summary>
    public override IEnumerable<string> GetAssembliesForScanning() => Array.Empty<string>();

    /// <summary>
    /// Woven code calls into the Flowmetal runtime, so its reference must survive even when the
    /// source never named a runtime type directly.
    /// </summary>
    public override bool ShouldCleanReference => false;

    private void Report(Diagnostic diagnostic)
    {
        var text = diagnostic.Format();
        if (diagnostic.Severity == DiagnosticSeverity.Error)
        {
            WriteError(text, diagnostic.Location);
        }
        else
        {
            WriteWarning(text, diagnostic.Location);
        }
    }
}
