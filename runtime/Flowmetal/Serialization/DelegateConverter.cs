using System.Reflection;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Flowmetal.Serialization;

/// <summary>
/// Delegates held in a frame (a lambda in a local, a callback in a field): written as the
/// delegate type, the method it calls (declaring type, name, parameter types, generic arguments)
/// and its target object, which goes through the same graph so closures keep their identity.
/// Multicast delegates keep their invocation list in order.
/// </summary>
internal sealed class DelegateConverter : JsonConverter
{
    public static readonly DelegateConverter Instance = new();

    private const BindingFlags AnyMethod = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.Instance | BindingFlags.DeclaredOnly;

    public override bool CanConvert(Type objectType) => typeof(Delegate).IsAssignableFrom(objectType);

    public override void WriteJson(JsonWriter writer, object? value, JsonSerializer serializer)
    {
        if (value is not Delegate @delegate)
        {
            writer.WriteNull();
            return;
        }

        writer.WriteStartObject();
        writer.WritePropertyName("$delegate");
        writer.WriteValue(TypeName(@delegate.GetType(), serializer));
        writer.WritePropertyName("calls");
        writer.WriteStartArray();
        foreach (var single in @delegate.GetInvocationList())
        {
            var method = single.Method;
            if (method.DeclaringType is null)
            {
                throw new FlowSerializationException(
                    $"A delegate to a dynamic method ({method.Name}) cannot be stored in a flow: only delegates to methods of woven assemblies can.",
                    @delegate.GetType(), writer.Path, "a delegate to a dynamic method");
            }

            if (serializer.SerializationBinder is AllowListBinder binder && !binder.AllowList.IsDelegateTargetAllowed(method.DeclaringType))
            {
                var target = method.DeclaringType.FullName + "." + method.Name;
                var reason = $"a delegate to {target} in {method.DeclaringType.Assembly.GetName().Name}, which is not woven code: only delegates to " +
                    "methods of woven assemblies (lambdas and methods in code FodyWeavers.xml selects) can be stored; call it before the suspension " +
                    "point, or wrap the call in a lambda in woven code";
                throw new FlowSerializationException($"A value of type {@delegate.GetType().Name} cannot be stored in a flow: it is {reason}.", @delegate.GetType(), writer.Path, reason);
            }

            writer.WriteStartObject();
            writer.WritePropertyName("type");
            writer.WriteValue(TypeName(method.DeclaringType, serializer));
            writer.WritePropertyName("method");
            writer.WriteValue(method.Name);
            writer.WritePropertyName("parameters");
            writer.WriteStartArray();
            foreach (var parameter in method.GetParameters())
            {
                writer.WriteValue(TypeName(parameter.ParameterType, serializer));
            }

            writer.WriteEndArray();
            if (method.IsGenericMethod)
            {
                writer.WritePropertyName("generic");
                writer.WriteStartArray();
                foreach (var argument in method.GetGenericArguments())
                {
                    writer.WriteValue(TypeName(argument, serializer));
                }

                writer.WriteEndArray();
            }

            writer.WritePropertyName("target");
            serializer.Serialize(writer, single.Target, typeof(object));
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    public override object? ReadJson(JsonReader reader, Type objectType, object? existingValue, JsonSerializer serializer)
    {
        if (reader.TokenType == JsonToken.Null)
        {
            return null;
        }

        var token = JObject.Load(reader);
        if (token.TryGetValue("$ref", out var reference))
        {
            return serializer.ReferenceResolver!.ResolveReference(serializer, reference.Value<string>()!);
        }

        var delegateType = ResolveType(token.Value<string>("$delegate")!, serializer);
        Delegate? combined = null;
        foreach (var call in (JArray)token["calls"]!)
        {
            var declaring = ResolveType(call.Value<string>("type")!, serializer);
            var name = call.Value<string>("method")!;
            var parameters = call["parameters"]!.Values<string>().Select(p => ResolveType(p!, serializer)).ToArray();
            var generic = call["generic"]?.Values<string>().Select(g => ResolveType(g!, serializer)).ToArray();
            var method = FindMethod(declaring, name, parameters, generic)
                ?? throw new JsonSerializationException($"The stored delegate calls {declaring.FullName}.{name}, which no longer exists with those parameters.");
            if (serializer.SerializationBinder is AllowListBinder binder && !binder.AllowList.IsDelegateTargetAllowed(declaring))
            {
                throw new FlowSerializationException(
                    $"The stored flow holds a delegate to {declaring.FullName}.{name}, which is not woven code: a stored delegate may only call methods of woven assemblies.");
            }

            using var targetReader = call["target"]!.CreateReader();
            targetReader.Read();
            var target = method.IsStatic ? null : serializer.Deserialize(targetReader, typeof(object));
            var single = Delegate.CreateDelegate(delegateType, target, method);
            combined = Delegate.Combine(combined, single);
        }

        return combined;
    }

    private static MethodInfo? FindMethod(Type declaring, string name, Type[] parameters, Type[]? generic)
    {
        foreach (var candidate in declaring.GetMethods(AnyMethod))
        {
            if (candidate.Name != name)
            {
                continue;
            }

            var method = candidate;
            if (generic is not null)
            {
                if (!candidate.IsGenericMethodDefinition || candidate.GetGenericArguments().Length != generic.Length)
                {
                    continue;
                }

                method = candidate.MakeGenericMethod(generic);
            }

            if (method.GetParameters().Select(p => p.ParameterType).SequenceEqual(parameters))
            {
                return method;
            }
        }

        return null;
    }

    private static string TypeName(Type type, JsonSerializer serializer) => GraphValues.BindName(type, serializer);

    private static Type ResolveType(string qualified, JsonSerializer serializer) => GraphValues.BindType(qualified, serializer);
}
