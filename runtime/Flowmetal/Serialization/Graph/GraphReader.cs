using System.Runtime.CompilerServices;
using System.Text.Json;
using Flowmetal.Execution;
using Flowmetal.Serialization.Codecs;
using Flowmetal.Versioning;

namespace Flowmetal.Serialization.Graph;

/// <summary>
/// Reads one <see cref="GraphDocument"/> in two passes over its bytes, neither recursing into the
/// data: the first learns the types (refusing a changed frame method before anything is made) and
/// makes every object, empty; the second fills them, each reference being the object made for its
/// index. What can only be built from its content is built last (<see cref="AddCompletion"/>), and
/// values that depend on it are put in place after that (<see cref="AddFixup"/>). Every length is
/// the number of items present, so the bytes bound what a document can make a worker allocate.
/// </summary>
internal sealed class GraphReader
{
    private static readonly JsonEncodedText[] TopLevel =
    {
        GraphDocument.Format, GraphDocument.Types, GraphDocument.Frames, GraphDocument.Request, GraphDocument.Value, GraphDocument.Objects,
    };

    private readonly TypePolicy _policy;
    // One reader kept per thread between loads (its lists keep their capacity).
    [ThreadStatic]
    private static GraphReader? t_spare;

    private byte[] _bytes;
    private Func<string, ReadOnlyMemory<byte>?>? _frameTypes;
    private readonly List<object?> _objects = new();
    private readonly List<TypeCodec?> _codecs = new();
    private readonly List<int> _createLater = new();
    private readonly List<Completion> _completions = new();
    private readonly List<Action> _fixups = new();
    private readonly List<Frame> _frames = new();
    private readonly List<ChangedFrame> _changedFrames = new();
    private readonly Dictionary<int, object> _scanStates = new();

    // Entries the first pass read whole (arrays of plain values, statics, delegates, type
    // objects): where each ends, so the second pass jumps over them instead of reading them again.
    private readonly Dictionary<int, (long Offset, JsonReaderState State)> _completeEnds = new();
    private long _objectsStart = -1;
    private JsonReaderState _objectsState;
    private bool _scanningComplete;
    private ReadTypeTable? _types;
    private Action<object?>? _deferredTarget;
    private Type? _lastAllowedStruct;
    private int _creating;

    private GraphReader(byte[] bytes, TypePolicy policy)
    {
        _bytes = bytes;
        _policy = policy;
    }

    public IReadOnlyList<Frame> Frames => _frames;

    public object? Request { get; private set; }

    public object? Value { get; private set; }

    public int ObjectCount => _objects.Count;

    /// <summary>Which part of the document the reader is in, and which item of it: for errors only.</summary>
    private string _section = "the document";
    private int _item = -1;

    public object? ObjectAt(int id) => _objects[id];

    public TypePolicy Policy => _policy;

    /// <summary>Loads a whole document.</summary>
    /// <param name="bytes">The document.</param>
    /// <param name="policy">What may be loaded.</param>
    /// <param name="frameTypes">The store's frame type descriptions by key (<see cref="ReadTypeTable.Read"/>), or none.</param>
    public static GraphReader Load(byte[] bytes, TypePolicy policy, Func<string, ReadOnlyMemory<byte>?>? frameTypes = null)
    {
        var reader = t_spare is { } spare && ReferenceEquals(spare._policy, policy) ? spare : new GraphReader(bytes, policy);
        t_spare = null;
        reader._bytes = bytes;
        reader._frameTypes = frameTypes;
        try
        {
            reader.MakeObjects();
            reader.FillObjects();
            reader.Complete();
            reader.MigrateChangedFrames();
            return reader;
        }
        catch (Exception error) when (error is not (FlowSerializationException or FlowResumeException))
        {
            throw new GraphFormatException($"{error.Message} (in {reader.Location()})", error);
        }
    }

    /// <summary>Forgets the document and every object of it, and keeps the reader for this thread's next load.</summary>
    public void Return()
    {
        _objects.Clear();
        _codecs.Clear();
        _createLater.Clear();
        _completions.Clear();
        _fixups.Clear();
        _frames.Clear();
        _changedFrames.Clear();
        _scanStates.Clear();
        _completeEnds.Clear();
        _types = null;
        _deferredTarget = null;
        _lastAllowedStruct = null;
        _creating = 0;
        _bytes = Array.Empty<byte>();
        _frameTypes = null;
        Request = null;
        Value = null;
        At("the document", -1);
        if (_objects.Capacity <= 4096)
        {
            t_spare = this;
        }
    }

