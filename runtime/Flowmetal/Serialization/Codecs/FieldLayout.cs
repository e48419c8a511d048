using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;

namespace Flowmetal.Serialization.Codecs;

/// <summary>
/// The instance fields an object or struct is stored by (public and private, readonly included;
/// never its properties, which may compute, validate or hide state), base class first, and the
/// name each has in the stored JSON: the field's name, an auto-property's backing field by the
/// property's name (<c>&lt;Total&gt;k__BackingField</c> is <c>Total</c>), and <c>Base.name</c> where
/// a base and a derived class both declare a field of that name.
/// </summary>
internal sealed class FieldLayout
{
    private const BindingFlags Declared = BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly;
    private static readonly ConditionalWeakTable<Type, FieldLayout> Cache = new();

    private readonly Dictionary<string, int> _byName;

    private FieldLayout(Type type, Type? stopAt)
    {
        var chain = new List<Type>();
        for (var current = type; current is not null && current != typeof(object) && current != typeof(ValueType) && current != stopAt; current = current.BaseType)
        {
            chain.Add(current);
        }

        chain.Reverse();
        var fields = chain.SelectMany(t => t.GetFields(Declared)).ToArray();
        var shortNames = fields.Select(f => ShortName(f.Name)).ToArray();
        var names = new string[fields.Length];
        for (int i = 0; i < fields.Length; i++)
        {
            bool clash = shortNames.Count(n => n == shortNames[i]) > 1;
            names[i] = clash ? fields[i].DeclaringType!.Name + "." + fields[i].Name : shortNames[i];
        }

        // Two fields may still share a stored name only if both declaring types share a name too.
        if (names.Distinct(StringComparer.Ordinal).Count() != names.Length)
        {
            for (int i = 0; i < fields.Length; i++)
            {
                names[i] = TypeNames.Display(fields[i].DeclaringType!) + "." + fields[i].Name;
            }
        }

        Fields = fields;
        Names = names;
        EncodedNames = names.Select(n => JsonEncodedText.Encode(n, Graph.GraphDocument.WriterOptions.Encoder)).ToArray();
        Utf8Names = names.Select(Encoding.UTF8.GetBytes).ToArray();
        _byName = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < names.Length; i++)
        {
            _byName[names[i]] = i;
        }
    }

    public FieldInfo[] Fields { get; }

    public string[] Names { get; }

    public JsonEncodedText[] EncodedNames { get; }

    public byte[][] Utf8Names { get; }

    public int Count => Fields.Length;

    /// <summary>The fields of <paramref name="type"/> and its bases.</summary>
    public static FieldLayout Of(Type type) => Cache.GetValue(type, static t => new FieldLayout(t, stopAt: null));

    /// <summary>The fields <paramref name="type"/> and its bases below <paramref name="stopAt"/> declare (an exception's own fields).</summary>
    public static FieldLayout Below(Type type, Type stopAt) => new(type, stopAt);

    /// <summary>The index of the field the reader's property names, trying <paramref name="expected"/> first (the order it was written in); -1 if none.</summary>
    public int Find(ref Utf8JsonReader json, int expected)
    {
        if ((uint)expected < (uint)Utf8Names.Length && json.ValueTextEquals(Utf8Names[expected]))
        {
            return expected;
        }

        return _byName.TryGetValue(json.GetString()!, out var index) ? index : -1;
    }

    private static string ShortName(string field)
    {
        const string Suffix = ">k__BackingField";
        return field.Length > Suffix.Length + 1 && field[0] == '<' && field.EndsWith(Suffix, StringComparison.Ordinal)
            ? field.Substring(1, field.Length - Suffix.Length - 1)
            : field;
    }
}
