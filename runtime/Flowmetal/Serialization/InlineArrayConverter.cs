using System.Reflection;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Flowmetal.Serialization;

/// <summary>
/// <c>[InlineArray(N)]</c> structs: the C# compiler keeps the arguments of a <c>params
/// ReadOnlySpan&lt;T&gt;</c> call (<c>string.Join(",", a, F())</c>) in one, and it may be half
/// filled when <c>F()</c> suspends. Reflection sees only its first element field, so the N
/// elements are written as an array of the element type.
/// </summary>
internal sealed class InlineArrayConverter : JsonConverter
{
    public static readonly InlineArrayConverter Instance = new();

    private static readonly MethodInfo ReadElementsMethod = typeof(InlineArrayConverter).GetMethod(nameof(ReadElements), BindingFlags.NonPublic | BindingFlags.Static)!;
    private static readonly MethodInfo WriteElementsMethod = typeof(InlineArrayConverter).GetMethod(nameof(WriteElements), BindingFlags.NonPublic | BindingFlags.Static)!;

    public static bool IsInlineArray(Type type) => type.IsValueType && type.IsDefined(typeof(InlineArrayAttribute), inherit: false);

    public override bool CanConvert(Type objectType) => IsInlineArray(objectType);

    public override void WriteJson(JsonWriter writer, object? value, JsonSerializer serializer)
    {
        var type = value!.GetType();
        var (element, length) = Shape(type);
        var items = (object?[])ReadElementsMethod.MakeGenericMethod(type, element).Invoke(null, new[] { value, length })!;
        writer.WriteStartArray();
        foreach (var item in items)
        {
            if (element == typeof(object))
            {
                TypedPrimitiveConverter.Instance.WriteJson(writer, item, serializer);
            }
            else
            {
                serializer.Serialize(writer, item, element);
            }
        }

        writer.WriteEndArray();
    }

    public override object? ReadJson(JsonReader reader, Type objectType, object? existingValue, JsonSerializer serializer)
    {
        var (element, length) = Shape(objectType);
        var items = new object?[length];
        var array = JArray.Load(reader);
        for (int i = 0; i < length && i < array.Count; i++)
        {
            using var itemReader = array[i].CreateReader();
            itemReader.Read();
            items[i] = element == typeof(object)
                ? TypedPrimitiveConverter.Instance.ReadJson(itemReader, element, null, serializer)
                : serializer.Deserialize(itemReader, element);
        }

        return WriteElementsMethod.MakeGenericMethod(objectType, element).Invoke(null, new object[] { items });
    }

    private static (Type Element, int Length) Shape(Type type)
    {
        var length = type.GetCustomAttribute<InlineArrayAttribute>()!.Length;
        var element = type.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic).Single().FieldType;
        return (element, length);
    }

    private static object?[] ReadElements<TBuffer, TElement>(TBuffer buffer, int length)
    {
        var span = MemoryMarshal.CreateSpan(ref Unsafe.As<TBuffer, TElement>(ref buffer), length);
        var items = new object?[length];
        for (int i = 0; i < length; i++)
        {
            items[i] = span[i];
        }

        return items;
    }

    private static TBuffer WriteElements<TBuffer, TElement>(object?[] items)
        where TBuffer : struct
    {
        TBuffer buffer = default;
        var span = MemoryMarshal.CreateSpan(ref Unsafe.As<TBuffer, TElement>(ref buffer), items.Length);
        for (int i = 0; i < items.Length; i++)
        {
            span[i] = (TElement)items[i]!;
        }

        return buffer;
    }
}