    public static void Next(ref Utf8JsonReader json)
    {
        if (!json.Read())
        {
            throw new GraphFormatException("The stored data ends in the middle of a value: it is truncated.");
        }
    }

    /// <summary>Moves to the end of the current object, skipping its remaining properties.</summary>
    public static void SkipToEndOfObject(ref Utf8JsonReader json)
    {
        while (true)
        {
            Next(ref json);
            if (json.TokenType == JsonTokenType.EndObject)
            {
                return;
            }

            if (json.TokenType != JsonTokenType.PropertyName)
            {
                throw new GraphFormatException($"Expected a property, found {json.TokenType}.");
            }

            Next(ref json);
            json.Skip();
        }
    }

    public static GraphFormatException UnknownField(Type type, ref Utf8JsonReader json) =>
        new($"The stored {TypeNames.Display(type)} has a field '{json.GetString()}' that {TypeNames.Display(type)} does not have in this build: " +
            "the type changed since the flow was stored, or the stored data is damaged.");

    public static GraphFormatException UnknownProperty(Type type, string? name) =>
        new($"A stored {TypeNames.Display(type)} has a property '{name}' Flowmetal does not write: the stored data is damaged.");

    /// <summary>A value where a reference is held: <c>null</c>, a string, or the object of an entry index.</summary>
    public object? ReadReference(ref Utf8JsonReader json)
    {
        switch (json.TokenType)
        {
            case JsonTokenType.Null:
                return null;
            case JsonTokenType.String:
                return JsonStrings.Read(ref json);
            case JsonTokenType.Number:
                return ObjectFor(json.GetInt32());
            default:
                throw new GraphFormatException($"Expected null, a string or an object's index, found {json.TokenType}.");
        }
    }

    /// <summary>The object of entry <paramref name="id"/>, made now if it is one made after the others (a delegate's target).</summary>
    public object ObjectFor(int id)
    {
        if ((uint)id >= (uint)_objects.Count)
        {
            throw new GraphFormatException($"The stored data refers to object #{id}, and there are {_objects.Count}.");
        }

        if (_objects[id] is { } made)
        {
            return made;
        }

        if (_codecs[id] is not { } codec || ++_creating > GraphDocument.MaxDepth)
        {
            throw new GraphFormatException($"Object #{id} refers to itself before it can be made (a delegate whose target is itself).");
        }

        try
        {
            return _objects[id] = codec.Create(this, id);
        }
        finally
        {
            _creating--;
        }
    }

    public Type TypeAt(int index) => Types.Type(index, _policy);

    public void EnsureStructAllowed(Type type)
    {
        if (ReferenceEquals(type, _lastAllowedStruct))
        {
            return;
        }

        if (_policy.Of(type).Refusal is { } reason)
        {
            throw Refused(type, reason);
        }

        _lastAllowedStruct = type;
    }

    /// <summary>Keeps what a codec's first pass read of entry <paramref name="id"/> for its <see cref="TypeCodec.Create"/>.</summary>
    public void KeepScanState(int id, object state) => _scanStates[id] = state;

    public object TakeScanState(int id) =>
        _scanStates.Remove(id, out var state) ? state : throw new InvalidOperationException($"Entry #{id} kept nothing from the first pass.");

    /// <summary>Where the next value read, if it can only be made after loading, is to be put.</summary>
    public void DeferTo(Action<object?> assign) => _deferredTarget = assign;

    public Action<object?>? TakeDeferredTarget()
    {
        var target = _deferredTarget;
        _deferredTarget = null;
        return target;
    }

    /// <summary>
    /// Builds <paramref name="placeholder"/>'s content once every entry is filled (after those of
    /// <paramref name="dependsOn"/> that are built the same way: a set's elements hash by their content).
    /// </summary>
    public void AddCompletion(object placeholder, Action complete, IEnumerable<object?>? dependsOn = null) =>
        _completions.Add(new Completion(placeholder, complete, dependsOn));

    /// <summary>Runs after every completion: puts in place values made from completed objects.</summary>
    public void AddFixup(Action fixup) => _fixups.Add(fixup);

    /// <summary>Where the reader was: <c>objects[12] (Shop.Cart)</c>, <c>frames[0]</c>.</summary>
    private string Location()
    {
        if (_item < 0)
        {
            return _section;
        }

        string? type = _section == "objects" && _item < _codecs.Count && _codecs[_item] is { } codec ? TypeNames.Display(codec.Type) : null;
        return type is null ? $"{_section}[{_item}]" : $"{_section}[{_item}] ({type})";
    }

    private void At(string section, int item)
    {
        _section = section;
        _item = item;
    }

