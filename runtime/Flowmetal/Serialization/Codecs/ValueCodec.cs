using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Flowmetal.Serialization.Graph;

namespace Flowmetal.Serialization.Codecs;

/// <summary>Writes one value of a declared type where it is used (a field, an element, an item).</summary>
internal delegate void ValueWriter<T>(GraphWriter writer, T value);

/// <summary>Reads one value of a declared type; the reader is on the value's first token and is left on its last.</summary>
internal delegate T ValueReader<T>(GraphReader reader, ref Utf8JsonReader json);

/// <summary>
/// How a value of the declared type <typeparamref name="T"/> is written and read where it is held,
/// chosen once per type: a scalar by <see cref="ScalarValues"/>, an enum as its number, a nullable
/// as null or its value, a reference (class, interface, array, delegate) as <c>null</c>, a string,
/// or the index of its entry, and a struct inline by its <see cref="StructCodec{T}"/>.
/// </summary>
/// <typeparam name="T">The declared type of the slot.</typeparam>
internal static class ValueCodec<T>
{
    public static readonly ValueWriter<T> Write;
    public static readonly ValueReader<T> Read;

    static ValueCodec()
    {
        (Write, Read) = ValueCodecs.Create<T>();
    }

    /// <summary>For emitted code: <c>call ValueCodec&lt;F&gt;.WriteValue</c>.</summary>
    public static void WriteValue(GraphWriter writer, T value) => Write(writer, value);

    /// <summary>For emitted code: <c>call ValueCodec&lt;F&gt;.ReadValue</c>.</summary>
    public static T ReadValue(GraphReader reader, ref Utf8JsonReader json) => Read(reader, ref json);
}

/// <summary>The choice behind <see cref="ValueCodec{T}"/>.</summary>
internal static class ValueCodecs
{
    public static (ValueWriter<T>, ValueReader<T>) Create<T>()
    {
        var type = typeof(T);
        if (ScalarValues.TryGet(type, out var write, out var read))
        {
            return (write.CreateDelegate<ValueWriter<T>>(), read.CreateDelegate<ValueReader<T>>());
        }

        if (!type.IsValueType)
        {
            return (static (writer, value) => writer.WriteReference(value), static (GraphReader reader, ref Utf8JsonReader json) => (T)reader.ReadReference(ref json)!);
        }

        if (type.IsEnum)
        {
            return EnumValues<T>();
        }

        if (Nullable.GetUnderlyingType(type) is { } underlying)
        {
            var holder = typeof(NullableValues<>).MakeGenericType(underlying);
            return ((ValueWriter<T>)holder.GetField(nameof(NullableValues<int>.Writer))!.GetValue(null)!,
                (ValueReader<T>)holder.GetField(nameof(NullableValues<int>.Reader))!.GetValue(null)!);
        }

        if (SpecialStructs.For(type) is { } special)
        {
            return ((ValueWriter<T>)special.Writer, (ValueReader<T>)special.Reader);
        }

        return (StructCodec<T>.WriteInline, StructCodec<T>.ReadInline);
    }

