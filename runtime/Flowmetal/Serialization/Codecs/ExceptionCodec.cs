using System.Collections;
using System.Reflection;
using System.Text.Json;
using Flowmetal.Serialization.Graph;

namespace Flowmetal.Serialization.Codecs;

/// <summary>
/// Exceptions kept across a suspension (a caught error reported later). The runtime's own fields
/// hold native stack data that means nothing in another process, so an exception is stored as its
/// message, stack trace text, source, HResult, help link, inner exception, <see cref="Exception.Data"/>
/// and the fields its own type and bases below <see cref="Exception"/> add:
/// <c>{"$t":4,"$msg":"...","$trace":"   at ...","$data":[key,value],"ParamName":"id"}</c>. Restored, its
/// <see cref="Exception.StackTrace"/> is the original text, and a <c>throw</c> of it starts a new
/// trace, as it would have.
/// </summary>
internal sealed class ExceptionCodec : TypeCodec
{
    private const BindingFlags Declared = BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly;
    private static readonly FieldInfo MessageField = Base("_message");
    private static readonly FieldInfo InnerField = Base("_innerException");
    private static readonly FieldInfo TraceField = Base("_stackTraceString");
    private static readonly FieldInfo SourceField = Base("_source");
    private static readonly FieldInfo HResultField = Base("_HResult");
    private static readonly FieldInfo HelpField = Base("_helpURL");
    private static readonly JsonEncodedText Message = JsonEncodedText.Encode("$msg");
    private static readonly JsonEncodedText Trace = JsonEncodedText.Encode("$trace");
    private static readonly JsonEncodedText Source = JsonEncodedText.Encode("$src");
    private static readonly JsonEncodedText HResult = JsonEncodedText.Encode("$hr");
    private static readonly JsonEncodedText Help = JsonEncodedText.Encode("$help");
    private static readonly JsonEncodedText Inner = JsonEncodedText.Encode("$inner");
    private static readonly JsonEncodedText Data = JsonEncodedText.Encode("$data");

    private readonly FieldLayout _own;
    private readonly ObjectFieldsWriter _writer;
    private readonly ObjectFieldReader?[] _readers;

    public ExceptionCodec(Type type)
        : base(type)
    {
        _own = FieldLayout.Below(type, typeof(Exception));
        _writer = AccessorCompiler.ObjectWriter(type, _own);
        _readers = AccessorCompiler.ObjectReaders(type, _own);
    }

    public override void Write(object value, GraphWriter writer)
    {
        var error = (Exception)value;
        var json = writer.Json;
        WriteText(writer, Message, (string?)MessageField.GetValue(error));
        WriteText(writer, Trace, error.StackTrace);
        WriteText(writer, Source, error.Source);
        WriteText(writer, Help, (string?)HelpField.GetValue(error));
        json.WriteNumber(HResult, error.HResult);
        if (error.InnerException is { } inner)
        {
            writer.Property(Inner);
            writer.WriteReference(inner);
        }

        if (error.Data is { Count: > 0 } data)
        {
            writer.Property(Data);
            json.WriteStartArray();
            int i = 0;
            var entries = data.GetEnumerator();
            while (entries.MoveNext())
            {
                writer.Element(i++);
                writer.WriteReference(entries.Key);
                writer.Element(i++);
                writer.WriteReference(entries.Value);
            }

            json.WriteEndArray();
        }

        _writer(error, writer, _own.EncodedNames);
    }

