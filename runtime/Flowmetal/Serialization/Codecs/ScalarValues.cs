using System.Globalization;
using System.Numerics;
using System.Reflection;
using System.Text.Json;
using Flowmetal.Serialization.Graph;

namespace Flowmetal.Serialization.Codecs;

/// <summary>
/// The scalars: how each is written where it is used, and read back bit for bit. Integers are JSON
/// numbers; a double or float is its shortest round-trip text (<c>-0</c> included), non-finite ones
/// are strings (<c>"NaN"</c>, <c>"Infinity"</c>; a NaN with a payload keeps its bits as
/// <c>"NaN:7ff8000000000001"</c>); a decimal keeps its scale (<c>12.50</c>) and the sign of a
/// negative zero; 128-bit and big integers are strings of digits (no JSON reader loses them);
/// dates and times are ISO 8601 strings that keep their kind and offset; a char is a one-character
/// string, or its code when it is a lone surrogate.
/// </summary>
internal static class ScalarValues
{
    private static readonly Dictionary<Type, (MethodInfo Write, MethodInfo Read)> Methods = Collect();

    /// <summary>The static <c>Write(GraphWriter, T)</c> and <c>Read(GraphReader, ref Utf8JsonReader)</c> of a scalar type, for emitted code.</summary>
    public static bool TryGet(Type type, out MethodInfo write, out MethodInfo read)
    {
        if (Methods.TryGetValue(type, out var pair))
        {
            (write, read) = pair;
            return true;
        }

        write = read = null!;
        return false;
    }

    public static bool IsScalar(Type type) => Methods.ContainsKey(type);

    public static void WriteBoolean(GraphWriter writer, bool value) => writer.Json.WriteBooleanValue(value);

    public static bool ReadBoolean(GraphReader reader, ref Utf8JsonReader json) => json.GetBoolean();

    public static void WriteChar(GraphWriter writer, char value)
    {
        if (char.IsSurrogate(value))
        {
            writer.Json.WriteNumberValue(value);
        }
        else
        {
            Span<char> one = stackalloc char[] { value };
            writer.Json.WriteStringValue(one);
        }
    }

    public static char ReadChar(GraphReader reader, ref Utf8JsonReader json)
    {
        if (json.TokenType == JsonTokenType.Number)
        {
            return (char)json.GetUInt16();
        }

        var text = JsonStrings.Read(ref json);
        return text.Length == 1 ? text[0] : throw new GraphFormatException($"A stored char is \"{text}\", not one character.");
    }

    public static void WriteSByte(GraphWriter writer, sbyte value) => writer.Json.WriteNumberValue(value);

    public static sbyte ReadSByte(GraphReader reader, ref Utf8JsonReader json) => json.GetSByte();

    public static void WriteByte(GraphWriter writer, byte value) => writer.Json.WriteNumberValue(value);

    public static byte ReadByte(GraphReader reader, ref Utf8JsonReader json) => json.GetByte();

    public static void WriteInt16(GraphWriter writer, short value) => writer.Json.WriteNumberValue(value);

    public static short ReadInt16(GraphReader reader, ref Utf8JsonReader json) => json.GetInt16();

    public static void WriteUInt16(GraphWriter writer, ushort value) => writer.Json.WriteNumberValue(value);

    public static ushort ReadUInt16(GraphReader reader, ref Utf8JsonReader json) => json.GetUInt16();

    public static void WriteInt32(GraphWriter writer, int value) => writer.Json.WriteNumberValue(value);

    public static int ReadInt32(GraphReader reader, ref Utf8JsonReader json) => json.GetInt32();

    public static void WriteUInt32(GraphWriter writer, uint value) => writer.Json.WriteNumberValue(value);

    public static uint ReadUInt32(GraphReader reader, ref Utf8JsonReader json) => json.GetUInt32();

    public static void WriteInt64(GraphWriter writer, long value) => writer.Json.WriteNumberValue(value);

    public static long ReadInt64(GraphReader reader, ref Utf8JsonReader json) => json.GetInt64();

    public static void WriteUInt64(GraphWriter writer, ulong value) => writer.Json.WriteNumberValue(value);

    public static ulong ReadUInt64(GraphReader reader, ref Utf8JsonReader json) => json.GetUInt64();

    public static void WriteNInt(GraphWriter writer, nint value) => writer.Json.WriteNumberValue((long)value);

