using System.Buffers;
using System.Runtime.InteropServices;
using System.Text.Json;
using Flowmetal.Execution;
using Flowmetal.Serialization.Codecs;

namespace Flowmetal.Serialization.Graph;

/// <summary>
/// Writes one <see cref="GraphDocument"/>. Objects get their entry index when first met and are
/// written one after the other from a work list, so the depth of the data never reaches the
/// thread's stack. Tracks where it is (root, entry, field, element) so that a value that cannot
/// be stored is refused naming the frame's local that holds it and the path inside it.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001", Justification = "Its JSON writers write to in-memory buffers: disposing them would only flush, which Finish does.")]
internal sealed class GraphWriter
{
    private const byte NoStep = 0;
    private const byte MemberStep = 1;
    private const byte ElementStep = 2;

    private static readonly byte[] DocumentStart = System.Text.Encoding.UTF8.GetBytes($"{{\"fmt\":{GraphDocument.Version},\"types\":");

    private readonly TypePolicy _policy;
    // Written as two JSON texts and joined in Finish: the frames and roots first (they lead to the
    // objects), then the objects, which the document puts before the frames so that a reader
    // makes every object before it reads anything that refers to one.
    private readonly ArrayBufferWriter<byte> _tail = new(1024);
    private readonly ArrayBufferWriter<byte> _objects = new(1024);
    private readonly Utf8JsonWriter _tailJson;
    private readonly Utf8JsonWriter _objectsJson;
    private readonly Dictionary<object, int> _ids = new(ReferenceEqualityComparer.Instance);
    private readonly List<Pending> _pending = new();
    private readonly WriteTypeTable _types = new();
    // A root is described only when a refusal names it: a frame by its type, the others by text.
    private readonly List<object> _roots = new();
    private readonly byte[] _steps = new byte[GraphDocument.MaxDepth + 2];
    private readonly JsonEncodedText[] _members = new JsonEncodedText[GraphDocument.MaxDepth + 2];
    private readonly int[] _elements = new int[GraphDocument.MaxDepth + 2];
    private int _container;
    private int _depth;
    private bool _deferredPermitted;
    private Type? _lastAllowedStruct;

    // One writer kept per thread between suspensions: a suspension then allocates little more
    // than the bytes it returns. Not kept when it grew large, so a huge continuation's buffers go.
    [ThreadStatic]
    private static GraphWriter? t_spare;

    private readonly ArrayBufferWriter<byte> _typesBuffer = new(256);
    private readonly Utf8JsonWriter _typesJson;

    private GraphWriter(TypePolicy policy)
    {
        _policy = policy;
        _tailJson = new Utf8JsonWriter(_tail, GraphDocument.WriterOptions);
        _objectsJson = new Utf8JsonWriter(_objects, GraphDocument.WriterOptions);
        _typesJson = new Utf8JsonWriter(_typesBuffer, GraphDocument.WriterOptions);
        Json = _tailJson;
        Json.WriteStartObject();
    }

    /// <summary>A writer for one document; give it back with <see cref="Return"/> when done with it.</summary>
    public static GraphWriter Rent(TypePolicy policy)
    {
        var spare = t_spare;
        if (spare is not null && ReferenceEquals(spare._policy, policy))
        {
            t_spare = null;
            spare.Json.WriteStartObject();
            return spare;
        }

        return new GraphWriter(policy);
    }

    /// <summary>Forgets the document (and every object it referred to) and keeps the writer for this thread's next one.</summary>
    public void Return()
    {
        _ids.Clear();
        _pending.Clear();
        _roots.Clear();
        _types.Clear();
        _container = 0;
        _depth = 0;
        _deferredPermitted = false;
        _lastAllowedStruct = null;
        if (_tail.Capacity + _objects.Capacity + _typesBuffer.Capacity > 256 * 1024 || _ids.Count > 4096)
        {
            return;
        }

        _tail.ResetWrittenCount();
        _objects.ResetWrittenCount();
        _typesBuffer.ResetWrittenCount();
        _tailJson.Reset(_tail);
        _objectsJson.Reset(_objects);
        _typesJson.Reset(_typesBuffer);
        Json = _tailJson;
        t_spare = this;
    }

    /// <summary>Where values are written now: the frames and roots, then the objects.</summary>
    public Utf8JsonWriter Json { get; private set; }

    /// <summary>The stored objects, by entry index (for verification).</summary>
    public int ObjectCount => _pending.Count;

    public object ObjectAt(int id) => _pending[id].Value;

    public bool TryGetId(object value, out int id) => _ids.TryGetValue(value, out id);

    /// <summary>Whether entry <paramref name="id"/> was stored as a static member (a singleton).</summary>
    public bool IsStatic(int id) => _pending[id].Static is not null;

