using System.Collections;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Globalization;
using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;

namespace Flowmetal.Runtime.Tests.Serialization;

/// <summary>
/// The tests' own oracle for "loads back identical", written independently of the runtime's
/// verifier: walks the original and the loaded graph side by side (iteratively, so 10,000-deep
/// graphs are fine), pairing objects one to one (a shared reference must be shared, a cycle must
/// close on the same object, two originals may not become one), comparing scalars bit for bit,
/// objects field by field, hash-based and concurrent collections by their items (and checking
/// that every key is still found), enumerators by what they still yield, and requiring the
/// singletons given to come back as the very same objects.
/// </summary>
internal sealed class GraphComparer
{
    private const BindingFlags Instance = BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly;
    private readonly Dictionary<object, object> _pairs = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<object, object> _reverse = new(ReferenceEqualityComparer.Instance);
    private readonly HashSet<object> _singletons;
    private readonly Stack<(object? Original, object? Loaded, string Path)> _pending = new();

    private GraphComparer(IEnumerable<object> singletons) => _singletons = new HashSet<object>(singletons, ReferenceEqualityComparer.Instance);

    /// <summary>The first difference between the two graphs, or <see langword="null"/>.</summary>
    public static string? FirstDifference(object? original, object? loaded, IEnumerable<object> singletons)
    {
        var comparer = new GraphComparer(singletons);
        comparer._pending.Push((original, loaded, "value"));
        return comparer.Run();
    }

    private string? Run()
    {
        while (_pending.Count > 0)
        {
            var (a, b, path) = _pending.Pop();
            if (Step(a, b, path) is { } difference)
            {
                return difference;
            }
        }

        return null;
    }

    private string? Step(object? a, object? b, string path)
    {
        if (a is null || b is null)
        {
            return a is null && b is null ? null : $"{path}: stored {Show(a)}, loaded {Show(b)}";
        }

        var type = a.GetType();
        if (type != b.GetType())
        {
            return $"{path}: stored a {type}, loaded a {b.GetType()}";
        }

        if (!type.IsValueType && _singletons.Contains(a))
        {
            return ReferenceEquals(a, b) ? null : $"{path}: the singleton {Show(a)} came back as another object";
        }

        // Strings are values: equal strings may be one object or two, before as after.
        if (!type.IsValueType && a is not string)
        {
            if (_pairs.TryGetValue(a, out var paired))
            {
                return ReferenceEquals(paired, b) ? null : $"{path}: a shared reference came back as two objects";
            }

            if (_reverse.TryGetValue(b, out var other) && !ReferenceEquals(other, a))
            {
                return $"{path}: two objects came back as one";
            }

            _pairs[a] = b;
            _reverse[b] = a;
        }

        switch (a)
        {
            case string text:
                return string.Equals(text, (string)b, StringComparison.Ordinal) ? null : $"{path}: stored {Show(a)}, loaded {Show(b)}";
            case double x:
                return BitConverter.DoubleToInt64Bits(x) == BitConverter.DoubleToInt64Bits((double)b) ? null : $"{path}: stored {x:R}, loaded {(double)b:R}";
            case float x:
                return BitConverter.SingleToInt32Bits(x) == BitConverter.SingleToInt32Bits((float)b) ? null : $"{path}: stored {x:R}, loaded {(float)b:R}";
            case Half x:
                return BitConverter.HalfToInt16Bits(x) == BitConverter.HalfToInt16Bits((Half)b) ? null : $"{path}: stored {x}, loaded {(Half)b}";
            case decimal x:
                return decimal.GetBits(x).SequenceEqual(decimal.GetBits((decimal)b)) ? null : $"{path}: stored {x}, loaded {(decimal)b}";
            case DateTime x:
                return x.Ticks == ((DateTime)b).Ticks && x.Kind == ((DateTime)b).Kind ? null : $"{path}: stored {x:O}, loaded {(DateTime)b:O}";
            case DateTimeOffset x:
                return x.Ticks == ((DateTimeOffset)b).Ticks && x.Offset == ((DateTimeOffset)b).Offset ? null : $"{path}: stored {x:O}, loaded {(DateTimeOffset)b:O}";
            case Type:
                return ReferenceEquals(a, b) ? null : $"{path}: stored type {a}, loaded {b}";
            case Delegate del:
                return Delegates(del, (Delegate)b, path);
            case Exception error:
                return Exceptions(error, (Exception)b, path);
            case Array array:
                return Arrays(array, (Array)b, path);
            case StringBuilder or Uri or CultureInfo or CompareInfo:
                return a.ToString() == b.ToString() ? null : $"{path}: stored {a}, loaded {b}";
            case Regex regex:
                return regex.ToString() == b.ToString() && regex.Options == ((Regex)b).Options && regex.MatchTimeout == ((Regex)b).MatchTimeout ? null : $"{path}: regex differs";
        }

        if (type.IsPrimitive || type.IsEnum || a is IComparable && type.IsValueType && type.Namespace == "System")
        {
            return a.Equals(b) ? null : $"{path}: stored {Show(a)}, loaded {Show(b)}";
        }

        if (IsHashEnumerator(type))
        {
            return Remaining((IEnumerator)a, (IEnumerator)b, path);
        }

        if (Rebuilt(type) is { } ordered)
        {
            return Collections((IEnumerable)a, (IEnumerable)b, ordered, path);
        }

        foreach (var field in Fields(type))
        {
            _pending.Push((field.GetValue(a), field.GetValue(b), $"{path}.{field.Name}"));
        }

        return null;
    }