    private static (ValueWriter<T>, ValueReader<T>) EnumValues<T>()
    {
        // Unsafe.As reinterprets the enum as its underlying integer: no boxing, no Convert.
        switch (Type.GetTypeCode(Enum.GetUnderlyingType(typeof(T))))
        {
            case TypeCode.SByte:
                return (static (w, v) => w.Json.WriteNumberValue(Unsafe.As<T, sbyte>(ref v)), static (GraphReader r, ref Utf8JsonReader j) => { sbyte x = j.GetSByte(); return Unsafe.As<sbyte, T>(ref x); });
            case TypeCode.Byte:
                return (static (w, v) => w.Json.WriteNumberValue(Unsafe.As<T, byte>(ref v)), static (GraphReader r, ref Utf8JsonReader j) => { byte x = j.GetByte(); return Unsafe.As<byte, T>(ref x); });
            case TypeCode.Int16:
                return (static (w, v) => w.Json.WriteNumberValue(Unsafe.As<T, short>(ref v)), static (GraphReader r, ref Utf8JsonReader j) => { short x = j.GetInt16(); return Unsafe.As<short, T>(ref x); });
            case TypeCode.UInt16:
                return (static (w, v) => w.Json.WriteNumberValue(Unsafe.As<T, ushort>(ref v)), static (GraphReader r, ref Utf8JsonReader j) => { ushort x = j.GetUInt16(); return Unsafe.As<ushort, T>(ref x); });
            case TypeCode.Int32:
                return (static (w, v) => w.Json.WriteNumberValue(Unsafe.As<T, int>(ref v)), static (GraphReader r, ref Utf8JsonReader j) => { int x = j.GetInt32(); return Unsafe.As<int, T>(ref x); });
            case TypeCode.UInt32:
                return (static (w, v) => w.Json.WriteNumberValue(Unsafe.As<T, uint>(ref v)), static (GraphReader r, ref Utf8JsonReader j) => { uint x = j.GetUInt32(); return Unsafe.As<uint, T>(ref x); });
            case TypeCode.Int64:
                return (static (w, v) => w.Json.WriteNumberValue(Unsafe.As<T, long>(ref v)), static (GraphReader r, ref Utf8JsonReader j) => { long x = j.GetInt64(); return Unsafe.As<long, T>(ref x); });
            case TypeCode.UInt64:
                return (static (w, v) => w.Json.WriteNumberValue(Unsafe.As<T, ulong>(ref v)), static (GraphReader r, ref Utf8JsonReader j) => { ulong x = j.GetUInt64(); return Unsafe.As<ulong, T>(ref x); });
            case TypeCode.Char:
                return (static (w, v) => ScalarValues.WriteChar(w, Unsafe.As<T, char>(ref v)), static (GraphReader r, ref Utf8JsonReader j) => { char x = ScalarValues.ReadChar(r, ref j); return Unsafe.As<char, T>(ref x); });
            case TypeCode.Boolean:
                return (static (w, v) => w.Json.WriteBooleanValue(Unsafe.As<T, bool>(ref v)), static (GraphReader r, ref Utf8JsonReader j) => { bool x = j.GetBoolean(); return Unsafe.As<bool, T>(ref x); });
            default:
                throw new NotSupportedException($"The enum {typeof(T)} has an underlying type Flowmetal does not know.");
        }
    }
}

/// <summary><c>T?</c>: <c>null</c> or the value as <typeparamref name="T"/> writes it.</summary>
internal static class NullableValues<T>
    where T : struct
{
    public static readonly ValueWriter<T?> Writer = static (writer, value) =>
    {
        if (value.HasValue)
        {
            ValueCodec<T>.Write(writer, value.GetValueOrDefault());
        }
        else
        {
            writer.Json.WriteNullValue();
        }
    };

    public static readonly ValueReader<T?> Reader = static (GraphReader reader, ref Utf8JsonReader json) =>
        json.TokenType == JsonTokenType.Null ? null : ValueCodec<T>.Read(reader, ref json);
}

/// <summary>Struct types with a stored form of their own instead of their fields.</summary>
internal static class SpecialStructs
{
    public sealed record Codec(Delegate Writer, Delegate Reader);

    private static readonly ConditionalWeakTable<Type, StrongBox<Codec?>> Cache = new();

    public static Codec? For(Type type) => Cache.GetValue(type, static t => new StrongBox<Codec?>(Choose(t))).Value;

    private static Codec? Choose(Type type)
    {
        Type? holder = null;
        if (InlineArrayValues.IsInlineArray(type))
        {
            holder = typeof(InlineArrayValues<,>).MakeGenericType(type, InlineArrayValues.ElementType(type));
        }
        else if (HashEnumeratorValues.Handles(type))
        {
            holder = typeof(HashEnumeratorValues<>).MakeGenericType(type);
        }

        if (holder is null)
        {
            return null;
        }

        return new Codec(
            (Delegate)holder.GetField("Writer", BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!,
            (Delegate)holder.GetField("Reader", BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!);
    }
}
