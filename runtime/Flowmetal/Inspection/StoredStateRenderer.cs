using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Flowmetal.Inspection;

/// <summary>
/// Reads a stored continuation as what it is, JSON, without loading a type of it: each frame's
/// locals, arguments and <c>this</c> by source name, each value rendered compactly the way a
/// debugger would (<c>Order { Id = 7, Lines = List&lt;string&gt;(2) ["apple", "pear"] }</c>), collections
/// cut after a few items, nesting cut after a few levels, a reference back to an object being
/// rendered marked as a cycle. The shapes the writer puts beside each type (which fields hold
/// references or structs) tell an object's index from a number. For people and tools looking at a
/// waiting flow, never for resuming.
/// </summary>
internal sealed class StoredStateRenderer
{
    private const int MaxItems = 8;
    private const int MaxDepth = 4;
    private const int MaxText = 80;

    private readonly JsonElement _objects;
    private readonly List<TypeEntry> _types = new();
    private readonly HashSet<int> _rendering = new();

    private StoredStateRenderer(JsonElement root)
    {
        foreach (var type in root.GetProperty("types").EnumerateArray())
        {
            _types.Add(type.ValueKind == JsonValueKind.Object ? new TypeEntry(type.GetProperty("n").GetString() ?? "?", type) : new TypeEntry(type.GetString() ?? "?", null));
        }

        _objects = root.GetProperty("objects");
    }

    /// <summary>The locals of each frame of a stored continuation, outermost frame first; empty when it cannot be read.</summary>
    public static IReadOnlyList<IReadOnlyList<FlowLocal>> FrameLocals(byte[] continuation)
    {
        try
        {
            using var document = JsonDocument.Parse(continuation, new JsonDocumentOptions { MaxDepth = 256 });
            var root = document.RootElement;
            var renderer = new StoredStateRenderer(root);
            var frames = new List<IReadOnlyList<FlowLocal>>();
            foreach (var frame in root.GetProperty("frames").EnumerateArray())
            {
                frames.Add(renderer.Locals(frame));
            }

            return frames;
        }
        catch (Exception error) when (error is JsonException or InvalidOperationException or KeyNotFoundException or FormatException or IndexOutOfRangeException or ArgumentException)
        {
            return Array.Empty<IReadOnlyList<FlowLocal>>();
        }
    }

    private List<FlowLocal> Locals(JsonElement frame)
    {
        var type = Type(frame);
        var locals = new List<FlowLocal>();
        foreach (var field in frame.EnumerateObject())
        {
            if (field.Name is "$t" or "ResumePoint")
            {
                continue;
            }

            var (kind, name) = Execution.FrameFieldNames.Parse(field.Name);
            var slot = type?.Field(field.Name) ?? Slot.Plain;
            var text = new StringBuilder();
            Render(field.Value, slot, text, 0);
            locals.Add(new FlowLocal { Name = name, Kind = kind, Type = TypeOf(field.Value, slot), Value = text.ToString() });
        }

        return locals;
    }

    private string? TypeOf(JsonElement value, Slot slot)
    {
        if (slot.Struct is { } index)
        {
            return Display(index);
        }

        return value.ValueKind switch
        {
            JsonValueKind.String => "string",
            JsonValueKind.True or JsonValueKind.False => "bool",
            JsonValueKind.Number when slot.IsReference && Entry(value) is { } entry => EntryType(entry),
            _ => null,
        };
    }