    /// <summary>Writes <c>"frames"</c>: each frame inline, its type carrying the method's body hash.</summary>
    public void WriteFrames(IReadOnlyList<Frame> frames)
    {
        Json.WritePropertyName(GraphDocument.Frames);
        Json.WriteStartArray();
        for (int i = 0; i < frames.Count; i++)
        {
            var frame = frames[i];
            var type = frame.GetType();
            var info = FrameTypeInfo.Of(type) ?? throw new FlowSerializationException(
                $"{TypeNames.Display(type)} is not a frame the weaver generated: a continuation can only hold woven frames.");
            EnterRoot(type);
            Json.WriteStartObject();
            Json.WriteNumber(GraphDocument.Type, _types.IndexOfFrame(type, info.BodyHash));
            ((ObjectCodec)_policy.FrameCodec(type)).Write(frame, this);
            Json.WriteEndObject();
        }

        Json.WriteEndArray();
    }

    /// <summary>Adds the descriptions of the frame types written (see <see cref="FrameVersionInfo"/>) to <paramref name="descriptions"/>.</summary>
    public void CollectFrameTypes(ICollection<Storage.FrameTypeDescription> descriptions) => _types.CollectFrameTypes(descriptions);

    /// <summary>Writes a root value (<c>"request"</c>, <c>"value"</c>): a reference, a string or null.</summary>
    public void WriteRoot(JsonEncodedText name, object? value, string rootDescription)
    {
        EnterRoot(rootDescription);
        Json.WritePropertyName(name);
        WriteReference(value);
    }

    /// <summary>Writes every object met so far, and those they lead to, then returns the whole document.</summary>
    public byte[] Finish()
    {
        _tailJson.WriteEndObject();
        _tailJson.Flush();
        Json = _objectsJson;
        Json.WriteStartArray();
        for (int id = 0; id < _pending.Count; id++)
        {
            WriteEntry(id);
        }

        Json.WriteEndArray();
        Json.Flush();
        return Compose();
    }

    public void WriteReference(object? value)
    {
        if (value is null)
        {
            Json.WriteNullValue();
            return;
        }

        if (value is string text)
        {
            JsonStrings.Write(Json, text);
            return;
        }

        ref int id = ref CollectionsMarshal.GetValueRefOrAddDefault(_ids, value, out bool known);
        if (!known)
        {
            id = Register(value);
        }

        Json.WriteNumberValue(id);
    }

    /// <summary>The index of <paramref name="type"/> in <c>types</c> (for values that name a type: delegates, <see cref="Type"/> objects).</summary>
    public int TypeIndex(Type type) => _types.IndexOf(type);

    /// <summary>Writes the name of the next field; called before each field's value.</summary>
    public void Property(JsonEncodedText name)
    {
        _steps[_depth] = MemberStep;
        _members[_depth] = name;
        Json.WritePropertyName(name);
    }

    /// <summary>Notes the index of the next element (for error paths); writes nothing.</summary>
    public void Element(int index)
    {
        _steps[_depth] = ElementStep;
        _elements[_depth] = index;
    }

    public void EnterStruct()
    {
        if (++_depth > GraphDocument.MaxDepth)
        {
            Refuse(typeof(ValueType), $"a struct nested more than {GraphDocument.MaxDepth} deep");
        }

        _steps[_depth] = NoStep;
    }

    public void LeaveStruct() => _depth--;

    /// <summary>The next value may be one that is only made after loading (it can be put back where it belongs).</summary>
    public void PermitDeferred() => _deferredPermitted = true;

    public bool TakeDeferredPermission()
    {
        bool permitted = _deferredPermitted;
        _deferredPermitted = false;
        return permitted;
    }

    public void RefusePointerField(string field) =>
        Refuse(typeof(IntPtr), $"a pointer (field '{field}'), an address in this process's memory");

    public void EnsureStructAllowed(Type type)
    {
        if (ReferenceEquals(type, _lastAllowedStruct))
        {
            return;
        }

        if (_policy.Of(type).Refusal is { } reason)
        {
            Refuse(type, reason);
        }

        _lastAllowedStruct = type;
    }

    /// <summary>Fails the whole write: the value of <paramref name="type"/> where the writer is cannot be stored.</summary>
    public void Refuse(Type type, string reason) => throw new RefusedValueException(type, reason, Locate());

    private int Register(object value)
    {
        var type = value.GetType();
        var entry = _policy.Of(type);
        StaticMember? member = entry.FindSingleton(value);
        if (member is null)
        {
            if (entry.Refusal is { } reason)
            {
                Refuse(type, reason);
            }

            if (entry.Codec!.Refusal(value, _policy) is { } specific)
            {
                Refuse(type, specific);
            }
        }

        int id = _pending.Count;
        _pending.Add(new Pending(value, member is null ? entry.Codec : null, member, _container, _steps[0], _members[0], _elements[0]));
        return id;
    }

