using System.Text.RegularExpressions;
using Flowmetal.Execution;
using Newtonsoft.Json;

namespace Flowmetal.Serialization;

/// <summary>
/// Turns a continuation into bytes and back. The frame chain is one object graph, so shared
/// references and cycles survive; every frame records its method's identity and body hash, and
/// a frame whose method changed is refused before anything runs. Every type named in the bytes
/// goes through the allow list (<see cref="TypeAllowList"/>); a value that cannot be stored fails
/// with the frame's method and the local holding it named.
/// </summary>
internal sealed partial class ContinuationSerializer
{
    private readonly JsonSerializerSettings _settings;

    public ContinuationSerializer()
        : this(FlowSerializationOptions.Default)
    {
    }

    public ContinuationSerializer(FlowSerializationOptions options)
    {
        AllowList = new TypeAllowList(options);
        _settings = new JsonSerializerSettings
        {
            TypeNameHandling = TypeNameHandling.Auto,
            PreserveReferencesHandling = PreserveReferencesHandling.All,
            ReferenceLoopHandling = ReferenceLoopHandling.Serialize,
            ContractResolver = new FieldContractResolver(AllowList),
            DateParseHandling = DateParseHandling.None,
            DateTimeZoneHandling = DateTimeZoneHandling.RoundtripKind,
            FloatFormatHandling = FloatFormatHandling.String,
            MetadataPropertyHandling = MetadataPropertyHandling.Default,
            ConstructorHandling = ConstructorHandling.AllowNonPublicDefaultConstructor,
            MaxDepth = 512,

            // Per serializer, with its own cache keyed by load context: a cache shared across
            // assembly load contexts would keep answering with the first assembly that had a name.
            SerializationBinder = new AllowListBinder(AllowList),
        };

        // One resolver per serializer, not per nested call: converters serialize inner values with
        // the same serializer, and shared references must be shared across them too.
        _settings.ReferenceResolverProvider = () => new GraphReferenceResolver();
    }

    internal TypeAllowList AllowList { get; }

    public byte[] Serialize(Continuation continuation)
    {
        var envelope = new ContinuationEnvelope
        {
            Frames = continuation.Frames.Select(f => new FrameEnvelope
            {
                Hash = FrameInfo(f.GetType())?.BodyHash,
                Frame = f,
            }).ToArray(),
            Request = continuation.Request,
        };
        try
        {
            return JsonText.ToBytes(JsonConvert.SerializeObject(envelope, typeof(ContinuationEnvelope), _settings));
        }
        catch (FlowSerializationException refused) when (refused.Path is not null)
        {
            throw Locate(refused, continuation);
        }
    }

    public Continuation Deserialize(byte[] bytes)
    {
        ContinuationEnvelope? envelope;
        try
        {
            envelope = JsonConvert.DeserializeObject<ContinuationEnvelope>(JsonText.FromBytes(bytes), _settings);
        }
        catch (Exception error) when (Unwrap(error) is FlowSerializationException refused)
        {
            throw new FlowSerializationException("The stored continuation cannot be loaded: " + refused.Message, refused);
        }
        catch (Exception error) when (error is JsonException or InvalidCastException or FormatException or ArgumentException or InvalidOperationException)
        {
            throw new FlowResumeException($"The stored continuation is damaged and cannot be loaded ({error.Message}).", error);
        }

        if (envelope is null)
        {
            throw new FlowResumeException("The stored continuation is empty.");
        }

        var frames = new List<Frame>();
        int depth = 0;
        foreach (var item in envelope.Frames ?? Array.Empty<FrameEnvelope>())
        {
            var frame = item.Frame ?? throw new FlowResumeException($"The stored continuation has an empty frame at depth {depth}.");
            depth++;
            var info = FrameInfo(frame.GetType());
            if (info is not null && item.Hash is not null && info.BodyHash != item.Hash)
            {
                throw new FlowResumeException(
                    $"The method {info.MethodId} changed since the flow suspended in it (body hash {item.Hash}, now {info.BodyHash}); " +
                    "a suspended flow can only resume into the code it suspended in. Deploy the old version to finish it, or cancel it.");
            }

            frames.Add(frame);
        }

        return new Continuation(frames, envelope.Request ?? throw new FlowResumeException("The stored continuation names nothing to wait for."));
    }

    /// <summary>Stores one value (an entry argument list, a result, a signal payload) with its runtime type.</summary>
    /// <param name="value">The value.</param>
    /// <param name="what">What the value is, for errors: "the result", "the payload of signal 'x'".</param>
    public byte[] SerializeValue(object? value, string what)
    {
        try
        {
            return JsonText.ToBytes(JsonConvert.SerializeObject(new ValueEnvelope { V = value }, typeof(ValueEnvelope), _settings));
        }
        catch (FlowSerializationException refused)
        {
            throw new FlowSerializationException(
                $"{Capitalize(what)} cannot be stored: {refused.Message} Flow values must be plain data the allow list accepts.", refused);
        }
    }

