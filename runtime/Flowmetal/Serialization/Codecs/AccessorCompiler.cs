using System.Reflection;
using System.Reflection.Emit;
using System.Text.Json;
using Flowmetal.Serialization.Graph;

namespace Flowmetal.Serialization.Codecs;

/// <summary>Writes every stored field of an object (or a boxed struct) as properties.</summary>
internal delegate void ObjectFieldsWriter(object source, GraphWriter writer, JsonEncodedText[] names);

/// <summary>Reads one field of an object (or a boxed struct) from the value the reader is on.</summary>
internal delegate void ObjectFieldReader(object target, GraphReader reader, ref Utf8JsonReader json);

/// <summary>Writes every stored field of a struct held by value.</summary>
internal delegate void StructFieldsWriter<T>(ref T source, GraphWriter writer, JsonEncodedText[] names);

/// <summary>Reads one field of a struct held by value.</summary>
internal delegate void StructFieldReader<T>(ref T target, GraphReader reader, ref Utf8JsonReader json);

/// <summary>Copies every instance field of one object into another of the same type.</summary>
internal delegate void FieldCopier(object source, object target);

/// <summary>
/// Compiles, once per type, the code that reads and writes its fields: plain IL loads and stores
/// with a direct call per value to the writer or reader of the field's declared type, so storing
/// a frame or a business object costs no reflection and no per-value lookup. Private and readonly
/// fields are reached the way a serializer must (the methods skip visibility checks).
/// </summary>
internal static class AccessorCompiler
{
    private static readonly MethodInfo Property = typeof(GraphWriter).GetMethod(nameof(GraphWriter.Property))!;
    private static readonly MethodInfo PermitDeferred = typeof(GraphWriter).GetMethod(nameof(GraphWriter.PermitDeferred))!;
    private static readonly MethodInfo RefusePointer = typeof(GraphWriter).GetMethod(nameof(GraphWriter.RefusePointerField))!;
    private static readonly MethodInfo WriteReference = typeof(GraphWriter).GetMethod(nameof(GraphWriter.WriteReference))!;
    private static readonly MethodInfo ReadReference = typeof(GraphReader).GetMethod(nameof(GraphReader.ReadReference))!;
    private static readonly Type JsonReaderByRef = typeof(Utf8JsonReader).MakeByRefType();

    /// <summary>Fields no stored value can hold: pointers, function pointers.</summary>
    public static bool IsPointer(Type type) => type.IsPointer || type.IsFunctionPointer || type.IsUnmanagedFunctionPointer;

    /// <summary>Struct types whose value is made after everything else is loaded (see <see cref="HashEnumeratorValues"/>).</summary>
    public static bool IsDeferred(Type type) => HashEnumeratorValues.Handles(type);

    public static ObjectFieldsWriter ObjectWriter(Type type, FieldLayout layout)
    {
        var method = New("write_" + type.Name, typeof(void), typeof(object), typeof(GraphWriter), typeof(JsonEncodedText[]));
        EmitFieldWrites(method.GetILGenerator(), layout, target: il => EmitTarget(il, type), permitDeferred: true);
        return method.CreateDelegate<ObjectFieldsWriter>();
    }

    /// <summary>The readers of each field, by layout index; <see langword="null"/> for a field no stored value can fill.</summary>
    public static ObjectFieldReader?[] ObjectReaders(Type type, FieldLayout layout)
    {
        var readers = new ObjectFieldReader?[layout.Count];
        for (int i = 0; i < layout.Count; i++)
        {
            var field = layout.Fields[i];
            if (IsPointer(field.FieldType))
            {
                continue;
            }

            if (IsDeferred(field.FieldType))
            {
                readers[i] = DeferredFieldReader(field);
                continue;
            }

            var method = New("read_" + type.Name + "_" + field.Name, typeof(void), typeof(object), typeof(GraphReader), JsonReaderByRef);
            var il = method.GetILGenerator();
            il.Emit(OpCodes.Ldarg_0);
            EmitTarget(il, type);
            il.Emit(OpCodes.Ldarg_1);
            il.Emit(OpCodes.Ldarg_2);
            EmitReadValue(il, field.FieldType);
            il.Emit(OpCodes.Stfld, field);
            il.Emit(OpCodes.Ret);
            readers[i] = method.CreateDelegate<ObjectFieldReader>();
        }

        return readers;
    }

    public static StructFieldsWriter<T> StructWriter<T>(FieldLayout layout)
    {
        var method = New("write_" + typeof(T).Name, typeof(void), typeof(T).MakeByRefType(), typeof(GraphWriter), typeof(JsonEncodedText[]));

        // No deferred values: one that can only be made after loading cannot be put back into a
        // struct that was already copied where it belongs; its writer refuses it.
        EmitFieldWrites(method.GetILGenerator(), layout, target: _ => { }, permitDeferred: false);
        return method.CreateDelegate<StructFieldsWriter<T>>();
    }

