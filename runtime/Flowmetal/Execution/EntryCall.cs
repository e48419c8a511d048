using System.Linq.Expressions;
using System.Reflection;
using Flowmetal.Serialization;

namespace Flowmetal.Execution;

/// <summary>
/// A flow's entry: the woven method, its target and its evaluated arguments. Taken from the
/// expression given to <c>FlowClient.StartAsync</c>, stored as bytes, and made again by the worker
/// for every step (a resume makes the same call; the woven method then reloads its frame).
/// </summary>
internal sealed class EntryCall
{
    private const BindingFlags AnyMethod = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.Instance | BindingFlags.DeclaredOnly;

    // Every claim resolves its flow's entry again: the answers per declared type (weakly keyed, so a collectible
    // assembly's types are not kept alive), and each woven method's identity.
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Type, System.Collections.Concurrent.ConcurrentDictionary<string, MethodInfo>> Resolved = new();
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<MethodBase, string> Identities = new();

    public EntryCall(MethodInfo method, object? target, object?[] arguments)
    {
        Method = method;
        Target = target;
        Arguments = arguments;
    }

    public MethodInfo Method { get; }

    public object? Target { get; }

    public object?[] Arguments { get; }

    /// <summary><c>Namespace.Type::Method(ParameterTypes)</c>, as the weaver names the method.</summary>
    public string MethodId => Describe(Method);

    public static EntryCall FromExpression(LambdaExpression expression)
    {
        ArgumentNullException.ThrowIfNull(expression);
        var body = expression.Body;
        while (body is UnaryExpression { NodeType: ExpressionType.Convert or ExpressionType.ConvertChecked } convert)
        {
            body = convert.Operand;
        }

        if (body is not MethodCallExpression call)
        {
            throw new ArgumentException(
                $"StartAsync takes a call of the flow's entry method, like () => OrderFlow.Process(42); '{expression}' is not a method call.",
                nameof(expression));
        }

        EnsureWoven(call.Method);
        var target = call.Object is null ? null : Evaluate(call.Object);
        if (call.Object is not null && target is null)
        {
            throw new ArgumentException($"The target of {Describe(call.Method)} in '{expression}' is null.", nameof(expression));
        }

        var arguments = call.Arguments.Select(Evaluate).ToArray();
        return new EntryCall(call.Method, target, arguments);
    }

    public static void EnsureWoven(MethodInfo method)
    {
        if (method.IsDefined(typeof(WovenAttribute), inherit: false))
        {
            return;
        }

        var name = StackVerifier.NameOf(method);
        if (method.GetCustomAttribute<NotWovenAttribute>(inherit: false) is { } notWoven)
        {
            throw new ArgumentException(
                $"{Describe(method)} is selected in FodyWeavers.xml but was not woven, so it cannot run as a flow: {notWoven.Reason}",
                nameof(method));
        }

        throw new ArgumentException(
            $"{Describe(method)} is not woven, so it cannot run as a flow. Only methods that FodyWeavers.xml selects and that can reach a " +
            $"suspension point (Flow.Checkpoint, Flow.Sleep, Flow.WaitForSignal) are woven: add <Include>{name.Pattern}</Include> " +
            "(or its namespace) to FodyWeavers.xml of its assembly, and check that the build ran Fody.",
            nameof(method));
    }

    public byte[] Serialize(ContinuationSerializer serializer) =>
        serializer.SerializeValue(
            new EntryEnvelope
            {
                Type = TypeNames.Qualified(Method.DeclaringType!),
                Method = Method.Name,
                Parameters = Method.GetParameters().Select(p => TypeNames.Qualified(p.ParameterType)).ToArray(),
                Generic = Method.IsGenericMethod ? Method.GetGenericArguments().Select(TypeNames.Qualified).ToArray() : null,
                Target = Target,
                Arguments = Arguments,
            },
            $"the call of {MethodId}");