    /// <summary>Loads a value stored by <see cref="SerializeValue"/>.</summary>
    /// <param name="bytes">The stored value.</param>
    /// <param name="what">What the value is, for errors.</param>
    public object? DeserializeValue(byte[] bytes, string what)
    {
        try
        {
            return JsonConvert.DeserializeObject<ValueEnvelope>(JsonText.FromBytes(bytes), _settings)?.V;
        }
        catch (Exception error) when (Unwrap(error) is FlowSerializationException refused)
        {
            throw new FlowSerializationException($"{Capitalize(what)} cannot be loaded: {refused.Message}", refused);
        }
        catch (Exception error) when (error is JsonException or InvalidCastException or FormatException or ArgumentException or InvalidOperationException)
        {
            throw new FlowSerializationException($"{Capitalize(what)} is damaged and cannot be loaded ({error.Message}).", error);
        }
    }

    /// <summary>Resolves a stored type name through the allow list.</summary>
    public Type ResolveType(string qualified)
    {
        var (assembly, name) = TypeNames.Parse(qualified);
        return _settings.SerializationBinder!.BindToType(assembly, name);
    }

    private static string Capitalize(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text.Substring(1);

    private static Exception? Unwrap(Exception? error)
    {
        for (var current = error; current is not null; current = current.InnerException)
        {
            if (current is FlowSerializationException)
            {
                return current;
            }
        }

        return error;
    }

    /// <summary>Turns the JSON path of a refused value into the frame's method and the local holding it.</summary>
    private static FlowSerializationException Locate(FlowSerializationException refused, Continuation continuation)
    {
        var match = FramePath().Match(refused.Path!);
        if (!match.Success || !int.TryParse(match.Groups["frame"].Value, out int index) || index >= continuation.Frames.Count)
        {
            return refused;
        }

        var frameType = continuation.Frames[index].GetType();
        var method = FrameInfo(frameType)?.MethodId ?? frameType.FullName ?? frameType.Name;
        var member = match.Groups["plain"].Success ? match.Groups["plain"].Value : match.Groups["quoted"].Success ? match.Groups["quoted"].Value.Replace("\\'", "'") : null;
        var rest = match.Groups["rest"].Value;
        var typeName = refused.ValueType is null ? "?" : TypeNames.Display(refused.ValueType);
        var holder = member is null ? "its frame" : DescribeMember(member);
        var inside = rest.Length == 0 ? string.Empty : $" (inside it, at {rest.TrimStart('.')})";
        return new FlowSerializationException(
            $"The flow cannot suspend in {method}: {holder} holds a {typeName}{inside}, which cannot be stored: it is {refused.Reason ?? "refused"}.",
            refused.ValueType, refused.Path, refused.Reason)
        {
            Method = method,
            Member = member,
        };
    }

    /// <summary>Names a frame field the way the source does: <c>&lt;&gt;l3_total</c> is local 'total', <c>&lt;&gt;a_id</c> argument 'id'.</summary>
    internal static string DescribeMember(string member)
    {
        var local = LocalField().Match(member);
        if (local.Success)
        {
            return local.Groups["name"].Success && local.Groups["name"].Value.Length > 0
                ? $"local '{local.Groups["name"].Value}' ({member})"
                : $"local #{local.Groups["index"].Value} ({member})";
        }

        if (member.StartsWith("<>a_", StringComparison.Ordinal))
        {
            return $"argument '{member.Substring(4)}' ({member})";
        }

        if (member == "<>this")
        {
            return "'this' (<>this)";
        }

        if (member.StartsWith("<>t", StringComparison.Ordinal))
        {
            return $"a value on the evaluation stack at the call ({member})";
        }

        return $"field '{member}'";
    }

    [GeneratedRegex(@"^Frames(?:\.\$values)?\[(?<frame>\d+)\]\.Frame(?:\.(?<plain>[^.\[]+)|\['(?<quoted>(?:[^'\\]|\\.)*)'\])?(?<rest>.*)$")]
    private static partial Regex FramePath();

    [GeneratedRegex(@"^<>l(?<index>\d+)(?:_(?<name>.*))?$")]
    private static partial Regex LocalField();

    private static WovenFrameAttribute? FrameInfo(Type frameType) => FrameTypeInfo.Of(frameType);

    // Envelopes are never shared: no reference ids for them.
    [JsonObject(IsReference = false)]
    private sealed class ContinuationEnvelope
    {
        public FrameEnvelope[]? Frames;
        public SuspensionRequest? Request;
    }

    [JsonObject(IsReference = false)]
    private sealed class FrameEnvelope
    {
        // No method name here: the frame's type names it (WovenFrameAttribute), and every byte of
        // a continuation is paid for at each suspension.
        public string? Hash;
        public Frame? Frame;
    }

    private sealed class ValueEnvelope
    {
        public object? V;
    }
}
