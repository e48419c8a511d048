using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text.Json;
using Flowmetal.Serialization.Graph;

namespace Flowmetal.Serialization.Codecs;

/// <summary>
/// Arrays, with their identity (a local and the weaver's temporary for <c>arr[i] += F()</c> hold
/// one array): <c>{"$t":2,"$v":[1,2,3]}</c>; a multi-dimensional one row-major with its lengths,
/// <c>{"$t":5,"$n":[2,3],"$v":[...]}</c>; a <c>byte[]</c> as one base64 string. The length is never
/// taken on trust: it is the number of elements present, so a stored array cannot make a worker
/// allocate more than the bytes it read.
/// </summary>
/// <typeparam name="T">The element type.</typeparam>
internal sealed class ArrayCodec<T> : TypeCodec
{
    private static readonly bool Deferred = AccessorCompiler.IsDeferred(typeof(T));

    // Elements that hold no references can be read in the first pass, when the array is made:
    // the second pass then jumps over them instead of reading them again.
    private static readonly bool Plain = !RuntimeHelpers.IsReferenceOrContainsReferences<T>() && !Deferred;
    private readonly int _rank;

    public ArrayCodec(Type arrayType)
        : base(arrayType)
    {
        _rank = arrayType.GetArrayRank();
    }

    private bool IsVector => Type.IsSZArray;

    public override string? Refusal(object value, TypePolicy policy)
    {
        var array = (Array)value;
        for (int d = 0; d < array.Rank; d++)
        {
            if (array.GetLowerBound(d) != 0)
            {
                return "an array whose indexes do not start at 0 (made by Array.CreateInstance with lower bounds), which Flowmetal does not store";
            }
        }

        return null;
    }

    public override void Write(object value, GraphWriter writer)
    {
        var array = (Array)value;
        if (!IsVector)
        {
            writer.Json.WritePropertyName(GraphDocument.Lengths);
            writer.Json.WriteStartArray();
            for (int d = 0; d < _rank; d++)
            {
                writer.Json.WriteNumberValue(array.GetLength(d));
            }

            writer.Json.WriteEndArray();
        }

        writer.Json.WritePropertyName(GraphDocument.Values);
        if (typeof(T) == typeof(byte) && IsVector)
        {
            // Compact: one base64 string instead of a number per byte.
            writer.Json.WriteBase64StringValue((byte[])value);
            return;
        }

        var elements = Elements(array);
        writer.Json.WriteStartArray();
        if (typeof(T) == typeof(int) || typeof(T) == typeof(long))
        {
            // Numbers cannot be refused: no path to keep, no delegate per element.
            foreach (var element in elements)
            {
                var copy = element;
                writer.Json.WriteNumberValue(typeof(T) == typeof(int) ? Unsafe.As<T, int>(ref copy) : Unsafe.As<T, long>(ref copy));
            }

            writer.Json.WriteEndArray();
            return;
        }

        for (int i = 0; i < elements.Length; i++)
        {
            writer.Element(i);
            if (Deferred)
            {
                writer.PermitDeferred();
            }

            ValueCodec<T>.Write(writer, elements[i]);
        }

        writer.Json.WriteEndArray();
    }

    public override object? Scan(GraphReader reader, ref Utf8JsonReader json, int id)
    {
        int[]? lengths = null;
        Array? array = null;
        while (true)
        {
            GraphReader.Next(ref json);
            if (json.TokenType == JsonTokenType.EndObject)
            {
                break;
            }

            if (json.ValueTextEquals(GraphDocument.Lengths.EncodedUtf8Bytes))
            {
                lengths = ReadLengths(ref json);
            }
            else if (json.ValueTextEquals(GraphDocument.Values.EncodedUtf8Bytes))
            {
                GraphReader.Next(ref json);
                if (json.TokenType == JsonTokenType.String && typeof(T) == typeof(byte) && IsVector)
                {
                    array = json.GetBytesFromBase64();
                }
                else if (Plain)
                {
                    var elements = ReadElements(reader, ref json);
                    array = Allocate(lengths, elements.Count);
                    System.Runtime.InteropServices.CollectionsMarshal.AsSpan(elements).CopyTo(Elements(array));
                }
                else
                {
                    array = Allocate(lengths, CountElements(ref json));
                }
            }
            else
            {
                throw GraphReader.UnknownProperty(Type, json.GetString());
            }
        }

        if (Plain || (typeof(T) == typeof(byte) && IsVector))
        {
            reader.MarkScannedWhole();
        }

        return array ?? throw new GraphFormatException($"A stored {TypeNames.Display(Type)} has no \"$v\".");
    }

