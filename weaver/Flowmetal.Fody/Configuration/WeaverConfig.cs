using System.Xml.Linq;
using Flowmetal.Fody.Diagnostics;
using Mono.Cecil;

namespace Flowmetal.Fody.Configuration;

/// <summary>The <c>&lt;Flowmetal&gt;</c> element of FodyWeavers.xml: which methods to weave.</summary>
public sealed class WeaverConfig
{
    private WeaverConfig(IReadOnlyList<SelectionPattern> includes, IReadOnlyList<SelectionPattern> excludes, IReadOnlyList<RetryRule> retries)
    {
        Includes = includes;
        Excludes = excludes;
        Retries = retries;
    }

    /// <summary>The retry rules, in file order.</summary>
    public IReadOnlyList<RetryRule> Retries { get; }

    /// <summary>The include patterns, in file order.</summary>
    public IReadOnlyList<SelectionPattern> Includes { get; }

    /// <summary>The exclude patterns, in file order; an exclude wins over an include.</summary>
    public IReadOnlyList<SelectionPattern> Excludes { get; }

    /// <summary>Reads the configuration; reports FL0001 and returns null when it is malformed.</summary>
    public static WeaverConfig? Read(XElement? element, DiagnosticBag diagnostics)
    {
        var includes = new List<SelectionPattern>();
        var excludes = new List<SelectionPattern>();
        var retries = new List<RetryRule>();
        if (element is null)
        {
            return new WeaverConfig(includes, excludes, retries);
        }

        bool ok = true;
        foreach (var attribute in element.Attributes())
        {
            diagnostics.Report(DiagnosticCatalogue.MalformedConfig, null, $"unknown attribute '{attribute.Name}'");
            ok = false;
        }

        foreach (var child in element.Elements())
        {
            var name = child.Name.LocalName;
            if (name == "Retry")
            {
                var rule = RetryRule.TryParse(child, out var retryError);
                if (rule is null)
                {
                    diagnostics.Report(DiagnosticCatalogue.MalformedConfig, null, retryError!);
                    ok = false;
                }
                else
                {
                    retries.Add(rule);
                }

                continue;
            }

            if (name != "Include" && name != "Exclude")
            {
                diagnostics.Report(DiagnosticCatalogue.MalformedConfig, null, $"unknown element <{name}> (expected <Include>, <Exclude> or <Retry>)");
                ok = false;
                continue;
            }

            if (child.HasElements || child.HasAttributes)
            {
                diagnostics.Report(DiagnosticCatalogue.MalformedConfig, null, $"<{name}> takes only a pattern as text, no attributes or child elements");
                ok = false;
                continue;
            }

            var pattern = SelectionPattern.TryParse(name, child.Value, out var error);
            if (pattern is null)
            {
                diagnostics.Report(DiagnosticCatalogue.MalformedConfig, null, error!);
                ok = false;
                continue;
            }

            (name == "Include" ? includes : excludes).Add(pattern);
        }

        return ok ? new WeaverConfig(includes, excludes, retries) : null;
    }

    /// <summary>True when <paramref name="method"/> is included and not excluded.</summary>
    public bool Selects(MethodDefinition method) =>
        Includes.Any(p => p.Matches(method)) && !Excludes.Any(p => p.Matches(method));
}