    public static nint ReadNInt(GraphReader reader, ref Utf8JsonReader json) => checked((nint)json.GetInt64());

    public static void WriteNUInt(GraphWriter writer, nuint value) => writer.Json.WriteNumberValue((ulong)value);

    public static nuint ReadNUInt(GraphReader reader, ref Utf8JsonReader json) => checked((nuint)json.GetUInt64());

    public static void WriteDouble(GraphWriter writer, double value)
    {
        if (double.IsFinite(value))
        {
            writer.Json.WriteNumberValue(value);
        }
        else
        {
            writer.Json.WriteStringValue(NonFinite(BitConverter.DoubleToInt64Bits(value), double.IsNaN(value), BitConverter.DoubleToInt64Bits(double.NaN), double.IsPositiveInfinity(value)));
        }
    }

    public static double ReadDouble(GraphReader reader, ref Utf8JsonReader json) =>
        json.TokenType == JsonTokenType.Number ? json.GetDouble() : BitConverter.Int64BitsToDouble(ParseNonFinite(json.GetString()!, BitConverter.DoubleToInt64Bits(double.NaN), BitConverter.DoubleToInt64Bits(double.PositiveInfinity), BitConverter.DoubleToInt64Bits(double.NegativeInfinity)));

    public static void WriteSingle(GraphWriter writer, float value)
    {
        if (float.IsFinite(value))
        {
            writer.Json.WriteNumberValue(value);
        }
        else
        {
            writer.Json.WriteStringValue(NonFinite(BitConverter.SingleToInt32Bits(value), float.IsNaN(value), BitConverter.SingleToInt32Bits(float.NaN), float.IsPositiveInfinity(value)));
        }
    }

    public static float ReadSingle(GraphReader reader, ref Utf8JsonReader json) =>
        json.TokenType == JsonTokenType.Number ? json.GetSingle() : BitConverter.Int32BitsToSingle((int)ParseNonFinite(json.GetString()!, BitConverter.SingleToInt32Bits(float.NaN), BitConverter.SingleToInt32Bits(float.PositiveInfinity), BitConverter.SingleToInt32Bits(float.NegativeInfinity)));

    public static void WriteHalf(GraphWriter writer, Half value)
    {
        if (Half.IsFinite(value))
        {
            // Every half is exactly a float.
            writer.Json.WriteNumberValue((float)value);
        }
        else
        {
            writer.Json.WriteStringValue(NonFinite(BitConverter.HalfToInt16Bits(value), Half.IsNaN(value), BitConverter.HalfToInt16Bits(Half.NaN), Half.IsPositiveInfinity(value)));
        }
    }

    public static Half ReadHalf(GraphReader reader, ref Utf8JsonReader json) =>
        json.TokenType == JsonTokenType.Number ? (Half)json.GetSingle() : BitConverter.Int16BitsToHalf((short)ParseNonFinite(json.GetString()!, BitConverter.HalfToInt16Bits(Half.NaN), BitConverter.HalfToInt16Bits(Half.PositiveInfinity), BitConverter.HalfToInt16Bits(Half.NegativeInfinity)));

    public static void WriteDecimal(GraphWriter writer, decimal value)
    {
        if (value == 0m && decimal.IsNegative(value))
        {
            // The formatter drops the sign of a negative zero (-0.000m, from rounding a small
            // negative amount); the parser keeps a written one.
            writer.Json.WriteRawValue("-" + value.ToString(CultureInfo.InvariantCulture), skipInputValidation: true);
        }
        else
        {
            writer.Json.WriteNumberValue(value);
        }
    }

    public static decimal ReadDecimal(GraphReader reader, ref Utf8JsonReader json) => json.GetDecimal();

    public static void WriteInt128(GraphWriter writer, Int128 value) => writer.Json.WriteStringValue(value.ToString(CultureInfo.InvariantCulture));

    public static Int128 ReadInt128(GraphReader reader, ref Utf8JsonReader json) => Int128.Parse(json.GetString()!, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);

    public static void WriteUInt128(GraphWriter writer, UInt128 value) => writer.Json.WriteStringValue(value.ToString(CultureInfo.InvariantCulture));

    public static UInt128 ReadUInt128(GraphReader reader, ref Utf8JsonReader json) => UInt128.Parse(json.GetString()!, NumberStyles.None, CultureInfo.InvariantCulture);