    private string? Delegates(Delegate a, Delegate b, string path)
    {
        var left = a.GetInvocationList();
        var right = b.GetInvocationList();
        if (left.Length != right.Length)
        {
            return $"{path}: {left.Length} calls stored, {right.Length} loaded";
        }

        for (int i = 0; i < left.Length; i++)
        {
            if (left[i].Method != right[i].Method)
            {
                return $"{path}: calls {left[i].Method}, loaded calls {right[i].Method}";
            }

            _pending.Push((left[i].Target, right[i].Target, $"{path}.calls[{i}].target"));
        }

        return null;
    }

    private string? Exceptions(Exception a, Exception b, string path)
    {
        if (a.Message != b.Message || a.StackTrace != b.StackTrace || a.Source != b.Source || a.HResult != b.HResult || a.HelpLink != b.HelpLink)
        {
            return $"{path}: exception differs (message '{a.Message}' / '{b.Message}', trace {a.StackTrace?.Length} / {b.StackTrace?.Length} chars, source {a.Source} / {b.Source})";
        }

        _pending.Push((a.InnerException, b.InnerException, path + ".InnerException"));
        var left = a.Data.Cast<DictionaryEntry>().ToList();
        var right = b.Data.Cast<DictionaryEntry>().ToList();
        if (left.Count != right.Count)
        {
            return $"{path}.Data: {left.Count} entries stored, {right.Count} loaded";
        }

        for (int i = 0; i < left.Count; i++)
        {
            _pending.Push((left[i].Key, right[i].Key, $"{path}.Data[{i}].Key"));
            _pending.Push((left[i].Value, right[i].Value, $"{path}.Data[{i}].Value"));
        }

        for (var type = a.GetType(); type != typeof(Exception); type = type.BaseType!)
        {
            foreach (var field in type.GetFields(Instance))
            {
                _pending.Push((field.GetValue(a), field.GetValue(b), $"{path}.{field.Name}"));
            }
        }

        return null;
    }

    private string? Arrays(Array a, Array b, string path)
    {
        if (a.Rank != b.Rank || Enumerable.Range(0, a.Rank).Any(d => a.GetLength(d) != b.GetLength(d)))
        {
            return $"{path}: array shape differs";
        }

        int i = 0;
        var right = b.GetEnumerator();
        foreach (var element in a)
        {
            right.MoveNext();
            _pending.Push((element, right.Current, $"{path}[{i++}]"));
        }

        return null;
    }

