using System.Runtime.CompilerServices;

namespace Flowmetal.Serialization.Codecs;

/// <summary>
/// Which stored values of a type are not plain numbers, strings or booleans: the fields (by stored
/// name) and the elements, keys or boxed value that hold a reference (an index into
/// <c>objects</c>) or a struct written in place (of another listed type). Written beside the type
/// in <c>types</c> (<c>{"n":"Shop.Order, Shop","f":{"Customer":"r","Total":"v"...}}</c> lists only the
/// references and structs), so that a reader that loads no type, an operator's tool, can tell the
/// object #3 from the number 3. Loading does not need it: it knows the declared types.
/// </summary>
internal sealed class StoredShape
{
    private static readonly ConditionalWeakTable<Type, StrongBox<StoredShape?>> Cache = new();

    private StoredShape(IReadOnlyList<(string Name, Type Declared)>? fields, Type? elements, Type? keys)
    {
        Fields = fields ?? Array.Empty<(string, Type)>();
        Elements = elements;
        Keys = keys;
    }

    /// <summary>Fields that hold a reference or a struct, by stored name, with their declared type.</summary>
    public IReadOnlyList<(string Name, Type Declared)> Fields { get; }

    /// <summary>The declared type of an array's elements, a collection's items or values, or a box's value, when not plain.</summary>
    public Type? Elements { get; }

    /// <summary>The declared type of a dictionary's keys, when not plain.</summary>
    public Type? Keys { get; }

    /// <summary>Whether values of <paramref name="declared"/> are written as plain JSON numbers, strings or booleans.</summary>
    public static bool IsPlain(Type declared)
    {
        var type = Nullable.GetUnderlyingType(declared) ?? declared;
        return ScalarValues.IsScalar(type) || type.IsEnum || type == typeof(string);
    }

    /// <summary>The struct type written in place for <paramref name="declared"/> (its underlying type for a nullable), or null for a reference.</summary>
    public static Type? StructOf(Type declared)
    {
        var type = Nullable.GetUnderlyingType(declared) ?? declared;
        return type.IsValueType ? type : null;
    }

    /// <summary>The shape of <paramref name="type"/>, or <see langword="null"/> when everything in it is plain.</summary>
    public static StoredShape? Of(Type type) => Cache.GetValue(type, static t => new StrongBox<StoredShape?>(Make(t))).Value;

    private static StoredShape? Make(Type type)
    {
        if (type.IsArray)
        {
            return Element(type.GetElementType()!);
        }

        if (InlineArrayValues.IsInlineArray(type))
        {
            return Element(InlineArrayValues.ElementType(type));
        }

        if (HashEnumeratorValues.Handles(type))
        {
            var collection = type.GetField("_dictionary", System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.NonPublic)?.FieldType
                ?? type.GetField("_hashSet", System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.NonPublic)?.FieldType ?? typeof(object);
            return new StoredShape(new[] { ("c", collection) }, null, null);
        }

        if (type.IsValueType && !type.IsPrimitive && !type.IsEnum && !ScalarValues.IsScalar(type) && Nullable.GetUnderlyingType(type) is null)
        {
            // A struct in place, or in a box (whose "$v" is the struct in place).
            return FromFields(FieldLayout.Of(type), elements: null);
        }

        if (type.IsGenericType && !type.IsValueType && RebuiltCollections.Handles(type))
        {
            var arguments = type.GetGenericArguments();
            bool keyed = arguments.Length == 2;
            var keys = keyed && !IsPlain(arguments[0]) ? arguments[0] : null;
            var values = keyed ? arguments[1] : arguments[0];
            return keys is null && IsPlain(values) ? null : new StoredShape(null, IsPlain(values) ? null : values, keys);
        }

        if (typeof(Exception).IsAssignableFrom(type))
        {
            return FromFields(FieldLayout.Below(type, typeof(Exception)), elements: null);
        }

        if (!type.IsValueType && !typeof(Delegate).IsAssignableFrom(type) && !typeof(Type).IsAssignableFrom(type))
        {
            return FromFields(FieldLayout.Of(type), elements: null);
        }

        return null;
    }

    private static StoredShape? Element(Type element) => IsPlain(element) ? null : new StoredShape(null, element, null);

    private static StoredShape? FromFields(FieldLayout layout, Type? elements)
    {
        var fields = new List<(string, Type)>();
        for (int i = 0; i < layout.Count; i++)
        {
            var declared = layout.Fields[i].FieldType;
            if (!IsPlain(declared) && !AccessorCompiler.IsPointer(declared))
            {
                fields.Add((layout.Names[i], declared));
            }
        }

        return fields.Count == 0 && elements is null ? null : new StoredShape(fields, elements is not null && !IsPlain(elements) ? elements : null, null);
    }
}
