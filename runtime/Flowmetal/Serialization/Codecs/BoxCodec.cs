using System.Runtime.CompilerServices;
using System.Text.Json;
using Flowmetal.Serialization.Graph;

namespace Flowmetal.Serialization.Codecs;

/// <summary>
/// A boxed value (an <c>int</c> in an <c>object</c> local, a <c>List&lt;T&gt;.Enumerator</c> behind an
/// <c>IEnumerator&lt;T&gt;</c>): an entry of its own, <c>{"$t":4,"$v":5}</c>, because a box has an
/// identity (two locals may hold one box, and a mutable struct changes through it).
/// </summary>
/// <typeparam name="T">The boxed value type.</typeparam>
internal sealed class BoxCodec<T> : TypeCodec
    where T : struct
{
    private static readonly bool Deferred = AccessorCompiler.IsDeferred(typeof(T));

    public BoxCodec()
        : base(typeof(T))
    {
    }

    public override void Write(object value, GraphWriter writer)
    {
        writer.Json.WritePropertyName(GraphDocument.Values);
        if (Deferred)
        {
            writer.PermitDeferred();
        }

        ValueCodec<T>.Write(writer, (T)value);
    }

    public override void Read(object target, GraphReader reader, ref Utf8JsonReader json)
    {
        GraphReader.Next(ref json);
        if (json.TokenType != JsonTokenType.PropertyName || !json.ValueTextEquals(GraphDocument.Values.EncodedUtf8Bytes))
        {
            throw new GraphFormatException($"A stored boxed {TypeNames.Display(typeof(T))} has no \"$v\".");
        }

        GraphReader.Next(ref json);
        if (Deferred)
        {
            reader.DeferTo(value => Unsafe.Unbox<T>(target) = (T)value!);
        }

        Unsafe.Unbox<T>(target) = ValueCodec<T>.Read(reader, ref json);
        GraphReader.Next(ref json);
        if (json.TokenType != JsonTokenType.EndObject)
        {
            throw new GraphFormatException($"A stored boxed {TypeNames.Display(typeof(T))} has more than \"$v\".");
        }
    }

    public override void Verify(object original, object loaded, GraphVerifier verifier) =>
        verifier.CompareValue(original, loaded, typeof(T), "$v");
}
