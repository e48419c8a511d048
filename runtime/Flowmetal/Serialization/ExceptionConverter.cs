using System.Collections.Concurrent;
using System.Reflection;
using System.Runtime.CompilerServices;
using Newtonsoft.Json;

namespace Flowmetal.Serialization;

/// <summary>
/// Exceptions kept in a local across a suspension (a caught error reported later). Their runtime
/// fields hold native stack data that means nothing in another process, so an exception is stored
/// as its type, message, stack trace text, source, HResult, inner exception and the fields its own
/// type and bases below <see cref="Exception"/> add; restored, its <see cref="Exception.StackTrace"/>
/// shows the original trace. Written as <c>{"$t":...,"$id":"2","msg":...,"trace":...,"inner":...,"fields":{...}}</c>.
/// </summary>
internal sealed class ExceptionConverter : JsonConverter
{
    public static readonly ExceptionConverter Instance = new();

    private const BindingFlags Declared = BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly;
    private static readonly FieldInfo? Message = typeof(Exception).GetField("_message", Declared);
    private static readonly FieldInfo? Inner = typeof(Exception).GetField("_innerException", Declared);
    private static readonly FieldInfo? RemoteTrace = typeof(Exception).GetField("_remoteStackTraceString", Declared);
    private static readonly FieldInfo? Source = typeof(Exception).GetField("_source", Declared);
    private static readonly FieldInfo? HResult = typeof(Exception).GetField("_HResult", Declared);
    private static readonly ConcurrentDictionary<Type, FieldInfo[]> OwnFields = new();

    public override bool CanConvert(Type objectType) => typeof(Exception).IsAssignableFrom(objectType);

    public override void WriteJson(JsonWriter writer, object? value, JsonSerializer serializer)
    {
        if (value is not Exception error)
        {
            writer.WriteNull();
            return;
        }

        writer.WriteStartObject();
        writer.WritePropertyName("$t");
        writer.WriteValue(GraphValues.BindName(error.GetType(), serializer));
        writer.WritePropertyName("$id");
        writer.WriteValue(serializer.ReferenceResolver!.GetReference(serializer, error));
        writer.WritePropertyName("msg");
        writer.WriteValue((string?)Message?.GetValue(error));
        writer.WritePropertyName("trace");
        writer.WriteValue(error.StackTrace);
        writer.WritePropertyName("src");
        writer.WriteValue((string?)Source?.GetValue(error));
        writer.WritePropertyName("hr");
        writer.WriteValue(error.HResult);
        writer.WritePropertyName("inner");
        GraphValues.Write(writer, error.InnerException, typeof(Exception), serializer);
        writer.WritePropertyName("fields");
        writer.WriteStartObject();
        foreach (var field in FieldsOf(error.GetType()))
        {
            writer.WritePropertyName(field.DeclaringType!.Name + "." + field.Name);
            GraphValues.Write(writer, field.GetValue(error), field.FieldType, serializer);
        }

        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    public override object? ReadJson(JsonReader reader, Type objectType, object? existingValue, JsonSerializer serializer)
    {
        if (reader.TokenType == JsonToken.Null)
        {
            return null;
        }

        Exception? error = null;
        while (GraphValues.NextProperty(reader) is { } property)
        {
            GraphValues.Next(reader);
            switch (property)
            {
                case "$ref":
                    return GraphValues.ResolveReference(reader, serializer);
                case "$t":
                    var type = GraphValues.BindType((string)reader.Value!, serializer);
                    if (!typeof(Exception).IsAssignableFrom(type))
                    {
                        throw new JsonSerializationException($"A stored exception names {type.FullName}, which is not an exception: the stored flow is damaged.");
                    }

                    error = (Exception)RuntimeHelpers.GetUninitializedObject(type);
                    break;
                case "$id":
                    serializer.ReferenceResolver!.AddReference(serializer, (string)reader.Value!, Require(error));
                    break;
                case "msg":
                    Message?.SetValue(Require(error), reader.Value as string);
                    break;
                case "trace":
                    if (reader.Value is string trace)
                    {
                        RemoteTrace?.SetValue(Require(error), trace + Environment.NewLine);
                    }

                    break;
                case "src":
                    Source?.SetValue(Require(error), reader.Value as string);
                    break;
                case "hr":
                    HResult?.SetValue(Require(error), Convert.ToInt32(reader.Value, System.Globalization.CultureInfo.InvariantCulture));
                    break;
                case "inner":
                    Inner?.SetValue(Require(error), GraphValues.Read(reader, typeof(Exception), serializer));
                    break;
                case "fields":
                    ReadFields(reader, Require(error), serializer);
                    break;
            }
        }

        return Require(error);
    }

    private static void ReadFields(JsonReader reader, Exception error, JsonSerializer serializer)
    {
        var fields = FieldsOf(error.GetType()).ToDictionary(f => f.DeclaringType!.Name + "." + f.Name);
        while (GraphValues.NextProperty(reader) is { } name)
        {
            GraphValues.Next(reader);
            if (fields.TryGetValue(name, out var field))
            {
                field.SetValue(error, GraphValues.Read(reader, field.FieldType, serializer));
            }
            else
            {
                reader.Skip();
            }
        }
    }

    private static Exception Require(Exception? error) =>
        error ?? throw new JsonSerializationException("A stored exception has no type: the stored flow is damaged.");

    /// <summary>The fields the exception's own type and its bases below <see cref="Exception"/> declare.</summary>
    private static FieldInfo[] FieldsOf(Type type) => OwnFields.GetOrAdd(type, t =>
    {
        var fields = new List<FieldInfo>();
        for (var current = t; current is not null && current != typeof(Exception); current = current.BaseType)
        {
            fields.AddRange(current.GetFields(Declared).Where(f => !f.IsLiteral));
        }

        return fields.ToArray();
    });
}
