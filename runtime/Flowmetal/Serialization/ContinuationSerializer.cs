using Flowmetal.Execution;
using Flowmetal.Serialization.Codecs;
using Flowmetal.Serialization.Graph;
using Flowmetal.Storage;

namespace Flowmetal.Serialization;

/// <summary>
/// Turns a continuation, or one value (an entry call, a signal's payload, a result), into bytes and
/// back: a flat JSON document (<see cref="GraphDocument"/>) of the whole object graph, so shared
/// references, cycles and singletons come back as they were, and neither direction recurses into
/// the data. Every frame records its method's body hash, and a frame whose method changed is
/// refused before anything is made. Every type goes through the allow list both ways; a value that
/// cannot be stored fails the suspension naming the frame's method, the local and the type; stored
/// data that cannot be loaded fails with what was being loaded and where, never with anything but
/// <see cref="FlowSerializationException"/> or <see cref="FlowResumeException"/>.
/// </summary>
internal sealed class ContinuationSerializer
{
    private readonly TypePolicy _policy;

    public ContinuationSerializer()
        : this(FlowSerializationOptions.Default)
    {
    }

    public ContinuationSerializer(FlowSerializationOptions options) => _policy = new TypePolicy(options);

    internal TypeAllowList AllowList => _policy.AllowList;

    /// <summary>Stores a continuation.</summary>
    /// <param name="continuation">The suspended flow's frames and request.</param>
    /// <param name="frameTypes">
    /// Receives the description of each frame type the continuation names (<see cref="FrameTypeDescription"/>), which the store keeps
    /// beside it (<see cref="FlowSave.FrameTypes"/>); <see langword="null"/> where nothing is stored (a continuation resumed
    /// only by the build that wrote it needs none).
    /// </param>
    public byte[] Serialize(Continuation continuation, ICollection<FrameTypeDescription>? frameTypes = null)
    {
        var writer = GraphWriter.Rent(_policy);
        try
        {
            byte[] bytes;
            try
            {
                writer.WriteFrames(continuation.Frames);
                writer.WriteRoot(GraphDocument.Request, continuation.Request, "the request");
                bytes = writer.Finish();
            }
            catch (RefusedValueException refused)
            {
                throw Locate(refused, continuation);
            }

            if (_policy.Options.VerifyRoundTrip)
            {
                Verify(bytes, writer, continuation.Frames, continuation.Request, OutermostMethod(continuation));
            }

            if (frameTypes is not null)
            {
                writer.CollectFrameTypes(frameTypes);
            }

            return bytes;
        }
        finally
        {
            writer.Return();
        }
    }

    /// <summary>Loads a stored continuation.</summary>
    /// <param name="bytes">The stored continuation.</param>
    /// <param name="frameTypes">
    /// The store's frame type descriptions by key (<see cref="IFlowStore.GetFrameTypeAsync"/>), asked only for a frame whose method
    /// changed since it was stored; it may throw when the store is out of reach. <see langword="null"/>: such a frame waits for its build.
    /// </param>
    public Continuation Deserialize(byte[] bytes, Func<string, ReadOnlyMemory<byte>?>? frameTypes = null)
    {
        var reader = Load(bytes, "The stored continuation", frameTypes);
        try
        {
            if (reader.Request is not SuspensionRequest request)
            {
                throw new FlowResumeException("The stored continuation names nothing to wait for: it is damaged.");
            }

            return new Continuation(reader.Frames.ToArray(), request);
        }
        finally
        {
            reader.Return();
        }
    }

    /// <summary>Stores one value (an entry argument list, a result, a signal payload) with its runtime type.</summary>
    /// <param name="value">The value.</param>
    /// <param name="what">What the value is, for errors: "the result", "the payload of signal 'x'".</param>
    public byte[] SerializeValue(object? value, string what)
    {
        var writer = GraphWriter.Rent(_policy);
        try
        {
            return WriteValue(writer, value, what);
        }
        finally
        {
            writer.Return();
        }
    }

    private byte[] WriteValue(GraphWriter writer, object? value, string what)
    {
        byte[] bytes;
        try
        {
            writer.WriteRoot(GraphDocument.Value, value, what);
            bytes = writer.Finish();
        }
        catch (RefusedValueException refused)
        {
            var inside = refused.Location.Inside.Length == 0 ? string.Empty : $" (at {refused.Location.Inside})";
            throw new FlowSerializationException(
                $"{Capitalize(what)} cannot be stored: it holds a {TypeNames.Display(refused.ValueType)}{inside}, which cannot be stored in a flow: " +
                $"it is {refused.Reason}. Flow values must be plain data the allow list accepts.",
                refused.ValueType, refused.Location.Inside, refused.Reason, refused);
        }

        if (_policy.Options.VerifyRoundTrip)
        {
            Verify(bytes, writer, Array.Empty<Frame>(), value, Capitalize(what));
        }

        return bytes;
    }

