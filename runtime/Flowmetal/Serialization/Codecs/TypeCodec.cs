using System.Text.Json;
using Flowmetal.Serialization.Graph;

namespace Flowmetal.Serialization.Codecs;

/// <summary>
/// How the objects of one runtime type are stored as entries of the <c>objects</c> table. Loading
/// is in two passes over the bytes: <see cref="Scan"/> makes every object (empty) so that any entry
/// may refer to any other, then <see cref="Read"/> fills each. What can only be built from its
/// content (a hash-based collection, whose layout depends on this process's hash codes) is built
/// after every entry is filled, and its fields moved into the object the others already refer to.
/// </summary>
internal abstract class TypeCodec
{
    protected TypeCodec(Type type) => Type = type;

    /// <summary>The runtime type whose objects this codec stores.</summary>
    public Type Type { get; }

    /// <summary>
    /// Why this particular object cannot be stored (a culture that is not read-only, a framework
    /// comparer Flowmetal cannot name), or <see langword="null"/>. Asked when the object is first
    /// met, so that the refusal names where it is held.
    /// </summary>
    public virtual string? Refusal(object value, TypePolicy policy) => null;

    /// <summary>Writes the entry's properties after <c>"$t"</c>.</summary>
    public abstract void Write(object value, GraphWriter writer);

    /// <summary>
    /// First pass: makes the object from the entry, the reader being after <c>"$t"</c>'s value; leaves
    /// the reader on the entry's end. Returns <see langword="null"/> for an object that can only be
    /// made once all others exist (<see cref="Create"/>).
    /// </summary>
    public virtual object? Scan(GraphReader reader, ref Utf8JsonReader json, int id)
    {
        GraphReader.SkipToEndOfObject(ref json);
        return CreateEmpty();
    }

    /// <summary>The empty object <see cref="Read"/> fills.</summary>
    protected virtual object CreateEmpty() => System.Runtime.CompilerServices.RuntimeHelpers.GetUninitializedObject(Type);

    /// <summary>For codecs whose <see cref="Scan"/> returned null: makes the object once every other one exists.</summary>
    public virtual object Create(GraphReader reader, int id) => throw new InvalidOperationException($"{GetType().Name} makes its objects in Scan.");

    /// <summary>Second pass: fills <paramref name="target"/>; the reader is after <c>"$t"</c>'s value and is left on the entry's end.</summary>
    public virtual void Read(object target, GraphReader reader, ref Utf8JsonReader json) => GraphReader.SkipToEndOfObject(ref json);

    /// <summary>Checks that <paramref name="loaded"/> is what <paramref name="original"/> was stored as.</summary>
    public abstract void Verify(object original, object loaded, GraphVerifier verifier);
}
