using System.Reflection;
using System.Text.Json;

namespace Flowmetal.Tool.Commands;

/// <summary>
/// Reads a signal's payload from the command line into a value of the type the flow waits for, when that type is one of
/// .NET's own (bool, numbers, string, Guid, DateTime, their arrays and lists...): the tool loads no assembly of the
/// application, so a payload of an application's type has to be sent by the application.
/// </summary>
internal static class SignalPayload
{
    private static readonly Dictionary<string, Type> ShortNames = new(StringComparer.OrdinalIgnoreCase)
    {
        ["bool"] = typeof(bool), ["int"] = typeof(int), ["long"] = typeof(long), ["double"] = typeof(double), ["decimal"] = typeof(decimal),
        ["string"] = typeof(string), ["guid"] = typeof(Guid), ["datetime"] = typeof(DateTime), ["datetimeoffset"] = typeof(DateTimeOffset),
        ["timespan"] = typeof(TimeSpan),
    };

    /// <summary>The type named by a stored type name or a short name, or <see langword="null"/> when it is not one of .NET's own.</summary>
    public static Type? Resolve(string name)
    {
        if (ShortNames.TryGetValue(name, out var known))
        {
            return known;
        }

        // Only assemblies already loaded (the framework's) may answer: an application's assembly is never looked for.
        return Type.GetType(
            name,
            assemblyName => AppDomain.CurrentDomain.GetAssemblies().FirstOrDefault(a => AssemblyName.ReferenceMatchesDefinition(assemblyName, a.GetName()) && IsFramework(a)),
            (assembly, typeName, ignoreCase) => (assembly ?? typeof(object).Assembly).GetType(typeName, false, ignoreCase),
            throwOnError: false);
    }

    /// <summary>The payload as <paramref name="type"/>; a string payload may be given without JSON quotes.</summary>
    /// <exception cref="FormatException">The text is not a JSON value of the type; the message says what was expected.</exception>
    public static object? Read(string text, Type type)
    {
        if (type == typeof(string) && !text.TrimStart().StartsWith('"') && text.Trim() != "null")
        {
            return text;
        }

        try
        {
            return JsonSerializer.Deserialize(text, type);
        }
        catch (JsonException error)
        {
            // A Guid, a date or a time span typed without JSON quotes.
            if (!text.TrimStart().StartsWith('"'))
            {
                try
                {
                    return JsonSerializer.Deserialize(JsonSerializer.Serialize(text), type);
                }
                catch (JsonException)
                {
                }
            }

            throw new FormatException($"'{text}' is not a JSON {Describe(type)}: {error.Message}", error);
        }
    }

    /// <summary>The type of a payload given without a known expected type, from its JSON: bool, int, long, double, string.</summary>
    public static Type Infer(string text)
    {
        try
        {
            using var document = JsonDocument.Parse(text);
            var root = document.RootElement;
            return root.ValueKind switch
            {
                JsonValueKind.True or JsonValueKind.False => typeof(bool),
                JsonValueKind.Number when root.TryGetInt32(out _) => typeof(int),
                JsonValueKind.Number when root.TryGetInt64(out _) => typeof(long),
                JsonValueKind.Number => typeof(double),
                JsonValueKind.String => typeof(string),
                _ => throw new FormatException(
                    $"'{text}' is a JSON {root.ValueKind.ToString().ToLowerInvariant()}: say which type the flow expects with --type (a .NET type such as " +
                    "'System.Collections.Generic.List`1[[System.String]]'), or send it from your application."),
            };
        }
        catch (JsonException)
        {
            return typeof(string);
        }
    }

    public static string Describe(Type type) => type == typeof(string) ? "string" : type.FullName ?? type.Name;

    private static bool IsFramework(Assembly assembly) =>
        assembly == typeof(object).Assembly || (assembly.GetName().Name ?? string.Empty).StartsWith("System.", StringComparison.Ordinal);
}
