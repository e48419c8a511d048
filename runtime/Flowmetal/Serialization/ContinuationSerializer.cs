using System.Text;
using Flowmetal.Execution;
using Newtonsoft.Json;

namespace Flowmetal.Serialization;

/// <summary>
/// Turns a continuation into bytes and back. The frame chain is one object graph, so shared
/// references and cycles survive; every frame records its method's identity and body hash, and
/// a frame whose method changed is refused before anything runs.
/// </summary>
internal sealed class ContinuationSerializer
{
    private readonly JsonSerializerSettings _settings;

    public ContinuationSerializer()
    {
        _settings = new JsonSerializerSettings
        {
            TypeNameHandling = TypeNameHandling.Auto,
            PreserveReferencesHandling = PreserveReferencesHandling.All,
            ReferenceLoopHandling = ReferenceLoopHandling.Serialize,
            ContractResolver = new FieldContractResolver(),
            DateParseHandling = DateParseHandling.None,
            DateTimeZoneHandling = DateTimeZoneHandling.RoundtripKind,
            FloatFormatHandling = FloatFormatHandling.String,
            MetadataPropertyHandling = MetadataPropertyHandling.Default,
            ConstructorHandling = ConstructorHandling.AllowNonPublicDefaultConstructor,

            // Per serializer, not Newtonsoft's shared instance: its type cache would keep answering
            // with the first assembly that had a name, across assembly load contexts.
            SerializationBinder = new Newtonsoft.Json.Serialization.DefaultSerializationBinder(),
        };
        // One resolver per serializer, not per nested call: converters serialize inner values with
        // the same serializer, and shared references must be shared across them too.
        _settings.ReferenceResolverProvider = () => new GraphReferenceResolver();
    }

    public byte[] Serialize(Continuation continuation)
    {
        var envelope = new ContinuationEnvelope
        {
            Frames = continuation.Frames.Select(f => new FrameEnvelope
            {
                Method = FrameInfo(f.GetType())?.MethodId ?? f.GetType().FullName,
                Hash = FrameInfo(f.GetType())?.BodyHash,
                Frame = f,
            }).ToList(),
            Request = continuation.Request,
        };
        return Encoding.UTF8.GetBytes(JsonConvert.SerializeObject(envelope, typeof(ContinuationEnvelope), _settings));
    }

    public Continuation Deserialize(byte[] bytes)
    {
        var envelope = JsonConvert.DeserializeObject<ContinuationEnvelope>(Encoding.UTF8.GetString(bytes), _settings)
            ?? throw new FlowResumeException("The stored continuation is empty.");
        var frames = new List<Frame>();
        foreach (var item in envelope.Frames ?? new List<FrameEnvelope>())
        {
            var frame = item.Frame ?? throw new FlowResumeException($"The stored continuation has an empty frame for {item.Method}.");
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

    private static WovenFrameAttribute? FrameInfo(Type frameType) =>
        (WovenFrameAttribute?)Attribute.GetCustomAttribute(
            frameType.IsGenericType ? frameType.GetGenericTypeDefinition() : frameType, typeof(WovenFrameAttribute));

    private sealed class ContinuationEnvelope
    {
        public List<FrameEnvelope>? Frames;
        public SuspensionRequest? Request;
    }

    private sealed class FrameEnvelope
    {
        public string? Method;
        public string? Hash;
        public Frame? Frame;
    }
}