    public static void WriteBigInteger(GraphWriter writer, BigInteger value) => writer.Json.WriteStringValue(value.ToString(CultureInfo.InvariantCulture));

    public static BigInteger ReadBigInteger(GraphReader reader, ref Utf8JsonReader json) => BigInteger.Parse(json.GetString()!, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);

    public static void WriteDateTime(GraphWriter writer, DateTime value) => writer.Json.WriteStringValue(value.ToString("O", CultureInfo.InvariantCulture));

    public static DateTime ReadDateTime(GraphReader reader, ref Utf8JsonReader json) =>
        DateTime.ParseExact(json.GetString()!, "O", CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);

    public static void WriteDateTimeOffset(GraphWriter writer, DateTimeOffset value) => writer.Json.WriteStringValue(value.ToString("O", CultureInfo.InvariantCulture));

    public static DateTimeOffset ReadDateTimeOffset(GraphReader reader, ref Utf8JsonReader json) =>
        DateTimeOffset.ParseExact(json.GetString()!, "O", CultureInfo.InvariantCulture, DateTimeStyles.None);

    public static void WriteTimeSpan(GraphWriter writer, TimeSpan value) => writer.Json.WriteStringValue(value.ToString("c", CultureInfo.InvariantCulture));

    public static TimeSpan ReadTimeSpan(GraphReader reader, ref Utf8JsonReader json) => TimeSpan.ParseExact(json.GetString()!, "c", CultureInfo.InvariantCulture);

    public static void WriteDateOnly(GraphWriter writer, DateOnly value) => writer.Json.WriteStringValue(value.ToString("O", CultureInfo.InvariantCulture));

    public static DateOnly ReadDateOnly(GraphReader reader, ref Utf8JsonReader json) => DateOnly.ParseExact(json.GetString()!, "O", CultureInfo.InvariantCulture);

    public static void WriteTimeOnly(GraphWriter writer, TimeOnly value) => writer.Json.WriteStringValue(value.ToString("O", CultureInfo.InvariantCulture));

    public static TimeOnly ReadTimeOnly(GraphReader reader, ref Utf8JsonReader json) => TimeOnly.ParseExact(json.GetString()!, "O", CultureInfo.InvariantCulture);

    public static void WriteGuid(GraphWriter writer, Guid value) => writer.Json.WriteStringValue(value);

    public static Guid ReadGuid(GraphReader reader, ref Utf8JsonReader json) => json.GetGuid();

    public static void WriteString(GraphWriter writer, string? value)
    {
        if (value is null)
        {
            writer.Json.WriteNullValue();
        }
        else
        {
            JsonStrings.Write(writer.Json, value);
        }
    }

    public static string? ReadString(GraphReader reader, ref Utf8JsonReader json) =>
        json.TokenType == JsonTokenType.Null ? null : JsonStrings.Read(ref json);

    private static string NonFinite(long bits, bool isNaN, long canonicalNaN, bool positive)
    {
        if (isNaN)
        {
            return bits == canonicalNaN ? "NaN" : "NaN:" + bits.ToString("x", CultureInfo.InvariantCulture);
        }

        return positive ? "Infinity" : "-Infinity";
    }

    private static long ParseNonFinite(string text, long canonicalNaN, long positive, long negative)
    {
        if (text.StartsWith("NaN:", StringComparison.Ordinal) &&
            long.TryParse(text.AsSpan(4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var bits))
        {
            return bits;
        }

        return text switch
        {
            "NaN" => canonicalNaN,
            "Infinity" => positive,
            "-Infinity" => negative,
            _ => throw new GraphFormatException($"A stored number is \"{text}\", which is neither a number nor NaN or an infinity."),
        };
    }

    private static Dictionary<Type, (MethodInfo, MethodInfo)> Collect()
    {
        var methods = new Dictionary<Type, (MethodInfo, MethodInfo)>();
        foreach (var write in typeof(ScalarValues).GetMethods(BindingFlags.Public | BindingFlags.Static))
        {
            if (!write.Name.StartsWith("Write", StringComparison.Ordinal))
            {
                continue;
            }

            var type = write.GetParameters()[1].ParameterType;
            var read = typeof(ScalarValues).GetMethod(string.Concat("Read", write.Name.AsSpan(5)), BindingFlags.Public | BindingFlags.Static)!;
            methods[type] = (write, read);
        }

        return methods;
    }
}