    /// <summary>Loads a value stored by <see cref="SerializeValue"/>.</summary>
    /// <param name="bytes">The stored value.</param>
    /// <param name="what">What the value is, for errors.</param>
    public object? DeserializeValue(byte[] bytes, string what)
    {
        try
        {
            var reader = Load(bytes, Capitalize(what));
            var value = reader.Value;
            reader.Return();
            return value;
        }
        catch (FlowResumeException damaged)
        {
            // A value is not a continuation: its damage is a serialization error of that value.
            throw new FlowSerializationException(damaged.Message, damaged.InnerException ?? damaged);
        }
    }

    /// <summary>Resolves a stored type name (an entry call's method and parameter types).</summary>
    public Type ResolveType(string qualified) => _policy.Resolver.Resolve(qualified);

    /// <summary>Names a frame field the way the source does, with the field: <c>local 'total' (&lt;&gt;l3_total)</c>.</summary>
    internal static string DescribeMember(string member) => $"{FrameFieldNames.Describe(member)} ({member})";

    private static string Capitalize(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text.Substring(1);

    private static string OutermostMethod(Continuation continuation) =>
        continuation.Frames.Count == 0 ? "the flow" : FrameTypeInfo.Of(continuation.Frames[^1].GetType())?.MethodId ?? "the flow";

    /// <summary>Loads a document, turning anything that goes wrong into an error that says what was being loaded and where.</summary>
    private GraphReader Load(byte[] bytes, string what, Func<string, ReadOnlyMemory<byte>?>? frameTypes = null)
    {
        try
        {
            return GraphReader.Load(bytes, _policy, frameTypes);
        }
        catch (FlowResumeException)
        {
            throw;
        }
        catch (FlowSerializationException refused)
        {
            throw new FlowSerializationException($"{what} cannot be loaded: {refused.Message}", refused.ValueType, refused.Path, refused.Reason, refused);
        }
        catch (Exception error)
        {
            throw new FlowResumeException($"{what} is damaged and cannot be loaded ({error.Message}).", error);
        }
    }

    /// <summary>Loads what was just written and compares it with the live graph (<see cref="FlowSerializationOptions.VerifyRoundTrip"/>).</summary>
    private void Verify(byte[] bytes, GraphWriter writer, IReadOnlyList<Frame> frames, object? root, string where)
    {
        GraphReader reader;
        try
        {
            reader = GraphReader.Load(bytes, _policy);
        }
        catch (Exception error)
        {
            throw new FlowSerializationException(
                $"{where} cannot suspend: its state was stored but does not load back ({error.Message}). This is a Flowmetal defect; please report it with this message.",
                error);
        }

        var differences = GraphVerifier.Compare(writer, frames, root, reader);
        reader.Return();
        if (differences.Count > 0)
        {
            throw new FlowSerializationException(
                $"{where} cannot suspend: its state does not load back identical: {string.Join("; ", differences)}. " +
                "This is a Flowmetal defect; please report it with this message.");
        }
    }

    /// <summary>Turns a refused value's location into the frame's method and the local holding it.</summary>
    private static FlowSerializationException Locate(RefusedValueException refused, Continuation continuation)
    {
        var location = refused.Location;
        var typeName = TypeNames.Display(refused.ValueType);
        var inside = location.Inside.Length == 0 ? string.Empty : $" (inside it, at {location.Inside})";
        if (location.Root >= continuation.Frames.Count)
        {
            return new FlowSerializationException(
                $"The flow cannot suspend: what it waits for ({continuation.Request.Describe()}) holds a {typeName}{inside}, which cannot be stored: it is {refused.Reason}.",
                refused.ValueType, location.Inside, refused.Reason, refused);
        }

        var method = location.RootDescription;
        var holder = location.RootMember is null ? "its frame" : DescribeMember(location.RootMember);
        return new FlowSerializationException(
            $"The flow cannot suspend in {method}: {holder} holds a {typeName}{inside}, which cannot be stored: it is {refused.Reason}.",
            refused.ValueType, $"frames[{location.Root}]" + (location.RootMember is null ? string.Empty : "." + location.RootMember) + (location.Inside.Length == 0 ? string.Empty : "." + location.Inside),
            refused.Reason, refused)
        {
            Method = method,
            Member = location.RootMember,
        };
    }
}
