namespace Flowmetal.Fody.Diagnostics;

/// <summary>
/// Every diagnostic the weaver can report. Ids are stable and documented in the README; the
/// message names the thing at fault, the help says what to change.
/// </summary>
public static class DiagnosticCatalogue
{
    /// <summary>The <c>&lt;Flowmetal&gt;</c> element in FodyWeavers.xml cannot be read.</summary>
    public static readonly DiagnosticDescriptor MalformedConfig = new(
        "FL0001", DiagnosticSeverity.Error,
        "FodyWeavers.xml <Flowmetal>: {0}",
        "write <Include>Ns.*</Include>, <Include>Ns.Type</Include> or <Include>Ns.Type::Method</Include> (and <Exclude> likewise) inside <Flowmetal>");

    /// <summary>An include or exclude pattern selects nothing.</summary>
    public static readonly DiagnosticDescriptor PatternMatchesNothing = new(
        "FL0002", DiagnosticSeverity.Warning,
        "FodyWeavers.xml <Flowmetal>: <{0}>{1}</{0}> matches no namespace, type or method in {2}",
        "check the spelling, or remove the pattern");

    /// <summary>The assembly carries the woven stamp already.</summary>
    public static readonly DiagnosticDescriptor AlreadyWoven = new(
        "FL0003", DiagnosticSeverity.Warning,
        "{0} was already woven by Flowmetal {1}; it is left as it is",
        "weave each assembly once (rebuild it from source to weave it again)");

    /// <summary>A retry rule names a method that no woven code calls, or an exception type that does not exist.</summary>
    public static readonly DiagnosticDescriptor RetryRuleProblem = new(
        "FL0004", DiagnosticSeverity.Error,
        "FodyWeavers.xml {0}: {1}",
        "name a method that woven code calls, as Ns.Type::Method, and exception types by their full names");

    /// <summary>A suspension point sits in a catch, finally or fault handler.</summary>
    public static readonly DiagnosticDescriptor SuspensionInHandler = new(
        "FL0101", DiagnosticSeverity.Error,
        "{0} suspends inside a {1} handler of {2}",
        "move the suspension out of the catch/finally block: keep what you need in a local and suspend after the try statement");

    /// <summary>A suspension point sits inside a lock.</summary>
    public static readonly DiagnosticDescriptor SuspensionInLock = new(
        "FL0102", DiagnosticSeverity.Error,
        "{0} suspends inside a lock in {1}: a lock cannot be held across a suspension (the flow may resume on another machine)",
        "move the suspension out of the lock block");

    /// <summary>A value that cannot live on the heap is live across a suspension.</summary>
    public static readonly DiagnosticDescriptor UnstorableLiveAcrossSuspension = new(
        "FL0103", DiagnosticSeverity.Error,
        "{0} '{1}' of type {2} is live across the suspension {3} in {4}: {5}",
        "end its use before the suspension, or copy what you need into an ordinary local");

    /// <summary>A constructor suspends.</summary>
    public static readonly DiagnosticDescriptor SuspensionInConstructor = new(
        "FL0104", DiagnosticSeverity.Error,
        "constructor {0} suspends ({1}); an object under construction cannot be suspended",
        "move the suspending call into a method called after construction (a factory method works)");

    /// <summary>Anything else the weaver cannot make durable.</summary>
    public static readonly DiagnosticDescriptor Unsupported = new(
        "FL0105", DiagnosticSeverity.Error,
        "{0} cannot be made suspendable: {1}",
        "rewrite that part of the method as described, or exclude the method with <Exclude>");

    /// <summary>A suspension point sits inside an exception filter.</summary>
    public static readonly DiagnosticDescriptor SuspensionInFilter = new(
        "FL0106", DiagnosticSeverity.Error,
        "{0} suspends inside the exception filter ('when' clause) of {1}",
        "evaluate the condition before the try statement, or inside the catch block without suspending");

    /// <summary>An async method or iterator inside a selected type calls something that suspends.</summary>
    public static readonly DiagnosticDescriptor SuspensionInStateMachine = new(
        "FL0107", DiagnosticSeverity.Error,
        "{0} is an async method or iterator and calls {1}, which suspends; async methods and iterators cannot be suspended",
        "call the suspending method from ordinary synchronous code, outside the async method or iterator");

    /// <summary>A method outside the selection calls a woven method.</summary>
    public static readonly DiagnosticDescriptor UnwovenCaller = new(
        "FL0201", DiagnosticSeverity.Warning,
        "{0} is not woven but calls {1}, which can suspend; a suspension through {0} fails the flow at run time",
        "include {0} in FodyWeavers.xml (<Include>{2}</Include>), or do not call {1} from it");

    /// <summary>A <c>[FlowUpgrader]</c> method has a shape the runtime cannot call.</summary>
    public static readonly DiagnosticDescriptor MalformedUpgrader = new(
        "FL0301", DiagnosticSeverity.Error,
        "the flow upgrader {0} {1}",
        "write it as 'static FrameResume Name(StoredFrame old)', or take stored values by name: 'static FrameResume Name(int total)'");

    /// <summary>A <c>[FlowUpgrader]</c> names a method that is not woven in this assembly, so it would never run.</summary>
    public static readonly DiagnosticDescriptor UpgraderForNoWovenMethod = new(
        "FL0302", DiagnosticSeverity.Error,
        "the flow upgrader {0} is for {1}, which is not a woven method of this assembly{2}",
        "name the method as errors and FlowInfo do, Namespace.Type::Method(ParameterTypes), and keep the upgrader in the method's assembly");

    /// <summary>A selected method can reach a suspension only through code that is not woven.</summary>
    public static readonly DiagnosticDescriptor SuspensionThroughUnwovenCode = new(
        "FL0202", DiagnosticSeverity.Warning,
        "{0} {1}, which is not woven; a suspension there fails the flow at run time",
        "{2}");
}
