using System.Text.Json;
using Flowmetal.Serialization.Graph;

namespace Flowmetal.Serialization.Codecs;

/// <summary>
/// An object whose fields hold this process's derived state (parsed offsets, compiled code, hash
/// buckets), stored as what builds it and built again once every entry is loaded; the built
/// object's fields are then moved into the object the other entries already refer to, so identity
/// holds. Subclasses say what to write, and how to build from what was read.
/// </summary>
/// <typeparam name="TState">What is read back, before building.</typeparam>
internal abstract class RebuiltObjectCodec<TState> : TypeCodec
    where TState : class
{
    private readonly FieldCopier _copier;

    protected RebuiltObjectCodec(Type type)
        : base(type)
    {
        _copier = AccessorCompiler.Copier(type);
    }

    public sealed override void Read(object target, GraphReader reader, ref Utf8JsonReader json)
    {
        var state = ReadState(reader, ref json);
        reader.AddCompletion(target, () => _copier(Build(state), target), DependsOn(state));
    }

    /// <summary>Reads the entry's properties up to its end.</summary>
    protected abstract TState ReadState(GraphReader reader, ref Utf8JsonReader json);

    /// <summary>Makes a new object from what was read (after every entry is filled).</summary>
    protected abstract object Build(TState state);

    /// <summary>Objects that must be complete before this one is built (keys whose hash codes it needs).</summary>
    protected virtual IEnumerable<object?>? DependsOn(TState state) => null;
}
