using System.Reflection;
using Flowmetal.Execution;
using Flowmetal.Serialization.Codecs;

namespace Flowmetal.Serialization.Graph;

/// <summary>
/// Checks that what was loaded back is what was stored (<see cref="FlowSerializationOptions.VerifyRoundTrip"/>):
/// the writer's objects and the reader's are paired by entry index, and each pair is compared by
/// its codec, field by field, scalars bit for bit, references by the index they were stored as
/// (so shared references and cycles must come back shared and cyclic), singletons by identity.
/// Collections rebuilt in a new order (a concurrent bag, an immutable hash set) are compared as
/// multisets. A difference fails the suspension: it would otherwise be found only at resume.
/// </summary>
internal sealed class GraphVerifier
{
    private const int MaxReported = 5;
    private readonly GraphWriter _writer;
    private readonly GraphReader _reader;
    private readonly Dictionary<object, int> _loadedIds = new(ReferenceEqualityComparer.Instance);
    private readonly List<string> _mismatches = new();
    private readonly List<string> _path = new();

    private GraphVerifier(GraphWriter writer, GraphReader reader)
    {
        _writer = writer;
        _reader = reader;
        for (int id = 0; id < reader.ObjectCount; id++)
        {
            if (reader.ObjectAt(id) is { } loaded)
            {
                _loadedIds.TryAdd(loaded, id);
            }
        }
    }

    /// <summary>The differences found, or an empty list.</summary>
    public static IReadOnlyList<string> Compare(GraphWriter writer, IReadOnlyList<Frame> frames, object? root, GraphReader reader)
    {
        var verifier = new GraphVerifier(writer, reader);
        verifier.Run(frames, root);
        return verifier._mismatches;
    }

    public void Mismatch(string what, object? stored, object? loaded)
    {
        if (_mismatches.Count < MaxReported)
        {
            _mismatches.Add($"{string.Concat(_path)}{(what.Length > 0 ? " " + what : string.Empty)}: stored {Show(stored)}, loaded {Show(loaded)}");
        }
    }

    public void CompareFields(object original, object loaded, FieldLayout layout)
    {
        for (int i = 0; i < layout.Count; i++)
        {
            var field = layout.Fields[i];
            if (AccessorCompiler.IsPointer(field.FieldType))
            {
                continue;
            }

            CompareValue(field.GetValue(original), field.GetValue(loaded), field.FieldType, layout.Names[i]);
        }
    }

    /// <summary>Compares two values held in a slot of type <paramref name="declared"/>; <paramref name="member"/> names the slot (a field name or an index).</summary>
    public void CompareValue(object? original, object? loaded, Type declared, object member)
    {
        _path.Add(member is int index ? $"[{index}]" : "." + member);
        try
        {
            Compare(original, loaded, declared);
        }
        finally
        {
            _path.RemoveAt(_path.Count - 1);
        }
    }

    public void CompareSequences<T>(IEnumerable<T> original, IEnumerable<T> loaded)
    {
        var a = original.ToList();
        var b = loaded.ToList();
        if (a.Count != b.Count)
        {
            Mismatch("count", a.Count, b.Count);
            return;
        }

        for (int i = 0; i < a.Count; i++)
        {
            CompareValue(a[i], b[i], typeof(T), i);
        }
    }

    public void CompareMultisets<T>(IEnumerable<T> original, IEnumerable<T> loaded)
    {
        var remaining = loaded.Cast<object?>().ToList();
        var stored = original.Cast<object?>().ToList();
        if (stored.Count != remaining.Count)
        {
            Mismatch("count", stored.Count, remaining.Count);
            return;
        }

        foreach (var item in stored)
        {
            if (!TryCounterpart(item, out var counterpart))
            {
                continue;
            }

            int at = remaining.FindIndex(candidate => SameCounterpart(candidate, counterpart));
            if (at < 0)
            {
                Mismatch("item", item, null);
                return;
            }

            remaining.RemoveAt(at);
        }
    }

    public void CompareDictionaries<TKey, TValue>(IReadOnlyDictionary<TKey, TValue> original, IReadOnlyDictionary<TKey, TValue> loaded)
    {
        if (original.Count != loaded.Count)
        {
            Mismatch("count", original.Count, loaded.Count);
            return;
        }

        foreach (var (key, value) in original)
        {
            if (!TryCounterpart(key, out var counterpart))
            {
                continue;
            }

            if (!loaded.TryGetValue((TKey)counterpart!, out var loadedValue))
            {
                Mismatch("key", key, null);
                return;
            }

            CompareValue(value, loadedValue, typeof(TValue), "[" + Show(key) + "]");
        }
    }