    private JsonElement? Entry(JsonElement value) =>
        value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var id) && id >= 0 && id < _objects.GetArrayLength() ? _objects[id] : null;

    private TypeEntry? Type(JsonElement entry) =>
        entry.TryGetProperty("$t", out var type) && type.TryGetInt32(out var index) && index >= 0 && index < _types.Count ? _types[index] : null;

    private string Display(int index) => index >= 0 && index < _types.Count ? StoredTypeName.Display(_types[index].Name) : "?";

    private string? EntryType(JsonElement entry)
    {
        if (Type(entry) is { } type)
        {
            return StoredTypeName.Display(type.Name);
        }

        return entry.TryGetProperty("$static", out var holder) && holder.TryGetInt32(out var at) ? Display(at) : null;
    }

    private void Render(JsonElement value, Slot slot, StringBuilder text, int depth)
    {
        if (value.ValueKind == JsonValueKind.String)
        {
            Quote(value.GetString() ?? string.Empty, text);
        }
        else if (slot.IsReference && value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var id) && Entry(value) is { } entry)
        {
            RenderObject(id, entry, text, depth);
        }
        else if (slot.Struct is { } index && value.ValueKind == JsonValueKind.Object)
        {
            RenderFields(Display(index), _types[index], value, text, depth);
        }
        else if (slot.Struct is { } buffer && value.ValueKind == JsonValueKind.Array)
        {
            RenderItems(value.EnumerateArray().ToList(), _types[buffer].Elements, text, depth, "[", "]");
        }
        else
        {
            text.Append(value.GetRawText());
        }
    }

    private void RenderObject(int id, JsonElement entry, StringBuilder text, int depth)
    {
        if (!_rendering.Add(id))
        {
            text.Append("<cycle #").Append(id).Append('>');
            return;
        }

        try
        {
            if (entry.TryGetProperty("$static", out _))
            {
                text.Append(EntryType(entry)).Append('.').Append(entry.TryGetProperty("m", out var member) ? member.GetString() : "?");
                return;
            }

            var type = Type(entry);
            var name = EntryType(entry) ?? "?";
            if (depth >= MaxDepth)
            {
                text.Append(name).Append(" {…}");
                return;
            }

            if (entry.TryGetProperty("$v", out var content))
            {
                RenderContent(name, type, content, text, depth);
            }
            else if (entry.TryGetProperty("items", out var items))
            {
                var list = items.EnumerateArray().ToList();
                bool keyed = type is not null && StoredTypeName.ArgumentCount(type.Name) == 2;
                text.Append(name).Append('(').Append(keyed ? list.Count / 2 : list.Count).Append(") ");
                if (keyed)
                {
                    RenderPairs(list, type!, text, depth);
                }
                else
                {
                    RenderItems(list, type?.Elements ?? Slot.Plain, text, depth, "{ ", " }");
                }
            }
            else if (entry.TryGetProperty("calls", out var calls))
            {
                text.Append(name).Append(" → ").Append(string.Join(" + ", calls.EnumerateArray().Select(c =>
                    (c.TryGetProperty("t", out var t) && t.TryGetInt32(out var ti) ? Display(ti) : "?") + "." + (c.TryGetProperty("m", out var m) ? m.GetString() : "?"))));
            }
            else if (entry.TryGetProperty("$msg", out var message))
            {
                text.Append(name).Append('(');
                Quote(message.GetString() ?? string.Empty, text);
                text.Append(')');
            }
            else if (name.StartsWith("List<", StringComparison.Ordinal) && entry.TryGetProperty("_items", out var backing) && entry.TryGetProperty("_size", out var size) &&
                Entry(backing) is { } array && array.TryGetProperty("$v", out var values) && values.ValueKind == JsonValueKind.Array)
            {
                int count = size.GetInt32();
                text.Append(name).Append('(').Append(count).Append(") ");
                RenderItems(values.EnumerateArray().Take(count).ToList(), Type(array)?.Elements ?? Slot.Plain, text, depth, "[", "]");
            }
            else
            {
                RenderFields(name, type, entry, text, depth);
            }
        }
        finally
        {
            _rendering.Remove(id);
        }
    }

    private void RenderContent(string name, TypeEntry? type, JsonElement content, StringBuilder text, int depth)
    {
        if (name == "RuntimeType" && content.TryGetInt32(out var named))
        {
            text.Append("typeof(").Append(Display(named)).Append(')');
        }
        else if (content.ValueKind == JsonValueKind.Array)
        {
            text.Append(name.Replace("[]", "[" + content.GetArrayLength() + "]", StringComparison.Ordinal)).Append(' ');
            RenderItems(content.EnumerateArray().ToList(), type?.Elements ?? Slot.Plain, text, depth, "[", "]");
        }
        else if (content.ValueKind == JsonValueKind.String && name == "byte[]")
        {
            text.Append("byte[").Append(Convert.FromBase64String(content.GetString()!).Length).Append(']');
        }
        else if (content.ValueKind == JsonValueKind.Object)
        {
            // A boxed struct: the struct in place.
            RenderFields(name, type, content, text, depth);
        }
        else if (name is "StringBuilder" or "Uri" or "CultureInfo" or "CompareInfo" or "Regex")
        {
            text.Append(name).Append('(');
            Render(content, Slot.Plain, text, depth + 1);
            text.Append(')');
        }
        else
        {
            // A boxed scalar: the value itself.
            Render(content, Slot.Plain, text, depth + 1);
        }
    }

    private void RenderFields(string name, TypeEntry? type, JsonElement fields, StringBuilder text, int depth)
    {
        text.Append(name).Append(" { ");
        int shown = 0;
        foreach (var field in fields.EnumerateObject())
        {
            if (field.Name.StartsWith('$'))
            {
                continue;
            }

            if (shown++ == MaxItems)
            {
                text.Append("…, ");
                break;
            }

            text.Append(field.Name).Append(" = ");
            Render(field.Value, type?.Field(field.Name) ?? Slot.Plain, text, depth + 1);
            text.Append(", ");
        }

        if (shown > 0)
        {
            text.Length -= 2;
            text.Append(' ');
        }

        text.Append('}');
    }

    private void RenderItems(List<JsonElement> items, Slot slot, StringBuilder text, int depth, string open, string close)
    {
        text.Append(open);
        for (int i = 0; i < items.Count && i < MaxItems; i++)
        {
            if (i > 0)
            {
                text.Append(", ");
            }

            Render(items[i], slot, text, depth + 1);
        }

        if (items.Count > MaxItems)
        {
            text.Append(", … ").Append(items.Count - MaxItems).Append(" more");
        }

        text.Append(close);
    }

    private void RenderPairs(List<JsonElement> items, TypeEntry type, StringBuilder text, int depth)
    {
        text.Append("{ ");
        for (int i = 0; i + 1 < items.Count && i / 2 < MaxItems; i += 2)
        {
            if (i > 0)
            {
                text.Append(", ");
            }

            text.Append('[');
            Render(items[i], type.Keys, text, depth + 1);
            text.Append("] = ");
            Render(items[i + 1], type.Elements, text, depth + 1);
        }

        if (items.Count / 2 > MaxItems)
        {
            text.Append(", … ").Append(items.Count / 2 - MaxItems).Append(" more");
        }

        text.Append(" }");
    }

    private static void Quote(string value, StringBuilder text)
    {
        var shown = value.Length > MaxText ? value.Substring(0, MaxText) : value;
        text.Append('"');
        foreach (var c in shown)
        {
            text.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ when char.IsControl(c) || char.IsSurrogate(c) => "\\u" + ((int)c).ToString("x4", CultureInfo.InvariantCulture),
                _ => c.ToString(),
            });
        }

        text.Append('"');
        if (value.Length > MaxText)
        {
            text.Append("… (").Append(value.Length).Append(" chars)");
        }
    }

    /// <summary>What a stored slot holds: a plain value, a reference (an index into objects), or a struct in place (of a listed type).</summary>
    private readonly record struct Slot(bool IsReference, int? Struct)
    {
        public static readonly Slot Plain = new(false, null);

        public static Slot From(JsonElement kind) =>
            kind.ValueKind == JsonValueKind.Number && kind.TryGetInt32(out var index) ? new Slot(false, index) :
            kind.ValueKind == JsonValueKind.String && kind.GetString() == "r" ? new Slot(true, null) : Plain;
    }

    /// <summary>A type of <c>types</c> with its shape.</summary>
    private sealed class TypeEntry
    {
        private readonly Dictionary<string, Slot> _fields = new(StringComparer.Ordinal);

        public TypeEntry(string name, JsonElement? described)
        {
            Name = name;
            if (described is not { } entry)
            {
                return;
            }

            if (entry.TryGetProperty("f", out var fields) && fields.ValueKind == JsonValueKind.Object)
            {
                foreach (var field in fields.EnumerateObject())
                {
                    _fields[field.Name] = Slot.From(field.Value);
                }
            }

            if (entry.TryGetProperty("e", out var elements))
            {
                Elements = Slot.From(elements);
            }

            if (entry.TryGetProperty("k", out var keys))
            {
                Keys = Slot.From(keys);
            }
        }

        public string Name { get; }

        public Slot Elements { get; } = Slot.Plain;

        public Slot Keys { get; } = Slot.Plain;

        public Slot Field(string name) => _fields.TryGetValue(name, out var slot) ? slot : Slot.Plain;
    }
}