    private void WriteEntry(int id)
    {
        var pending = _pending[id];
        _container = id;
        _depth = 0;
        _steps[0] = NoStep;
        Json.WriteStartObject();
        if (pending.Static is { } member)
        {
            Json.WriteNumber(GraphDocument.Static, _types.IndexOf(member.Holder));
            Json.WriteString(GraphDocument.Member, member.Name);
            if (member.MethodArguments is { Length: > 0 } arguments)
            {
                Json.WritePropertyName(GraphDocument.Values);
                Json.WriteStartArray();
                foreach (var argument in arguments)
                {
                    Json.WriteNumberValue(_types.IndexOf(argument));
                }

                Json.WriteEndArray();
            }
        }
        else
        {
            Json.WriteNumber(GraphDocument.Type, _types.IndexOfEntry(pending.Value.GetType()));
            pending.Codec!.Write(pending.Value, this);
        }

        Json.WriteEndObject();
    }

    private void EnterRoot(object description)
    {
        _roots.Add(description);
        _container = ~(_roots.Count - 1);
        _depth = 0;
        _steps[0] = NoStep;
    }

    private static string? Step(byte kind, JsonEncodedText member, int element) => kind switch
    {
        MemberStep => member.Value,
        ElementStep => "[" + element.ToString(System.Globalization.CultureInfo.InvariantCulture) + "]",
        _ => null,
    };

    /// <summary>Where the writer is: the root (a frame's local, the request, the value) and the path from it.</summary>
    private GraphLocation Locate()
    {
        // The steps inside the current container (fields of nested structs, elements), innermost last.
        var inside = new List<string>();
        for (int d = _depth; d >= 0; d--)
        {
            switch (_steps[d])
            {
                case MemberStep:
                    inside.Add(_members[d].Value);
                    break;
                case ElementStep:
                    inside.Add("[" + _elements[d].ToString(System.Globalization.CultureInfo.InvariantCulture) + "]");
                    break;
            }
        }

        // Then up through the entries that led here, each noted where it was first met.
        int container = _container;
        while (container >= 0)
        {
            var pending = _pending[container];
            inside.Add("(" + TypeNames.Display(pending.Value.GetType()) + ")");
            if (Step(pending.StepKind, pending.Member, pending.Element) is { } step)
            {
                inside.Add(step);
            }

            container = pending.Container;
        }

        inside.Reverse();
        int root = ~container;
        string? rootMember = null;
        if (inside.Count > 0 && !inside[0].StartsWith('[') && !inside[0].StartsWith('('))
        {
            rootMember = inside[0];
            inside.RemoveAt(0);
        }

        var description = _roots[root] is Type frameType ? FrameTypeInfo.Of(frameType)?.MethodId ?? TypeNames.Display(frameType) : (string)_roots[root];
        return new GraphLocation(root, description, rootMember, Join(inside));
    }

    private static string Join(List<string> steps)
    {
        var text = new System.Text.StringBuilder();
        foreach (var step in steps)
        {
            if (step.StartsWith('('))
            {
                continue;
            }

            if (text.Length > 0 && !step.StartsWith('['))
            {
                text.Append('.');
            }

            text.Append(step);
        }

        return text.ToString();
    }

    /// <summary><c>{"fmt":2,"types":[...],"objects":[...],</c> then the frames and roots (the tail object without its braces) and <c>}</c>.</summary>
    private byte[] Compose()
    {
        var types = _typesBuffer;
        _types.Write(_typesJson);
        _typesJson.Flush();

        ReadOnlySpan<byte> start = DocumentStart;
        ReadOnlySpan<byte> objects = ",\"objects\":"u8;
        var tail = _tail.WrittenSpan[1..^1];
        var document = new byte[start.Length + types.WrittenCount + objects.Length + _objects.WrittenCount + 1 + tail.Length + 1];
        var at = document.AsSpan();
        Append(ref at, start);
        Append(ref at, types.WrittenSpan);
        Append(ref at, objects);
        Append(ref at, _objects.WrittenSpan);
        Append(ref at, ","u8);
        Append(ref at, tail);
        Append(ref at, "}"u8);
        return document;
    }

    private static void Append(ref Span<byte> destination, ReadOnlySpan<byte> bytes)
    {
        bytes.CopyTo(destination);
        destination = destination.Slice(bytes.Length);
    }

    /// <summary>An object to write, and where it was first met (for refusals deeper in it).</summary>
    private readonly record struct Pending(object Value, TypeCodec? Codec, StaticMember? Static, int Container, byte StepKind, JsonEncodedText Member, int Element);
}