    public static StructFieldReader<T>?[] StructReaders<T>(FieldLayout layout)
    {
        var readers = new StructFieldReader<T>?[layout.Count];
        for (int i = 0; i < layout.Count; i++)
        {
            var field = layout.Fields[i];
            if (IsPointer(field.FieldType))
            {
                continue;
            }

            var method = New("read_" + typeof(T).Name + "_" + field.Name, typeof(void), typeof(T).MakeByRefType(), typeof(GraphReader), JsonReaderByRef);
            var il = method.GetILGenerator();
            il.Emit(OpCodes.Ldarg_0);
            il.Emit(OpCodes.Ldarg_1);
            il.Emit(OpCodes.Ldarg_2);
            EmitReadValue(il, field.FieldType);
            il.Emit(OpCodes.Stfld, field);
            il.Emit(OpCodes.Ret);
            readers[i] = method.CreateDelegate<StructFieldReader<T>>();
        }

        return readers;
    }

    /// <summary>Copies every field of a class instance into another (a rebuilt collection into the object others already refer to).</summary>
    public static FieldCopier Copier(Type type)
    {
        var method = New("copy_" + type.Name, typeof(void), typeof(object), typeof(object));
        var il = method.GetILGenerator();
        foreach (var field in FieldLayout.Of(type).Fields)
        {
            il.Emit(OpCodes.Ldarg_1);
            il.Emit(OpCodes.Castclass, type);
            il.Emit(OpCodes.Ldarg_0);
            il.Emit(OpCodes.Castclass, type);
            il.Emit(OpCodes.Ldfld, field);
            il.Emit(OpCodes.Stfld, field);
        }

        il.Emit(OpCodes.Ret);
        return method.CreateDelegate<FieldCopier>();
    }

    /// <summary>
    /// Per field: its name, then its value (argument 0 is the object or the struct's address, turned
    /// into what <c>ldfld</c> needs by <paramref name="target"/>; argument 1 the writer; 2 the names).
    /// </summary>
    private static void EmitFieldWrites(ILGenerator il, FieldLayout layout, Action<ILGenerator> target, bool permitDeferred)
    {
        for (int i = 0; i < layout.Count; i++)
        {
            var field = layout.Fields[i];
            EmitProperty(il, i);
            if (IsPointer(field.FieldType))
            {
                il.Emit(OpCodes.Ldarg_1);
                il.Emit(OpCodes.Ldstr, layout.Names[i]);
                il.Emit(OpCodes.Call, RefusePointer);
                continue;
            }

            if (permitDeferred && IsDeferred(field.FieldType))
            {
                il.Emit(OpCodes.Ldarg_1);
                il.Emit(OpCodes.Call, PermitDeferred);
            }

            il.Emit(OpCodes.Ldarg_1);
            il.Emit(OpCodes.Ldarg_0);
            target(il);
            il.Emit(OpCodes.Ldfld, field);
            EmitWriteValue(il, field.FieldType);
        }

        il.Emit(OpCodes.Ret);
    }

    private static ObjectFieldReader DeferredFieldReader(FieldInfo field)
    {
        var read = typeof(AccessorCompiler).GetMethod(nameof(ReadDeferredField), BindingFlags.NonPublic | BindingFlags.Static)!.MakeGenericMethod(field.FieldType);
        return (ObjectFieldReader)read.Invoke(null, new object[] { field })!;
    }

    private static ObjectFieldReader ReadDeferredField<T>(FieldInfo field) =>
        (object target, GraphReader reader, ref Utf8JsonReader json) =>
        {
            reader.DeferTo(value => field.SetValue(target, value));
            field.SetValue(target, ValueCodec<T>.Read(reader, ref json));
        };

    private static DynamicMethod New(string name, Type returnType, params Type[] parameters) =>
        new(name, returnType, parameters, typeof(AccessorCompiler).Module, skipVisibility: true);

    private static void EmitProperty(ILGenerator il, int index)
    {
        il.Emit(OpCodes.Ldarg_1);
        il.Emit(OpCodes.Ldarg_2);
        il.Emit(OpCodes.Ldc_I4, index);
        il.Emit(OpCodes.Ldelem, typeof(JsonEncodedText));
        il.Emit(OpCodes.Call, Property);
    }

    /// <summary>Turns the <c>object</c> argument into what <c>ldfld</c>/<c>stfld</c> of <paramref name="type"/> need.</summary>
    private static void EmitTarget(ILGenerator il, Type type) =>
        il.Emit(type.IsValueType ? OpCodes.Unbox : OpCodes.Castclass, type);

    /// <summary>Stack: writer, value → (nothing).</summary>
    private static void EmitWriteValue(ILGenerator il, Type type)
    {
        if (ScalarValues.TryGet(type, out var write, out _))
        {
            il.Emit(OpCodes.Call, write);
        }
        else if (!type.IsValueType)
        {
            il.Emit(OpCodes.Call, WriteReference);
        }
        else
        {
            il.Emit(OpCodes.Call, typeof(ValueCodec<>).MakeGenericType(type).GetMethod(nameof(ValueCodec<int>.WriteValue))!);
        }
    }

    /// <summary>Stack: reader, ref json → value.</summary>
    private static void EmitReadValue(ILGenerator il, Type type)
    {
        if (ScalarValues.TryGet(type, out _, out var read))
        {
            il.Emit(OpCodes.Call, read);
        }
        else if (!type.IsValueType)
        {
            il.Emit(OpCodes.Call, ReadReference);
            if (type != typeof(object))
            {
                il.Emit(OpCodes.Castclass, type);
            }
        }
        else
        {
            il.Emit(OpCodes.Call, typeof(ValueCodec<>).MakeGenericType(type).GetMethod(nameof(ValueCodec<int>.ReadValue))!);
        }
    }
}