    private void Run(IReadOnlyList<Frame> frames, object? root)
    {
        if (frames.Count != _reader.Frames.Count)
        {
            Mismatch("frame count", frames.Count, _reader.Frames.Count);
            return;
        }

        for (int i = 0; i < frames.Count; i++)
        {
            _path.Add($"frames[{i}]");
            var loaded = _reader.Frames[i];
            if (frames[i].GetType() != loaded.GetType())
            {
                Mismatch("type", frames[i].GetType(), loaded.GetType());
            }
            else
            {
                CompareFields(frames[i], loaded, FieldLayout.Of(loaded.GetType()));
            }

            _path.RemoveAt(_path.Count - 1);
        }

        _path.Add(frames.Count > 0 || _reader.Request is not null ? "request" : "value");
        Compare(root, frames.Count > 0 || _reader.Request is not null ? _reader.Request : _reader.Value, typeof(object));
        _path.RemoveAt(_path.Count - 1);

        if (_writer.ObjectCount != _reader.ObjectCount)
        {
            Mismatch("object count", _writer.ObjectCount, _reader.ObjectCount);
            return;
        }

        for (int id = 0; id < _writer.ObjectCount && _mismatches.Count < MaxReported; id++)
        {
            var original = _writer.ObjectAt(id);
            var loaded = _reader.ObjectAt(id);
            _path.Add($"objects[{id}] ({TypeNames.Display(original.GetType())})");
            if (loaded is null || original.GetType() != loaded.GetType())
            {
                Mismatch("type", original.GetType(), loaded?.GetType());
            }
            else if (_writer.IsStatic(id))
            {
                if (!ReferenceEquals(original, loaded))
                {
                    Mismatch("identity", original, loaded);
                }
            }
            else
            {
                _reader.Policy.Of(original.GetType()).Codec!.Verify(original, loaded, this);
            }

            _path.RemoveAt(_path.Count - 1);
        }
    }

    private void Compare(object? original, object? loaded, Type declared)
    {
        declared = Nullable.GetUnderlyingType(declared) ?? declared;
        if (original is null || loaded is null)
        {
            if (original is not null || loaded is not null)
            {
                Mismatch(string.Empty, original, loaded);
            }

            return;
        }

        if (declared.IsValueType && !declared.IsPrimitive && !declared.IsEnum && !ScalarValues.IsScalar(declared))
        {
            CompareStruct(original, loaded, declared);
            return;
        }

        if (original is string text)
        {
            if (loaded is not string other || !string.Equals(text, other, StringComparison.Ordinal))
            {
                Mismatch(string.Empty, original, loaded);
            }

            return;
        }

        if (declared.IsValueType || original.GetType().IsValueType && !IsEntry(original))
        {
            if (!SameScalar(original, loaded))
            {
                Mismatch(string.Empty, original, loaded);
            }

            return;
        }

        if (!_writer.TryGetId(original, out var storedId))
        {
            Mismatch("(not stored)", original, loaded);
            return;
        }

        if (!_loadedIds.TryGetValue(loaded, out var loadedId) || loadedId != storedId)
        {
            Mismatch("reference", $"object #{storedId}", _loadedIds.TryGetValue(loaded, out var other2) ? $"object #{other2}" : loaded);
        }
    }

    private void CompareStruct(object original, object loaded, Type declared)
    {
        if (original.GetType() != loaded.GetType())
        {
            Mismatch("type", original.GetType(), loaded.GetType());
            return;
        }

        if (HashEnumeratorValues.Handles(declared))
        {
            // Made afresh from the rebuilt collection: the same collection, the same current item.
            foreach (var name in new[] { "_dictionary", "_hashSet", "_current" })
            {
                if (declared.GetField(name, BindingFlags.Instance | BindingFlags.NonPublic) is { } field)
                {
                    CompareValue(field.GetValue(original), field.GetValue(loaded), field.FieldType, name);
                }
            }

            return;
        }

        if (InlineArrayValues.IsInlineArray(declared))
        {
            // Reflection sees the first element only; the inline array's elements are compared as its codec wrote them.
            return;
        }

        if (_path.Count > GraphDocument.MaxDepth)
        {
            return;
        }

        CompareFields(original, loaded, FieldLayout.Of(declared));
    }

    private bool IsEntry(object value) => _writer.TryGetId(value, out _);

    private bool TryCounterpart(object? original, out object? counterpart)
    {
        counterpart = original;
        if (original is null || original is string || original.GetType().IsPrimitive || original.GetType().IsEnum || ScalarValues.IsScalar(original.GetType()))
        {
            return true;
        }

        if (original.GetType().IsValueType)
        {
            // A struct holding references has no counterpart to look up by; compared by count only.
            return false;
        }

        if (_writer.TryGetId(original, out var id))
        {
            counterpart = _reader.ObjectAt(id);
            return true;
        }

        return false;
    }

    private static bool SameCounterpart(object? candidate, object? counterpart) =>
        candidate is null ? counterpart is null :
        candidate.GetType().IsValueType || candidate is string ? candidate.Equals(counterpart) : ReferenceEquals(candidate, counterpart);

    private static bool SameScalar(object original, object loaded) => (original, loaded) switch
    {
        (double a, double b) => BitConverter.DoubleToInt64Bits(a) == BitConverter.DoubleToInt64Bits(b),
        (float a, float b) => BitConverter.SingleToInt32Bits(a) == BitConverter.SingleToInt32Bits(b),
        (Half a, Half b) => BitConverter.HalfToInt16Bits(a) == BitConverter.HalfToInt16Bits(b),
        (decimal a, decimal b) => decimal.GetBits(a).AsSpan().SequenceEqual(decimal.GetBits(b)),
        (DateTime a, DateTime b) => a.Ticks == b.Ticks && a.Kind == b.Kind,
        (DateTimeOffset a, DateTimeOffset b) => a.Ticks == b.Ticks && a.Offset == b.Offset,
        _ => original.GetType() == loaded.GetType() && original.Equals(loaded),
    };

    private static string Show(object? value) => value switch
    {
        null => "null",
        string text => "\"" + (text.Length > 40 ? string.Concat(text.AsSpan(0, 40), "...") : text) + "\"",
        Type type => TypeNames.Display(type),
        _ when value.GetType().IsPrimitive || value is decimal => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? "?",
        _ => $"a {TypeNames.Display(value.GetType())}",
    };
}
