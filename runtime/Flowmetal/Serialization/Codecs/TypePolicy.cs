using System.Runtime.CompilerServices;

namespace Flowmetal.Serialization.Codecs;

/// <summary>
/// What one serializer knows about each runtime type: its codec, why it may not be stored (the
/// allow list's answer or the codec's), and the singletons its objects may be. Asked once per type
/// and kept (weakly), so writing an object costs one lookup here.
/// </summary>
internal sealed class TypePolicy
{
    private readonly ConditionalWeakTable<Type, TypeEntry> _entries = new();

    public TypePolicy(FlowSerializationOptions options)
    {
        Options = options;
        AllowList = new TypeAllowList(options);
        Singletons = new SingletonIndex(AllowList);
    }

    public FlowSerializationOptions Options { get; }

    public TypeAllowList AllowList { get; }

    public SingletonIndex Singletons { get; }

    public StoredTypeResolver Resolver { get; } = new();

    public TypeEntry Of(Type type) => _entries.GetValue(type, t => new TypeEntry(t, this));

    /// <summary>The codec of a woven frame type (a frame is written in place, never refused by the allow list: woven code is allowed).</summary>
    public TypeCodec FrameCodec(Type frameType) =>
        Of(frameType).Codec ?? throw new FlowSerializationException($"The frame type {TypeNames.Display(frameType)} cannot be stored: {Of(frameType).Refusal}.");

    /// <summary>Everything known about one type.</summary>
    internal sealed class TypeEntry
    {
        private readonly Type _type;
        private readonly TypePolicy _policy;
        private WovenState _woven = new(-1, false);

        public TypeEntry(Type type, TypePolicy policy)
        {
            _type = type;
            _policy = policy;
            var (codec, codecRefusal) = CodecCatalog.For(type);
            Codec = codec;
            Refusal = policy.AllowList.Refusal(type) ?? codecRefusal;
            // A Type object is its own name; reflection types' statics are never singletons a flow refers to.
            Framework = type.IsValueType || typeof(System.Reflection.MemberInfo).IsAssignableFrom(type) ? null : policy.Singletons.CandidatesFor(type);
        }

        public TypeCodec? Codec { get; }

        public string? Refusal { get; }

        private StaticCandidates? Framework { get; }

        /// <summary>The static member <paramref name="value"/> is the value of, or <see langword="null"/>.</summary>
        public StaticMember? FindSingleton(object value)
        {
            if (Framework?.Find(value) is { } known)
            {
                return known;
            }

            // Renewed when a woven type registers new singletons; one reference swap, so threads
            // never see a generation with another generation's answer.
            var woven = _woven;
            int generation = WovenStatics.Generation;
            if (woven.Generation != generation)
            {
                woven = new WovenState(generation, WovenStatics.HasSingletonsOf(_type));
                _woven = woven;
            }

            return woven.HasSingletons ? WovenStatics.Find(value) : null;
        }

        private sealed record WovenState(int Generation, bool HasSingletons);
    }
}