    private ReadTypeTable Types => _types ?? throw new GraphFormatException("The stored data has no \"types\" before its content.");

    private static FlowSerializationException Refused(Type type, string reason) =>
        new($"The stored flow holds a {TypeNames.Display(type)}, which is refused: it is {reason}.", type, path: null, reason);

    private static int TopLevelProperty(ref Utf8JsonReader json)
    {
        for (int i = 0; i < TopLevel.Length; i++)
        {
            if (json.ValueTextEquals(TopLevel[i].EncodedUtf8Bytes))
            {
                return i;
            }
        }

        throw new GraphFormatException($"The stored data has a top-level property '{json.GetString()}' Flowmetal does not write.");
    }

    /// <summary>The first pass read the entry it is scanning whole: the second pass will not read it again.</summary>
    public void MarkScannedWhole() => _scanningComplete = true;

    /// <summary>
    /// First pass: the version, the types (refusing changed frame methods), and every object of
    /// <c>"objects"</c>, made empty. Stops there: the frames and roots after the objects are read
    /// once, by the second pass.
    /// </summary>
    private void MakeObjects()
    {
        var json = new Utf8JsonReader(_bytes, GraphDocument.ReaderOptions);
        Next(ref json);
        if (json.TokenType != JsonTokenType.StartObject)
        {
            throw new GraphFormatException("The stored data is not a JSON object.");
        }

        Next(ref json);
        if (json.TokenType != JsonTokenType.PropertyName || !json.ValueTextEquals(GraphDocument.Format.EncodedUtf8Bytes))
        {
            throw new GraphFormatException(
                "The stored data has no format version: it was stored by a Flowmetal older than this one, whose format this version " +
                "does not read. Finish such flows with the version that started them, or cancel them.");
        }

        Next(ref json);
        int version = json.GetInt32();
        if (version != GraphDocument.Version)
        {
            throw new GraphFormatException($"The stored data has format {version}; this Flowmetal reads format {GraphDocument.Version}.");
        }

        Expect(ref json, GraphDocument.Types);
        Next(ref json);
        _types = ReadTypeTable.Read(ref json, _policy, _bytes, _frameTypes);
        Expect(ref json, GraphDocument.Objects);
        _objectsStart = json.BytesConsumed;
        _objectsState = json.CurrentState;
        Next(ref json);
        ScanObjects(ref json);
        foreach (var id in _createLater)
        {
            ObjectFor(id);
        }
    }