    public override void Read(object target, GraphReader reader, ref Utf8JsonReader json)
    {
        var error = (Exception)target;
        int next = 0;
        while (true)
        {
            GraphReader.Next(ref json);
            if (json.TokenType == JsonTokenType.EndObject)
            {
                return;
            }

            if (json.ValueTextEquals(Message.EncodedUtf8Bytes))
            {
                MessageField.SetValue(error, ReadText(ref json));
            }
            else if (json.ValueTextEquals(Trace.EncodedUtf8Bytes))
            {
                TraceField.SetValue(error, ReadText(ref json));
            }
            else if (json.ValueTextEquals(Source.EncodedUtf8Bytes))
            {
                SourceField.SetValue(error, ReadText(ref json));
            }
            else if (json.ValueTextEquals(Help.EncodedUtf8Bytes))
            {
                HelpField.SetValue(error, ReadText(ref json));
            }
            else if (json.ValueTextEquals(HResult.EncodedUtf8Bytes))
            {
                GraphReader.Next(ref json);
                HResultField.SetValue(error, json.GetInt32());
            }
            else if (json.ValueTextEquals(Inner.EncodedUtf8Bytes))
            {
                GraphReader.Next(ref json);
                InnerField.SetValue(error, reader.ReadReference(ref json) as Exception
                    ?? throw new GraphFormatException("A stored exception's inner exception is not an exception."));
            }
            else if (json.ValueTextEquals(Data.EncodedUtf8Bytes))
            {
                ReadData(error, reader, ref json);
            }
            else
            {
                int index = _own.Find(ref json, next);
                if (index < 0 || _readers[index] is not { } read)
                {
                    throw GraphReader.UnknownField(Type, ref json);
                }

                GraphReader.Next(ref json);
                read(error, reader, ref json);
                next = index + 1;
            }
        }
    }

    public override void Verify(object original, object loaded, GraphVerifier verifier)
    {
        var before = (Exception)original;
        var after = (Exception)loaded;
        verifier.CompareValue(MessageField.GetValue(before), MessageField.GetValue(after), typeof(string), "$msg");
        verifier.CompareValue(before.StackTrace, after.StackTrace, typeof(string), "$trace");
        verifier.CompareValue(before.Source, after.Source, typeof(string), "$src");
        verifier.CompareValue(before.HResult, after.HResult, typeof(int), "$hr");
        verifier.CompareValue(before.HelpLink, after.HelpLink, typeof(string), "$help");
        verifier.CompareValue(before.InnerException, after.InnerException, typeof(Exception), "$inner");
        var a = Entries(before.Data);
        var b = Entries(after.Data);
        if (a.Count != b.Count)
        {
            verifier.Mismatch("$data count", a.Count, b.Count);
            return;
        }

        for (int i = 0; i < a.Count; i++)
        {
            verifier.CompareValue(a[i].Key, b[i].Key, typeof(object), $"$data[{i}].key");
            verifier.CompareValue(a[i].Value, b[i].Value, typeof(object), $"$data[{i}].value");
        }

        verifier.CompareFields(original, loaded, _own);
    }

    private static List<DictionaryEntry> Entries(IDictionary data)
    {
        var list = new List<DictionaryEntry>();
        var entries = data.GetEnumerator();
        while (entries.MoveNext())
        {
            list.Add(entries.Entry);
        }

        return list;
    }

    private static void ReadData(Exception error, GraphReader reader, ref Utf8JsonReader json)
    {
        GraphReader.Next(ref json);
        if (json.TokenType != JsonTokenType.StartArray)
        {
            throw new GraphFormatException("A stored exception's \"$data\" is not a list.");
        }

        while (true)
        {
            GraphReader.Next(ref json);
            if (json.TokenType == JsonTokenType.EndArray)
            {
                return;
            }

            var key = reader.ReadReference(ref json) ?? throw new GraphFormatException("A stored exception's data has a null key.");
            GraphReader.Next(ref json);
            error.Data[key] = reader.ReadReference(ref json);
        }
    }

    private static void WriteText(GraphWriter writer, JsonEncodedText name, string? text)
    {
        if (text is not null)
        {
            writer.Json.WritePropertyName(name);
            JsonStrings.Write(writer.Json, text);
        }
    }

    private static string? ReadText(ref Utf8JsonReader json)
    {
        GraphReader.Next(ref json);
        return json.TokenType == JsonTokenType.Null ? null : JsonStrings.Read(ref json);
    }

    private static FieldInfo Base(string name) =>
        typeof(Exception).GetField(name, Declared) ?? throw new NotSupportedException($"This .NET version's Exception has no {name} field Flowmetal knows.");
}
