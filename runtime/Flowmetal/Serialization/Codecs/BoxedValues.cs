using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Flowmetal.Serialization.Graph;

namespace Flowmetal.Serialization.Codecs;

/// <summary>Reads one value of a declared type known only at run time, boxed.</summary>
internal delegate object? BoxedValueReader(GraphReader reader, ref Utf8JsonReader json);

/// <summary>
/// <see cref="ValueCodec{T}"/> for a type known only at run time: the fields of a stored frame whose method changed
/// are read by the types they had when stored, which no compiled frame type declares any more.
/// </summary>
internal static class BoxedValues
{
    // Weakly keyed: types of a collectible load context can still be unloaded.
    private static readonly ConditionalWeakTable<Type, BoxedValueReader> Readers = new();

    public static BoxedValueReader For(Type declared) => Readers.GetValue(declared, static type =>
        typeof(BoxedValues).GetMethod(nameof(ReadBoxed), BindingFlags.NonPublic | BindingFlags.Static)!
            .MakeGenericMethod(type).CreateDelegate<BoxedValueReader>());

    private static object? ReadBoxed<T>(GraphReader reader, ref Utf8JsonReader json) => ValueCodec<T>.Read(reader, ref json);
}
