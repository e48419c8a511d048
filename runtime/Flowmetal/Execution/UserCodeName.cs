// Shared by the runtime and the weaver (linked into weaver/Flowmetal.Fody): both name methods the
// compiler generated (lambdas, local functions, iterator and async state machines) after the
// method the user wrote, in the form FodyWeavers.xml accepts. Plain string work only, so it
// compiles for netstandard2.0 too.
using System.Collections.Generic;

namespace Flowmetal.Execution;

/// <summary>
/// What a method is in the user's source: <c>MoreLinq.MoreEnumerable+&lt;ScanImpl&gt;d__224`2::MoveNext</c>
/// is the iterator <c>MoreLinq.MoreEnumerable::ScanImpl</c>, <c>Ns.Job+&lt;&gt;c::&lt;Run&gt;b__0_1</c> a
/// lambda in <c>Ns.Job::Run</c>, <c>Ns.Job::&lt;Run&gt;g__Step|0_2</c> the local function <c>Step</c> of
/// <c>Ns.Job::Run</c>. Follows Roslyn's generated names (<c>b__</c> lambdas, <c>g__</c> local
/// functions, <c>d__</c> state machines, <c>&lt;&gt;c</c> closure classes).
/// </summary>
internal sealed class UserCodeName
{
    private UserCodeName(string type, string method, UserCodePart part, string? localFunction)
    {
        Type = type;
        Method = method;
        Part = part;
        LocalFunction = localFunction;
    }

    /// <summary>The user's type, dotted, without generic arity: <c>MoreLinq.MoreEnumerable</c>, <c>Ns.Outer.Inner</c>.</summary>
    public string Type { get; }

    /// <summary>The user's method: <c>ScanImpl</c>.</summary>
    public string Method { get; }

    /// <summary>Which part of the user's method the compiled method is.</summary>
    public UserCodePart Part { get; }

    /// <summary>The local function's name, when <see cref="Part"/> involves one.</summary>
    public string? LocalFunction { get; }

    /// <summary>True when the method is a state machine's: an iterator or async method, which is never woven.</summary>
    public bool IsStateMachine => Part is UserCodePart.StateMachine or UserCodePart.LocalFunctionStateMachine or UserCodePart.LambdaStateMachine;

    /// <summary>
    /// The <c>&lt;Include&gt;</c>/<c>&lt;Exclude&gt;</c> pattern that selects the method (with its
    /// lambdas, local functions and state machines): <c>Ns.Type::Method</c>.
    /// </summary>
    public string Pattern => Type + "::" + Method;

    /// <summary>How a person would name it: <c>Ns.Job::Run</c>, <c>a lambda in Ns.Job::Run</c>, <c>local function Step of Ns.Job::Run</c>.</summary>
    public string Name => Part switch
    {
        UserCodePart.Lambda or UserCodePart.LambdaStateMachine => "a lambda in " + Pattern,
        UserCodePart.LocalFunction or UserCodePart.LocalFunctionStateMachine => $"local function {LocalFunction} of {Pattern}",
        _ => Pattern,
    };

    /// <summary><see cref="Name"/>, saying so when it is an iterator or async method.</summary>
    /// <param name="stateMachineKind">What the state machine is, when the caller knows: "iterator", "async method".</param>
    public string Describe(string stateMachineKind = "iterator or async method") =>
        IsStateMachine ? $"{Name} (an {stateMachineKind})" : Name;

    /// <param name="ns">The namespace of the outermost type.</param>
    /// <param name="types">The declaring type and the types it is nested in, outermost first, as metadata names (<c>Outer`1</c>, <c>&lt;Run&gt;d__3</c>).</param>
    /// <param name="method">The method's metadata name.</param>
    public static UserCodeName Of(string ns, IReadOnlyList<string> types, string method)
    {
        var user = new List<string>();
        string? generatedType = null;
        foreach (var type in types)
        {
            if (type.Length > 0 && type[0] == '<')
            {
                generatedType = type;
            }
            else if (generatedType is null)
            {
                user.Add(StripArity(type));
            }
        }

        var typeName = (string.IsNullOrEmpty(ns) ? string.Empty : ns + ".") + string.Join(".", user);

        // A state machine's methods (MoveNext, the IEnumerator members) belong to the method it was made for.
        if (generatedType is not null && Split(StripArity(generatedType), out var owner, out var suffix) && IsStateMachineSuffix(suffix))
        {
            var member = Member(owner);
            return member.Part switch
            {
                UserCodePart.LocalFunction => new UserCodeName(typeName, member.Method, UserCodePart.LocalFunctionStateMachine, member.LocalFunction),
                UserCodePart.Lambda => new UserCodeName(typeName, member.Method, UserCodePart.LambdaStateMachine, null),
                _ => new UserCodeName(typeName, member.Method, UserCodePart.StateMachine, null),
            };
        }

        var named = Member(method);
        return new UserCodeName(typeName, named.Method, named.Part, named.LocalFunction);
    }

    private static (string Method, UserCodePart Part, string? LocalFunction) Member(string name)
    {
        if (!Split(name, out var owner, out var suffix))
        {
            return (name, UserCodePart.Method, null);
        }

        if (suffix.StartsWith("g__", System.StringComparison.Ordinal))
        {
            int bar = suffix.IndexOf('|');
            var local = bar > 3 ? suffix.Substring(3, bar - 3) : suffix.Substring(3);
            return (Member(owner).Method, UserCodePart.LocalFunction, local);
        }

        if (suffix.StartsWith("b__", System.StringComparison.Ordinal))
        {
            return (Member(owner).Method, UserCodePart.Lambda, null);
        }

        return (owner.Length > 0 ? Member(owner).Method : name, UserCodePart.Method, null);
    }

    private static bool IsStateMachineSuffix(string suffix) => suffix == "d" || suffix.StartsWith("d__", System.StringComparison.Ordinal);

    /// <summary><c>&lt;inner&gt;suffix</c>, with nested angle brackets in <c>inner</c>.</summary>
    private static bool Split(string name, out string inner, out string suffix)
    {
        inner = string.Empty;
        suffix = string.Empty;
        if (name.Length == 0 || name[0] != '<')
        {
            return false;
        }

        int depth = 0;
        for (int i = 0; i < name.Length; i++)
        {
            if (name[i] == '<')
            {
                depth++;
            }
            else if (name[i] == '>' && --depth == 0)
            {
                inner = name.Substring(1, i - 1);
                suffix = name.Substring(i + 1);
                return true;
            }
        }

        return false;
    }

    private static string StripArity(string name)
    {
        int tick = name.IndexOf('`');
        return tick < 0 ? name : name.Substring(0, tick);
    }
}

/// <summary>Which part of a user's method a compiled method is.</summary>
internal enum UserCodePart
{
    /// <summary>The method itself.</summary>
    Method,

    /// <summary>A lambda or anonymous method in it.</summary>
    Lambda,

    /// <summary>A local function in it.</summary>
    LocalFunction,

    /// <summary>The state machine of the method (an iterator or async method).</summary>
    StateMachine,

    /// <summary>The state machine of a local function of the method.</summary>
    LocalFunctionStateMachine,

    /// <summary>The state machine of an async lambda in the method.</summary>
    LambdaStateMachine,
}
