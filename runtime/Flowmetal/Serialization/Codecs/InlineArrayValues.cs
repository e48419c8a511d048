using System.Reflection;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text.Json;
using Flowmetal.Serialization.Graph;

namespace Flowmetal.Serialization.Codecs;

/// <summary>
/// <c>[InlineArray(N)]</c> structs: the C# compiler keeps the arguments of a <c>params
/// ReadOnlySpan&lt;T&gt;</c> call (<c>string.Join(",", a, F())</c>) in one, and it may be half filled
/// when <c>F()</c> suspends. Reflection sees only the first element's field, so the N elements are
/// written as a JSON array.
/// </summary>
internal static class InlineArrayValues
{
    public static bool IsInlineArray(Type type) => type.IsValueType && type.IsDefined(typeof(InlineArrayAttribute), inherit: false);

    public static Type ElementType(Type type) =>
        type.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic).Single().FieldType;

    public static int Length(Type type) => type.GetCustomAttribute<InlineArrayAttribute>()!.Length;
}

/// <summary>The values of one inline array type.</summary>
/// <typeparam name="TBuffer">The inline array struct.</typeparam>
/// <typeparam name="TElement">Its element type.</typeparam>
internal static class InlineArrayValues<TBuffer, TElement>
    where TBuffer : struct
{
    private static readonly int Length = InlineArrayValues.Length(typeof(TBuffer));

    public static readonly ValueWriter<TBuffer> Writer = static (writer, buffer) =>
    {
        writer.EnsureStructAllowed(typeof(TBuffer));
        var span = MemoryMarshal.CreateSpan(ref Unsafe.As<TBuffer, TElement>(ref buffer), Length);
        writer.Json.WriteStartArray();
        writer.EnterStruct();
        for (int i = 0; i < span.Length; i++)
        {
            writer.Element(i);
            ValueCodec<TElement>.Write(writer, span[i]);
        }

        writer.LeaveStruct();
        writer.Json.WriteEndArray();
    };

    public static readonly ValueReader<TBuffer> Reader = static (GraphReader reader, ref Utf8JsonReader json) =>
    {
        if (json.TokenType != JsonTokenType.StartArray)
        {
            throw new GraphFormatException($"Expected the elements of a {TypeNames.Display(typeof(TBuffer))}, found {json.TokenType}.");
        }

        reader.EnsureStructAllowed(typeof(TBuffer));
        TBuffer buffer = default;
        var span = MemoryMarshal.CreateSpan(ref Unsafe.As<TBuffer, TElement>(ref buffer), Length);
        int i = 0;
        while (true)
        {
            GraphReader.Next(ref json);
            if (json.TokenType == JsonTokenType.EndArray)
            {
                return buffer;
            }

            if (i >= span.Length)
            {
                throw new GraphFormatException($"A stored {TypeNames.Display(typeof(TBuffer))} has more than its {Length} elements.");
            }

            span[i++] = ValueCodec<TElement>.Read(reader, ref json);
        }
    };
}
