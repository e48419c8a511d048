using Flowmetal.Fody.Diagnostics;
using Flowmetal.Fody.Passes;
using Mono.Cecil;
using Mono.Cecil.Cil;

namespace Flowmetal.Fody.Rewriting;

/// <summary>
/// Where the planning units of one method report what they refuse. While a call that only may suspend is
/// planned (a trial), errors are collected instead of reported: such a call then stays an ordinary call.
/// </summary>
internal sealed class PlanningReport
{
    private readonly WeavingContext _context;
    private readonly MethodDefinition _method;
    private List<string>? _trial;

    public PlanningReport(WeavingContext context, MethodDefinition method)
    {
        _context = context;
        _method = method;
        MethodName = UserCode.Display(method);
    }

    /// <summary>The method as the user knows it, for messages.</summary>
    public string MethodName { get; }

    /// <summary>True once an error was reported: the method is refused.</summary>
    public bool Failed { get; private set; }

    /// <summary>Starts collecting errors instead of reporting them (planning a call that only may suspend).</summary>
    public void BeginTrial() => _trial = new List<string>();

    /// <summary>Ends a trial.</summary>
    /// <returns>The errors found during it, in words.</returns>
    public List<string> EndTrial()
    {
        var problems = _trial ?? new List<string>();
        _trial = null;
        return problems;
    }

    public void Report(DiagnosticDescriptor descriptor, Instruction? at, params object[] arguments)
    {
        if (_trial is not null && descriptor.Severity == DiagnosticSeverity.Error)
        {
            _trial.Add(string.Format(System.Globalization.CultureInfo.InvariantCulture, descriptor.MessageFormat, arguments));
            return;
        }

        if (descriptor.Severity == DiagnosticSeverity.Error)
        {
            Failed = true;
        }

        _context.Diagnostics.Report(descriptor, SourceLocation.Of(_method, SourceAnchor(at) ?? _method.Body.Instructions.FirstOrDefault()), arguments);
    }

    /// <summary>The called method as the user wrote the call: a helper the weaver inlined is named, not what it calls.</summary>
    public string CalleeName(Instruction call) =>
        _context.InlinedCalls.TryGetValue(call, out var inlined)
            ? $"{UserCode.Of(inlined.Helper).Name} (which calls {UserCode.Describe((MethodReference)call.Operand)})"
            : UserCode.Describe((MethodReference)call.Operand);

    /// <summary>Where a diagnostic about an instruction points: for one copied from an inlined helper, the call of the helper.</summary>
    public Instruction? SourceAnchor(Instruction? at) =>
        at is not null && _context.InlinedCalls.TryGetValue(at, out var inlined) ? inlined.Site : at;
}
