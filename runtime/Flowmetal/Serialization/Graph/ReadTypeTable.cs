using System.Text.Json;
using Flowmetal.Execution;
using Flowmetal.Serialization.Codecs;

namespace Flowmetal.Serialization.Graph;

/// <summary>
/// The <c>types</c> of a document being read. Frame types (those with a body hash) are resolved and
/// checked at once, before any object is made: a continuation whose method changed since it was
/// stored is refused naming that method. Other types are resolved when first used.
/// </summary>
internal sealed class ReadTypeTable
{
    private readonly List<string> _names = new();
    private readonly List<string?> _hashes = new();
    // Where each frame type's build ("b") and description ("v": its key in the store, or, in an older document, the
    // description inline) are in the document: read only for a frame whose method changed.
    private readonly Dictionary<int, (int Start, int Length)> _versionSlices = new();
    private readonly Dictionary<int, (int Start, int Length)> _buildSlices = new();
    private readonly Dictionary<int, FrameVersionInfo> _changed = new();
    private byte[] _document = Array.Empty<byte>();
    private Func<string, ReadOnlyMemory<byte>?>? _frameTypes;
    private Type?[] _types = Array.Empty<Type?>();

    public int Count => _names.Count;

    /// <summary>Reads <c>"types"</c>, the reader on its start, from <paramref name="document"/>, the bytes the reader reads.</summary>
    /// <param name="json">The reader, on the start of <c>"types"</c>.</param>
    /// <param name="policy">What may be loaded.</param>
    /// <param name="document">The bytes the reader reads.</param>
    /// <param name="frameTypes">The store's frame type descriptions by key, for a frame whose method changed; none: such a frame waits for its build.</param>
    public static ReadTypeTable Read(ref Utf8JsonReader json, TypePolicy policy, byte[] document, Func<string, ReadOnlyMemory<byte>?>? frameTypes)
    {
        var table = new ReadTypeTable { _document = document, _frameTypes = frameTypes };
        if (json.TokenType != JsonTokenType.StartArray)
        {
            throw new GraphFormatException("\"types\" is not a list.");
        }

        while (true)
        {
            GraphReader.Next(ref json);
            if (json.TokenType == JsonTokenType.EndArray)
            {
                break;
            }

            if (json.TokenType == JsonTokenType.String)
            {
                table._names.Add(json.GetString()!);
                table._hashes.Add(null);
                continue;
            }

            if (json.TokenType != JsonTokenType.StartObject)
            {
                throw new GraphFormatException($"An item of \"types\" is a {json.TokenType}, not a type name.");
            }

            string? name = null;
            string? hash = null;
            while (true)
            {
                GraphReader.Next(ref json);
                if (json.TokenType == JsonTokenType.EndObject)
                {
                    break;
                }

                bool isName = json.ValueTextEquals(GraphDocument.TypeName.EncodedUtf8Bytes);
                bool isHash = json.ValueTextEquals(GraphDocument.TypeHash.EncodedUtf8Bytes);
                bool isVersion = json.ValueTextEquals(GraphDocument.FrameVersion.EncodedUtf8Bytes);
                bool isBuild = json.ValueTextEquals(GraphDocument.FrameBuild.EncodedUtf8Bytes);
                GraphReader.Next(ref json);
                if (isName)
                {
                    name = json.GetString();
                }
                else if (isHash)
                {
                    hash = json.GetString();
                }
                else
                {
                    long start = json.TokenStartIndex;
                    json.Skip();
                    var slice = (checked((int)start), checked((int)(json.BytesConsumed - start)));
                    if (isVersion)
                    {
                        table._versionSlices[table._names.Count] = slice;
                    }
                    else if (isBuild)
                    {
                        table._buildSlices[table._names.Count] = slice;
                    }
                }
            }

            // A frame type carries its body hash; any type may carry its shape, which loading does not need.
            table._names.Add(name ?? throw new GraphFormatException("A type in \"types\" has no name."));
            table._hashes.Add(hash);
        }

        table._types = new Type?[table._names.Count];
        for (int i = 0; i < table._names.Count; i++)
        {
            if (table._hashes[i] is { } stored)
            {
                table.CheckFrame(i, stored, policy);
            }
        }

        return table;
    }

    /// <summary>The type at <paramref name="index"/>, resolved on first use.</summary>
    public Type Type(int index, TypePolicy policy)
    {
        if ((uint)index >= (uint)_types.Length)
        {
            throw new GraphFormatException($"The stored data names type #{index}, and \"types\" has {_types.Length}.");
        }

        return _types[index] ??= policy.Resolver.Resolve(_names[index]);
    }