    private static void Expect(ref Utf8JsonReader json, JsonEncodedText property)
    {
        Next(ref json);
        if (json.TokenType != JsonTokenType.PropertyName || !json.ValueTextEquals(property.EncodedUtf8Bytes))
        {
            throw new GraphFormatException($"Expected \"{property}\" here, found {(json.TokenType == JsonTokenType.PropertyName ? "\"" + json.GetString() + "\"" : json.TokenType.ToString())}.");
        }
    }

    private void ScanObjects(ref Utf8JsonReader json)
    {
        if (json.TokenType != JsonTokenType.StartArray)
        {
            throw new GraphFormatException("\"objects\" is not a list.");
        }

        while (true)
        {
            Next(ref json);
            if (json.TokenType == JsonTokenType.EndArray)
            {
                return;
            }

            int id = _objects.Count;
            At("objects", id);
            if (json.TokenType != JsonTokenType.StartObject)
            {
                throw new GraphFormatException($"Entry #{id} of \"objects\" is a {json.TokenType}, not an object.");
            }

            Next(ref json);
            if (json.ValueTextEquals(GraphDocument.Static.EncodedUtf8Bytes))
            {
                _codecs.Add(null);
                _objects.Add(ResolveStatic(ref json));
                _completeEnds[id] = (json.BytesConsumed, json.CurrentState);
                continue;
            }

            if (!json.ValueTextEquals(GraphDocument.Type.EncodedUtf8Bytes))
            {
                throw new GraphFormatException($"Entry #{id} of \"objects\" does not start with its type (\"$t\").");
            }

            Next(ref json);
            var type = TypeAt(json.GetInt32());
            if (typeof(Frame).IsAssignableFrom(type))
            {
                throw new GraphFormatException($"Entry #{id} is a frame ({TypeNames.Display(type)}), which only \"frames\" may hold.");
            }

            var entry = _policy.Of(type);
            if (entry.Refusal is { } reason)
            {
                throw Refused(type, reason);
            }

            _codecs.Add(entry.Codec);
            _objects.Add(null);
            _scanningComplete = false;
            var made = entry.Codec!.Scan(this, ref json, id);
            _objects[id] = made;
            if (made is null)
            {
                _createLater.Add(id);
            }

            if (_scanningComplete)
            {
                _completeEnds[id] = (json.BytesConsumed, json.CurrentState);
            }
        }
    }

    private object ResolveStatic(ref Utf8JsonReader json)
    {
        Next(ref json);
        var holder = TypeAt(json.GetInt32());
        string? name = null;
        Type[]? arguments = null;
        while (true)
        {
            Next(ref json);
            if (json.TokenType == JsonTokenType.EndObject)
            {
                break;
            }

            if (json.ValueTextEquals(GraphDocument.Member.EncodedUtf8Bytes))
            {
                Next(ref json);
                name = json.GetString();
            }
            else if (json.ValueTextEquals(GraphDocument.Values.EncodedUtf8Bytes))
            {
                Next(ref json);
                var list = new List<Type>();
                while (true)
                {
                    Next(ref json);
                    if (json.TokenType == JsonTokenType.EndArray)
                    {
                        break;
                    }

                    list.Add(TypeAt(json.GetInt32()));
                }

                arguments = list.ToArray();
            }
            else
            {
                throw UnknownProperty(holder, json.GetString());
            }
        }

        var member = new StaticMember(holder, name ?? throw new GraphFormatException("A stored static member has no name."), arguments);
        if (!_policy.Singletons.MayName(member))
        {
            throw new FlowSerializationException(
                $"The stored flow refers to {member}, which is not a static member a stored flow may name (a static readonly field of an allowed type, " +
                "or one of the framework singletons Flowmetal knows).");
        }

        return member.Resolve() ?? throw new GraphFormatException($"The stored flow refers to {member}, which is null in this process.");
    }

    /// <summary>Second pass: from <c>"objects"</c> on, the content of every entry, then the frames and roots.</summary>
    private void FillObjects()
    {
        var json = new Utf8JsonReader(_bytes.AsSpan(checked((int)_objectsStart)), isFinalBlock: true, _objectsState);
        Next(ref json);
        FillEntries(ref json);
        bool rooted = false;
        while (true)
        {
            Next(ref json);
            if (json.TokenType == JsonTokenType.EndObject)
            {
                break;
            }

            int property = TopLevelProperty(ref json);
            Next(ref json);
            switch (property)
            {
                case 2:
                    ReadFrames(ref json);
                    break;
                case 3:
                    At("request", -1);
                    Request = ReadReference(ref json);
                    rooted = true;
                    break;
                case 4:
                    At("value", -1);
                    Value = ReadReference(ref json);
                    rooted = true;
                    break;
                default:
                    throw new GraphFormatException($"The stored data has \"{TopLevel[property]}\" after its objects, where only frames and roots belong.");
            }
        }

        if (!rooted)
        {
            throw new GraphFormatException("The stored data has no \"request\" or \"value\".");
        }

        if (json.Read())
        {
            throw new GraphFormatException("The stored data goes on after its end.");
        }
    }

    private void ReadFrames(ref Utf8JsonReader json)
    {
        if (json.TokenType != JsonTokenType.StartArray)
        {
            throw new GraphFormatException("\"frames\" is not a list.");
        }

        while (true)
        {
            Next(ref json);
            if (json.TokenType == JsonTokenType.EndArray)
            {
                return;
            }

            At("frames", _frames.Count);
            if (json.TokenType != JsonTokenType.StartObject)
            {
                throw new GraphFormatException($"Frame #{_frames.Count} is a {json.TokenType}, not an object.");
            }

            Next(ref json);
            if (!json.ValueTextEquals(GraphDocument.Type.EncodedUtf8Bytes))
            {
                throw new GraphFormatException($"Frame #{_frames.Count} does not start with its type (\"$t\").");
            }

            Next(ref json);
            int index = json.GetInt32();
            if (!Types.IsFrame(index))
            {
                throw new GraphFormatException($"Frame #{_frames.Count} is a {Types.Name(index)}, which \"types\" does not list as a frame type.");
            }

            var type = TypeAt(index);
            if (Types.Changed(index) is { } version)
            {
                _changedFrames.Add(ReadChangedFrame(ref json, type, version, Types.StoredHash(index)!));
                _frames.Add(null!);
                continue;
            }

            var frame = (Frame)RuntimeHelpers.GetUninitializedObject(type);
            _policy.FrameCodec(type).Read(frame, this, ref json);
            _frames.Add(frame);
        }
    }

    /// <summary>
    /// A frame whose method changed since it was stored: its fields are read by the types they were stored with,
    /// and <see cref="MigrateChangedFrames"/> makes a frame of this build from them once every object is complete.
    /// </summary>
    private ChangedFrame ReadChangedFrame(ref Utf8JsonReader json, Type liveType, FrameVersionInfo version, string storedHash)
    {
        var changed = new ChangedFrame(_frames.Count, liveType, version, storedHash);
        while (true)
        {
            Next(ref json);
            if (json.TokenType == JsonTokenType.EndObject)
            {
                return changed;
            }

            var name = json.GetString()!;
            Next(ref json);
            if (name == nameof(Frame.ResumePoint))
            {
                changed.ResumePoint = json.GetInt32();
                continue;
            }

            if (!version.FieldTypes.TryGetValue(name, out var typeName))
            {
                throw new GraphFormatException($"The stored frame of {liveType.Name} has a field '{name}' its type entry does not list.");
            }

            Type declared;
            try
            {
                declared = _policy.Resolver.Resolve(typeName);
            }
            catch (FlowSerializationException error)
            {
                changed.Values[name] = new StoredValue(typeName, null, error.Message);
                json.Skip();
                continue;
            }

            var value = new StoredValue(TypeNames.Display(declared), declared, null);
            if (AccessorCompiler.IsDeferred(declared))
            {
                DeferTo(v => value.Value = v);
            }

            value.Value = BoxedValues.For(declared)(this, ref json);
            changed.Values[name] = value;
        }
    }

    private void MigrateChangedFrames()
    {
        foreach (var changed in _changedFrames)
        {
            At("frames", changed.Position);
            _frames[changed.Position] = FrameMigration.Migrate(changed.LiveType, changed.Version, changed.StoredHash, changed.ResumePoint, changed.Values);
        }
    }

    private sealed class ChangedFrame
    {
        public ChangedFrame(int position, Type liveType, FrameVersionInfo version, string storedHash)
        {
            Position = position;
            LiveType = liveType;
            Version = version;
            StoredHash = storedHash;
        }

        public int Position { get; }

        public Type LiveType { get; }

        public FrameVersionInfo Version { get; }

        public string StoredHash { get; }

        public int ResumePoint { get; set; }

        public Dictionary<string, StoredValue> Values { get; } = new(StringComparer.Ordinal);
    }

    private void FillEntries(ref Utf8JsonReader json)
    {
        int id = 0;
        while (true)
        {
            Next(ref json);
            if (json.TokenType == JsonTokenType.EndArray)
            {
                return;
            }

            At("objects", id);
            if (_completeEnds.TryGetValue(id, out var end))
            {
                // Read whole by the first pass: continue after it without reading it again.
                json = new Utf8JsonReader(_bytes.AsSpan(checked((int)end.Offset)), isFinalBlock: true, end.State);
            }
            else
            {
                Next(ref json);
                Next(ref json);
                _codecs[id]!.Read(_objects[id]!, this, ref json);
            }

            id++;
        }
    }

    /// <summary>Builds what is built from its content, dependencies first, then puts deferred values in place.</summary>
    private void Complete()
    {
        if (_completions.Count > 0)
        {
            At("building the hash-based collections", -1);
            var index = new Dictionary<object, int>(ReferenceEqualityComparer.Instance);
            for (int i = 0; i < _completions.Count; i++)
            {
                index[_completions[i].Placeholder] = i;
            }

            var state = new byte[_completions.Count];
            var stack = new Stack<(int Completion, IEnumerator<object?>? Dependencies)>();
            for (int root = 0; root < _completions.Count; root++)
            {
                if (state[root] != 0)
                {
                    continue;
                }

                state[root] = 1;
                stack.Push((root, _completions[root].DependsOn?.GetEnumerator()));
                while (stack.Count > 0)
                {
                    var (current, dependencies) = stack.Peek();
                    if (dependencies is not null && dependencies.MoveNext())
                    {
                        // A dependency built the same way, not started yet, goes first; a cycle
                        // (a set that contains itself through its elements' hashes) is built as met.
                        if (dependencies.Current is { } dependency && index.TryGetValue(dependency, out var next) && state[next] == 0)
                        {
                            state[next] = 1;
                            stack.Push((next, _completions[next].DependsOn?.GetEnumerator()));
                        }

                        continue;
                    }

                    stack.Pop();
                    _completions[current].Complete();
                    state[current] = 2;
                }
            }
        }

        At("putting enumerators back in place", -1);
        foreach (var fixup in _fixups)
        {
            fixup();
        }

    }

    private sealed record Completion(object Placeholder, Action Complete, IEnumerable<object?>? DependsOn);
}
