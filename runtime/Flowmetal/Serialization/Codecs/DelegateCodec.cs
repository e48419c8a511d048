using System.Reflection;
using System.Text.Json;
using Flowmetal.Serialization.Graph;

namespace Flowmetal.Serialization.Codecs;

/// <summary>
/// A delegate (a lambda in a local, a callback in a field, <c>list.Add</c>, <c>int.Parse</c>): each
/// method of its invocation list by declaring type, name, parameter types and generic arguments,
/// with its target, <c>{"$t":3,"calls":[{"t":5,"m":"&lt;Run&gt;b__0_0","p":[1],"o":7}]}</c>. Judged by
/// the method it calls, not by its signature: a <c>Func&lt;int, Task&gt;</c> to a lambda of woven code
/// is stored; a delegate to a method the allow list does not admit as a target is refused when
/// stored and when loaded (<see cref="TypeAllowList.IsDelegateTargetAllowed"/>). Made after every
/// other object exists, since a delegate cannot be filled in after it is made.
/// </summary>
internal sealed class DelegateCodec : TypeCodec
{
    private const BindingFlags AnyMethod = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.Instance | BindingFlags.DeclaredOnly;
    private static readonly JsonEncodedText Calls = JsonEncodedText.Encode("calls");
    private static readonly JsonEncodedText DeclaringType = JsonEncodedText.Encode("t");
    private static readonly JsonEncodedText Method = JsonEncodedText.Encode("m");
    private static readonly JsonEncodedText Parameters = JsonEncodedText.Encode("p");
    private static readonly JsonEncodedText GenericArguments = JsonEncodedText.Encode("g");
    private static readonly JsonEncodedText Target = JsonEncodedText.Encode("o");

    public DelegateCodec(Type type)
        : base(type)
    {
    }

    public override string? Refusal(object value, TypePolicy policy)
    {
        foreach (var single in ((Delegate)value).GetInvocationList())
        {
            var method = single.Method;
            if (method.DeclaringType is null || method is System.Reflection.Emit.DynamicMethod)
            {
                return $"a delegate to a dynamic method ({method.Name}), which exists only in this process";
            }

            if (!policy.AllowList.IsDelegateTargetAllowed(method))
            {
                return $"a delegate to {TypeNames.Display(method.DeclaringType)}.{method.Name} in {method.DeclaringType.Assembly.GetName().Name}, which a stored " +
                    "delegate may not call: only lambdas, local functions and method groups of woven code, public methods of the framework types a flow " +
                    "may hold (list.Add, int.Parse, Math.Sqrt), and what FlowSerializationOptions allows; call it before the suspension point, or wrap the " +
                    "call in a lambda in woven code";
            }
        }

        return null;
    }