    public bool IsFrame(int index) => (uint)index < (uint)_hashes.Count && _hashes[index] is not null;

    /// <summary>
    /// What was stored of a frame type whose method changed since (its body hash differs from this build's), or
    /// <see langword="null"/> when it did not change: such a frame is resumed by <see cref="Versioning.FrameMigration"/>.
    /// </summary>
    public FrameVersionInfo? Changed(int index) => _changed.TryGetValue(index, out var version) ? version : null;

    /// <summary>The body hash the document stored for frame type <paramref name="index"/>.</summary>
    public string? StoredHash(int index) => (uint)index < (uint)_hashes.Count ? _hashes[index] : null;


    public string Name(int index) => (uint)index < (uint)_names.Count ? _names[index] : "#" + index;

    private void CheckFrame(int index, string stored, TypePolicy policy)
    {
        Type type;
        try
        {
            type = Type(index, policy);
        }
        catch (FlowSerializationException error) when (StoredBuild(index) is { } build)
        {
            // The method the frame belongs to is gone from this build (renamed, removed, or now overloaded): the flow is
            // not damaged, and the build that stored it resumes it.
            throw new FlowResumeException(
                $"The flow cannot resume in this build: its frame type {_names[index]} does not exist here (the method it belongs to was " +
                $"renamed, removed or overloaded since the flow suspended in it). A worker of build {build} can resume it.",
                error)
            {
                NeedsBuild = build,
            };
        }

        var info = typeof(Frame).IsAssignableFrom(type) ? FrameTypeInfo.Of(type) : null;
        if (info is null)
        {
            throw new GraphFormatException($"The stored data lists {_names[index]} as a frame type, which it is not.");
        }

        if (info.BodyHash == stored)
        {
            return;
        }

        var version = Version(index, out var problem);
        if (version is { Usable: true } && info.PointKeys.Length > 0)
        {
            _changed[index] = version;
            return;
        }

        // Stored, or woven, before point keys were recorded, or its description is not to be had: only the build that
        // stored it can resume it.
        var storedBuild = version?.StoredBuild ?? StoredBuild(index);
        throw new FlowResumeException(
            $"The method {info.MethodId} changed since the flow suspended in it (body hash {stored}, now {info.BodyHash})" +
            (problem is null ? string.Empty : $", and {problem}") +
            "; a suspended flow can only resume into the code it suspended in. " +
            (storedBuild is null ? "Deploy the old version to finish it, or cancel it." : $"A worker of build {storedBuild} can resume it; or cancel it."))
        {
            NeedsBuild = storedBuild,
        };
    }

    /// <summary>The stored build and description of frame type <paramref name="index"/>, or why there is none to use.</summary>
    private FrameVersionInfo? Version(int index, out string? problem)
    {
        problem = null;
        if (!_versionSlices.TryGetValue(index, out var slice))
        {
            return null;
        }

        var value = _document.AsSpan(slice.Start, slice.Length);
        if (value[0] != (byte)'"')
        {
            return FrameVersionInfo.Parse(value).WithBuild(EntryBuild(index));
        }

        var key = StringAt(slice, "description key");
        ReadOnlyMemory<byte>? content;
        try
        {
            content = _frameTypes?.Invoke(key);
        }
        catch (Exception error)
        {
            // The store is out of reach: the flow is not damaged, and is tried again later (or by its own build).
            problem = $"reading the description of its frame type (key {key}) from the store failed ({error.GetType().Name}: {error.Message})";
            return null;
        }

        return FrameVersionInfo.FromStore(key, content, out problem)?.WithBuild(EntryBuild(index));
    }

    /// <summary>The build that stored frame type <paramref name="index"/>, as its entry (or an older inline description) names it.</summary>
    private string? StoredBuild(int index) =>
        EntryBuild(index) ?? (_versionSlices.TryGetValue(index, out var slice) && _document[slice.Start] == (byte)'{'
            ? FrameVersionInfo.Parse(_document.AsSpan(slice.Start, slice.Length)).StoredBuild
            : null);

    private string? EntryBuild(int index) => _buildSlices.TryGetValue(index, out var slice) ? StringAt(slice, "build") : null;

    private string StringAt((int Start, int Length) slice, string what)
    {
        var json = new Utf8JsonReader(_document.AsSpan(slice.Start, slice.Length), GraphDocument.ReaderOptions);
        GraphReader.Next(ref json);
        return json.TokenType == JsonTokenType.String
            ? json.GetString()!
            : throw new GraphFormatException($"A frame type's {what} is a {json.TokenType}, not a string.");
    }
}