    public override void Read(object target, GraphReader reader, ref Utf8JsonReader json)
    {
        var elements = Elements((Array)target);
        while (true)
        {
            GraphReader.Next(ref json);
            if (json.TokenType == JsonTokenType.EndObject)
            {
                return;
            }

            if (!json.ValueTextEquals(GraphDocument.Values.EncodedUtf8Bytes))
            {
                GraphReader.Next(ref json);
                json.Skip();
                continue;
            }

            GraphReader.Next(ref json);
            if (json.TokenType == JsonTokenType.String)
            {
                continue;
            }

            for (int i = 0; ; i++)
            {
                GraphReader.Next(ref json);
                if (json.TokenType == JsonTokenType.EndArray)
                {
                    break;
                }

                if (Deferred)
                {
                    var array = (Array)target;
                    int at = i;
                    reader.DeferTo(value => Elements(array)[at] = (T)value!);
                }

                elements[i] = ValueCodec<T>.Read(reader, ref json);
            }
        }
    }

    public override void Verify(object original, object loaded, GraphVerifier verifier)
    {
        var before = (Array)original;
        var after = (Array)loaded;
        for (int d = 0; d < _rank; d++)
        {
            if (before.GetLength(d) != after.GetLength(d))
            {
                verifier.Mismatch($"length of dimension {d}", before.GetLength(d), after.GetLength(d));
                return;
            }
        }

        var a = Elements(before);
        var b = Elements(after);
        for (int i = 0; i < a.Length; i++)
        {
            verifier.CompareValue(a[i], b[i], typeof(T), i);
        }
    }

    /// <summary>The elements of an array of any rank, in row-major order, without copying or boxing.</summary>
    private static Span<T> Elements(Array array) =>
        MemoryMarshal.CreateSpan(ref Unsafe.As<byte, T>(ref MemoryMarshal.GetArrayDataReference(array)), checked((int)array.LongLength));

    private static int[] ReadLengths(ref Utf8JsonReader json)
    {
        GraphReader.Next(ref json);
        if (json.TokenType != JsonTokenType.StartArray)
        {
            throw new GraphFormatException("A stored array's \"$n\" is not a list of lengths.");
        }

        var lengths = new List<int>();
        while (true)
        {
            GraphReader.Next(ref json);
            if (json.TokenType == JsonTokenType.EndArray)
            {
                return lengths.ToArray();
            }

            int length = json.GetInt32();
            if (length < 0 || lengths.Count >= 32)
            {
                throw new GraphFormatException("A stored array has a negative length or too many dimensions.");
            }

            lengths.Add(length);
        }
    }

    private static List<T> ReadElements(GraphReader reader, ref Utf8JsonReader json)
    {
        if (json.TokenType != JsonTokenType.StartArray)
        {
            throw new GraphFormatException($"A stored array's \"$v\" is a {json.TokenType}, not a list.");
        }

        var elements = new List<T>();
        while (true)
        {
            GraphReader.Next(ref json);
            if (json.TokenType == JsonTokenType.EndArray)
            {
                return elements;
            }

            // The commonest arrays read without a delegate call per element (the JIT keeps one branch per T).
            if (typeof(T) == typeof(int))
            {
                int value = json.GetInt32();
                elements.Add(Unsafe.As<int, T>(ref value));
            }
            else if (typeof(T) == typeof(long))
            {
                long value = json.GetInt64();
                elements.Add(Unsafe.As<long, T>(ref value));
            }
            else
            {
                elements.Add(ValueCodec<T>.Read(reader, ref json));
            }
        }
    }

    private static int CountElements(ref Utf8JsonReader json)
    {
        if (json.TokenType != JsonTokenType.StartArray)
        {
            throw new GraphFormatException($"A stored array's \"$v\" is a {json.TokenType}, not a list.");
        }

        int count = 0;
        while (true)
        {
            GraphReader.Next(ref json);
            if (json.TokenType == JsonTokenType.EndArray)
            {
                return count;
            }

            json.Skip();
            count++;
        }
    }

    private Array Allocate(int[]? lengths, int count)
    {
        if (IsVector)
        {
            return new T[count];
        }

        if (lengths is null || lengths.Length != _rank)
        {
            throw new GraphFormatException($"A stored {TypeNames.Display(Type)} does not have {_rank} lengths.");
        }

        long product = 1;
        foreach (var length in lengths)
        {
            product = checked(product * length);
        }

        if (product != count)
        {
            throw new GraphFormatException($"A stored {TypeNames.Display(Type)} declares {string.Join("x", lengths)} elements but holds {count}.");
        }

        return Array.CreateInstance(typeof(T), lengths);
    }
}
