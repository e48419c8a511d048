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
            Summarize(config, context);
        }

        var diagnosticsFile = BuildDiagnosticsFile.Find(AssemblyFilePath);
        if (diagnosticsFile is not null)
        {
            // Flowmetal.targets logs them with their codes once Fody is done (and fails the build on errors).
            BuildDiagnosticsFile.Write(diagnosticsFile, diagnostics.All, WeaversXmlPath());
            return;
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

    private void Summarize(WeaverConfig config, WeavingContext context)
    {
        var assembly = ModuleDefinition.Assembly.Name.Name;
        if (config.Includes.Count == 0)
        {
            // The starter FodyWeavers.xml the package writes includes nothing: say what to do next.
            WriteMessage(
                $"FodyWeavers.xml includes nothing, so nothing in {assembly} is woven yet; name what to weave inside <Flowmetal>, e.g. <Include>{assembly}.Flows.*</Include>",
                MessageImportance.High);
            return;
        }

        WriteMessage(
            $"wove {context.Suspendable.Count} suspendable method(s) of the {context.Selected.Count} selected in {assembly}",
            MessageImportance.Normal);
    }

    private string? WeaversXmlPath() =>
        string.IsNullOrEmpty(ProjectDirectoryPath) ? null : Path.Combine(ProjectDirectoryPath, "FodyWeavers.xml");

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