    public static EntryCall Deserialize(byte[] bytes, ContinuationSerializer serializer)
    {
        if (serializer.DeserializeValue(bytes, "the flow's entry call") is not EntryEnvelope envelope || envelope.Type is null || envelope.Method is null)
        {
            throw new FlowResumeException("The flow's stored entry call is damaged.");
        }

        var type = serializer.ResolveType(envelope.Type);
        var known = Resolved.GetOrCreateValue(type);
        var signature = envelope.Method + "(" + string.Join(",", envelope.Parameters ?? Array.Empty<string>()) + ")" +
            (envelope.Generic is null ? string.Empty : "<" + string.Join(",", envelope.Generic) + ">");
        if (known.TryGetValue(signature, out var cached))
        {
            return Bind(cached, envelope);
        }

        var parameters = (envelope.Parameters ?? Array.Empty<string>()).Select(serializer.ResolveType).ToArray();
        var generic = envelope.Generic?.Select(serializer.ResolveType).ToArray();
        MethodInfo? method = null;
        foreach (var candidate in type.GetMethods(AnyMethod))
        {
            if (candidate.Name != envelope.Method || candidate.IsGenericMethodDefinition != (generic is not null))
            {
                continue;
            }

            var concrete = generic is null ? candidate : candidate.MakeGenericMethod(generic);
            if (concrete.GetParameters().Select(p => p.ParameterType).SequenceEqual(parameters))
            {
                method = concrete;
                break;
            }
        }

        if (method is null)
        {
            throw new FlowResumeException(
                $"The flow's entry method {type.FullName}::{envelope.Method}({string.Join(",", parameters.Select(p => p.FullName))}) does not exist in the " +
                "deployed assembly. Deploy the version that started the flow to finish it, or cancel it.");
        }

        EnsureWovenForResume(method);
        known[signature] = method;
        return Bind(method, envelope);
    }

    private static EntryCall Bind(MethodInfo method, EntryEnvelope envelope)
    {
        var arguments = envelope.Arguments ?? Array.Empty<object?>();
        if (arguments.Length != method.GetParameters().Length)
        {
            throw new FlowResumeException($"The flow's stored entry call has {arguments.Length} arguments for {Describe(method)}: it is damaged.");
        }

        return new EntryCall(method, envelope.Target, arguments);
    }

    public static string Describe(MethodBase method) => Identities.GetValue(method, DescribeUncached);

    private static string DescribeUncached(MethodBase method)
    {
        var frame = method.GetCustomAttribute<WovenAttribute>(inherit: false)?.FrameType;
        var info = frame is null ? null : (WovenFrameAttribute?)Attribute.GetCustomAttribute(frame, typeof(WovenFrameAttribute));
        return info?.MethodId ??
            $"{method.DeclaringType?.FullName}::{method.Name}({string.Join(",", method.GetParameters().Select(p => p.ParameterType.FullName))})";
    }

    private static void EnsureWovenForResume(MethodInfo method)
    {
        if (!method.IsDefined(typeof(WovenAttribute), inherit: false))
        {
            throw new FlowResumeException($"The flow's entry method {Describe(method)} is not woven in the deployed assembly: include it in FodyWeavers.xml.");
        }
    }

    private static object? Evaluate(Expression expression) => expression switch
    {
        ConstantExpression constant => constant.Value,
        MemberExpression { Member: FieldInfo field, Expression: null } => field.GetValue(null),
        MemberExpression { Member: FieldInfo field, Expression: ConstantExpression owner } => field.GetValue(owner.Value),
        _ => Expression.Lambda<Func<object?>>(Expression.Convert(expression, typeof(object))).Compile(preferInterpretation: true)(),
    };

    /// <summary>The stored form: type and parameter names, not <see cref="MethodInfo"/>, which could not be stored.</summary>
    private sealed class EntryEnvelope
    {
        public string? Type;
        public string? Method;
        public string[]? Parameters;
        public string[]? Generic;
        public object? Target;
        public object?[]? Arguments;
    }
}