    private string? Collections(IEnumerable a, IEnumerable b, bool ordered, string path)
    {
        var left = a.Cast<object?>().ToList();
        var right = b.Cast<object?>().ToList();
        if (left.Count != right.Count)
        {
            return $"{path}: {left.Count} items stored, {right.Count} loaded";
        }

        if (!ordered)
        {
            left = left.OrderBy(Key, StringComparer.Ordinal).ToList();
            right = right.OrderBy(Key, StringComparer.Ordinal).ToList();
        }

        for (int i = 0; i < left.Count; i++)
        {
            _pending.Push((left[i], right[i], $"{path}[{i}]"));
        }

        // The rebuilt collection must find every key of its own (its hash buckets are this process's).
        if (b is IDictionary dictionary)
        {
            foreach (var key in dictionary.Keys)
            {
                if (!dictionary.Contains(key))
                {
                    return $"{path}: the loaded dictionary does not find its own key {Show(key)}";
                }
            }
        }

        foreach (var comparer in new[] { "Comparer", "KeyComparer", "ValueComparer" })
        {
            if (a.GetType().GetProperty(comparer) is { } property)
            {
                _pending.Push((property.GetValue(a), property.GetValue(b), $"{path}.{comparer}"));
            }
        }

        return null;
    }

    private static string Key(object? item) => item switch
    {
        null => string.Empty,
        DictionaryEntry entry => Convert.ToString(entry.Key, CultureInfo.InvariantCulture) ?? string.Empty,
        _ when item.GetType().IsGenericType && item.GetType().GetGenericTypeDefinition() == typeof(KeyValuePair<,>) =>
            Convert.ToString(item.GetType().GetProperty("Key")!.GetValue(item), CultureInfo.InvariantCulture) ?? string.Empty,
        _ => Convert.ToString(item, CultureInfo.InvariantCulture) ?? string.Empty,
    };

    private string? Remaining(IEnumerator a, IEnumerator b, string path)
    {
        // Enumerators are structs here (boxed): moving copies leaves the originals where they are.
        var left = Copy(a);
        var right = Copy(b);
        int i = 0;
        while (true)
        {
            bool more = left.MoveNext();
            if (more != right.MoveNext())
            {
                return $"{path}: the enumerators stop at different places";
            }

            if (!more)
            {
                return null;
            }

            _pending.Push((left.Current, right.Current, $"{path}.remaining[{i++}]"));
        }
    }

    private static IEnumerator Copy(IEnumerator boxed) => (IEnumerator)typeof(GraphComparer).GetMethod(nameof(CopyOf), BindingFlags.NonPublic | BindingFlags.Static)!
        .MakeGenericMethod(boxed.GetType()).Invoke(null, new object[] { boxed })!;

    private static object CopyOf<T>(object boxed)
        where T : struct => (T)boxed;

    private static bool IsHashEnumerator(Type type)
    {
        if (!type.IsValueType || !type.IsGenericType)
        {
            return false;
        }

        var definition = type.GetGenericTypeDefinition();
        return definition == typeof(Dictionary<,>.Enumerator) || definition == typeof(Dictionary<,>.KeyCollection.Enumerator) ||
            definition == typeof(Dictionary<,>.ValueCollection.Enumerator) || definition == typeof(HashSet<>.Enumerator);
    }

    /// <summary>Collections compared by their items (true: in order; false: as a multiset), or null for those compared by fields.</summary>
    private static bool? Rebuilt(Type type)
    {
        if (!type.IsGenericType)
        {
            return null;
        }

        var definition = type.GetGenericTypeDefinition();
        if (definition == typeof(Dictionary<,>) || definition == typeof(HashSet<>) || definition == typeof(ImmutableList<>) ||
            definition == typeof(ImmutableQueue<>) || definition == typeof(ImmutableStack<>) || definition == typeof(ImmutableSortedDictionary<,>) ||
            definition == typeof(ImmutableSortedSet<>) || definition == typeof(ConcurrentQueue<>) || definition == typeof(ConcurrentStack<>))
        {
            return true;
        }

        return definition == typeof(ConcurrentDictionary<,>) || definition == typeof(ImmutableDictionary<,>) || definition == typeof(ImmutableHashSet<>) ||
            definition == typeof(ConcurrentBag<>) ? false : null;
    }

    private static IEnumerable<FieldInfo> Fields(Type type)
    {
        for (var current = type; current is not null && current != typeof(object) && current != typeof(ValueType); current = current.BaseType)
        {
            foreach (var field in current.GetFields(Instance))
            {
                if (!field.FieldType.IsPointer)
                {
                    yield return field;
                }
            }
        }
    }

    private static string Show(object? value) => value switch
    {
        null => "null",
        string text => "\"" + (text.Length > 30 ? text[..30] + "..." : text) + "\"",
        _ => $"{value} ({value.GetType().Name})",
    };
}