    public override void Write(object value, GraphWriter writer)
    {
        var json = writer.Json;
        json.WritePropertyName(Calls);
        json.WriteStartArray();
        int i = 0;
        foreach (var single in ((Delegate)value).GetInvocationList())
        {
            var method = single.Method;
            writer.Element(i++);
            json.WriteStartObject();
            json.WriteNumber(DeclaringType, writer.TypeIndex(method.DeclaringType!));
            json.WriteString(Method, method.Name);
            json.WritePropertyName(Parameters);
            json.WriteStartArray();
            foreach (var parameter in method.GetParameters())
            {
                json.WriteNumberValue(writer.TypeIndex(parameter.ParameterType));
            }

            json.WriteEndArray();
            if (method.IsGenericMethod)
            {
                json.WritePropertyName(GenericArguments);
                json.WriteStartArray();
                foreach (var argument in method.GetGenericArguments())
                {
                    json.WriteNumberValue(writer.TypeIndex(argument));
                }

                json.WriteEndArray();
            }

            if (single.Target is not null)
            {
                writer.Property(Target);
                writer.WriteReference(single.Target);
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    public override object? Scan(GraphReader reader, ref Utf8JsonReader json, int id)
    {
        var calls = new List<Call>();
        while (true)
        {
            GraphReader.Next(ref json);
            if (json.TokenType == JsonTokenType.EndObject)
            {
                break;
            }

            if (!json.ValueTextEquals(Calls.EncodedUtf8Bytes))
            {
                throw GraphReader.UnknownProperty(Type, json.GetString());
            }

            GraphReader.Next(ref json);
            if (json.TokenType != JsonTokenType.StartArray)
            {
                throw new GraphFormatException("A stored delegate's \"calls\" is not a list.");
            }

            while (true)
            {
                GraphReader.Next(ref json);
                if (json.TokenType == JsonTokenType.EndArray)
                {
                    break;
                }

                calls.Add(ReadCall(reader, ref json));
            }
        }

        if (calls.Count == 0)
        {
            throw new GraphFormatException("A stored delegate calls nothing.");
        }

        // Kept until Create, which the reader calls once every other object exists.
        reader.KeepScanState(id, calls);
        reader.MarkScannedWhole();
        return null;
    }

    public override object Create(GraphReader reader, int id)
    {
        var calls = (List<Call>)reader.TakeScanState(id);

        Delegate? combined = null;
        foreach (var call in calls)
        {
            var method = Find(call) ?? throw new GraphFormatException(
                $"The stored delegate calls {TypeNames.Display(call.Declaring)}.{call.Name}, which does not exist with those parameters in this build.");
            if (method.DeclaringType is null || !reader.Policy.AllowList.IsDelegateTargetAllowed(method))
            {
                throw new FlowSerializationException(
                    $"The stored flow holds a delegate to {TypeNames.Display(call.Declaring)}.{call.Name}, which a stored delegate may not call: only lambdas, " +
                    "local functions and method groups of woven code, public methods of allowed framework types, and what FlowSerializationOptions allows.");
            }

            object? target = call.TargetId is { } targetId ? reader.ObjectFor(targetId) : call.TargetText;
            if (method.IsStatic == false && target is null)
            {
                throw new GraphFormatException($"The stored delegate to the instance method {call.Name} has no target.");
            }

            combined = Delegate.Combine(combined, Delegate.CreateDelegate(Type, target, method));
        }

        return combined!;
    }

    public override void Verify(object original, object loaded, GraphVerifier verifier)
    {
        var before = ((Delegate)original).GetInvocationList();
        var after = ((Delegate)loaded).GetInvocationList();
        if (before.Length != after.Length)
        {
            verifier.Mismatch("invocation list length", before.Length, after.Length);
            return;
        }

        for (int i = 0; i < before.Length; i++)
        {
            if (before[i].Method != after[i].Method)
            {
                verifier.Mismatch($"calls[{i}] method", before[i].Method, after[i].Method);
            }

            verifier.CompareValue(before[i].Target, after[i].Target, typeof(object), $"calls[{i}].target");
        }
    }

    private static Call ReadCall(GraphReader reader, ref Utf8JsonReader json)
    {
        if (json.TokenType != JsonTokenType.StartObject)
        {
            throw new GraphFormatException("A stored delegate call is not an object.");
        }

        Type? declaring = null;
        string? name = null;
        var parameters = new List<Type>();
        List<Type>? generic = null;
        int? targetId = null;
        string? targetText = null;
        while (true)
        {
            GraphReader.Next(ref json);
            if (json.TokenType == JsonTokenType.EndObject)
            {
                break;
            }

            if (json.ValueTextEquals(DeclaringType.EncodedUtf8Bytes))
            {
                GraphReader.Next(ref json);
                declaring = reader.TypeAt(json.GetInt32());
            }
            else if (json.ValueTextEquals(Method.EncodedUtf8Bytes))
            {
                GraphReader.Next(ref json);
                name = json.GetString();
            }
            else if (json.ValueTextEquals(Parameters.EncodedUtf8Bytes))
            {
                ReadTypes(reader, ref json, parameters);
            }
            else if (json.ValueTextEquals(GenericArguments.EncodedUtf8Bytes))
            {
                ReadTypes(reader, ref json, generic = new List<Type>());
            }
            else if (json.ValueTextEquals(Target.EncodedUtf8Bytes))
            {
                GraphReader.Next(ref json);
                switch (json.TokenType)
                {
                    case JsonTokenType.Number:
                        targetId = json.GetInt32();
                        break;
                    case JsonTokenType.String:
                        targetText = JsonStrings.Read(ref json);
                        break;
                    case JsonTokenType.Null:
                        break;
                    default:
                        throw new GraphFormatException("A stored delegate's target is neither an object nor a string.");
                }
            }
            else
            {
                throw new GraphFormatException($"A stored delegate call has a property '{json.GetString()}' Flowmetal does not write.");
            }
        }

        return new Call(
            declaring ?? throw new GraphFormatException("A stored delegate call has no declaring type."),
            name ?? throw new GraphFormatException("A stored delegate call has no method name."),
            parameters.ToArray(), generic?.ToArray(), targetId, targetText);
    }

    private static void ReadTypes(GraphReader reader, ref Utf8JsonReader json, List<Type> into)
    {
        GraphReader.Next(ref json);
        if (json.TokenType != JsonTokenType.StartArray)
        {
            throw new GraphFormatException("A stored delegate's types are not a list.");
        }

        while (true)
        {
            GraphReader.Next(ref json);
            if (json.TokenType == JsonTokenType.EndArray)
            {
                return;
            }

            into.Add(reader.TypeAt(json.GetInt32()));
        }
    }

    private static MethodInfo? Find(Call call)
    {
        foreach (var candidate in call.Declaring.GetMethods(AnyMethod))
        {
            if (candidate.Name != call.Name)
            {
                continue;
            }

            var method = candidate;
            if (call.Generic is not null)
            {
                if (!candidate.IsGenericMethodDefinition || candidate.GetGenericArguments().Length != call.Generic.Length)
                {
                    continue;
                }

                try
                {
                    method = candidate.MakeGenericMethod(call.Generic);
                }
                catch (ArgumentException)
                {
                    continue;
                }
            }
            else if (candidate.IsGenericMethodDefinition)
            {
                continue;
            }

            if (method.GetParameters().Select(p => p.ParameterType).SequenceEqual(call.Parameters))
            {
                return method;
            }
        }

        return null;
    }

    private sealed record Call(Type Declaring, string Name, Type[] Parameters, Type[]? Generic, int? TargetId, string? TargetText);
}
