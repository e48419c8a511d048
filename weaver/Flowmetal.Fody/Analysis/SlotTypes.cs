using Mono.Cecil;

namespace Flowmetal.Fody.Analysis;

/// <summary>Maps declared types to evaluation-stack slots (ECMA-335 I.12.1, III.1.1).</summary>
internal sealed class SlotTypes
{
    private readonly ModuleDefinition _module;

    public SlotTypes(ModuleDefinition module)
    {
        _module = module;
        Object = module.TypeSystem.Object;
        Int32 = module.TypeSystem.Int32;
        Int64 = module.TypeSystem.Int64;
        NativeInt = module.TypeSystem.IntPtr;
        Single = module.TypeSystem.Single;
        Double = module.TypeSystem.Double;
    }

    public TypeReference Object { get; }

    public TypeReference Int32 { get; }

    public TypeReference Int64 { get; }

    public TypeReference NativeInt { get; }

    public TypeReference Single { get; }

    public TypeReference Double { get; }

    public TypeReference CoreType(string @namespace, string name, bool valueType) =>
        new(@namespace, name, _module, _module.TypeSystem.CoreLibrary, valueType);

    public static StackSlot FromDeclared(TypeReference declared, Mono.Cecil.Cil.Instruction? producer)
    {
        var type = GenericSubstitution.StripModifiers(declared);
        if (type is PinnedType pinned)
        {
            type = GenericSubstitution.StripModifiers(pinned.ElementType);
        }

        switch (type)
        {
            case ByReferenceType:
                return new StackSlot(SlotKind.ByRef, type, producer);
            case PointerType:
            case FunctionPointerType:
                return new StackSlot(SlotKind.Pointer, type, producer);
            case GenericParameter:
                return new StackSlot(SlotKind.ValueType, type, producer);
        }

        switch (type.MetadataType)
        {
            case MetadataType.Boolean:
            case MetadataType.Char:
            case MetadataType.SByte:
            case MetadataType.Byte:
            case MetadataType.Int16:
            case MetadataType.UInt16:
            case MetadataType.Int32:
            case MetadataType.UInt32:
                return new StackSlot(SlotKind.Int32, type, producer);
            case MetadataType.Int64:
            case MetadataType.UInt64:
                return new StackSlot(SlotKind.Int64, type, producer);
            case MetadataType.IntPtr:
            case MetadataType.UIntPtr:
                return new StackSlot(SlotKind.NativeInt, type, producer);
            case MetadataType.Single:
            case MetadataType.Double:
                return new StackSlot(SlotKind.Float, type, producer);
            case MetadataType.Void:
                throw new InvalidOperationException("void has no stack slot");
        }

        var underlying = EnumUnderlyingType(type);
        if (underlying is not null)
        {
            var kind = FromDeclared(underlying, producer).Kind;
            return new StackSlot(kind, type, producer);
        }

        if (type.IsValueType || IsValueTypeByDefinition(type))
        {
            return new StackSlot(SlotKind.ValueType, type, producer);
        }

        return new StackSlot(SlotKind.ObjectRef, type, producer);
    }

    public static StackSlot Make(SlotKind kind, TypeReference type, Mono.Cecil.Cil.Instruction? producer) => new(kind, type, producer);

    /// <summary>The slot two paths agree on at a join, or null when they cannot agree.</summary>
    public StackSlot? Merge(StackSlot a, StackSlot b)
    {
        var producer = a.Producer == b.Producer ? a.Producer : null;
        if (a.Type.FullName == b.Type.FullName && a.Kind == b.Kind)
        {
            return a.WithProducer(producer);
        }

        bool aRef = a.Kind is SlotKind.ObjectRef or SlotKind.Null;
        bool bRef = b.Kind is SlotKind.ObjectRef or SlotKind.Null;
        if (aRef && bRef)
        {
            if (a.Kind == SlotKind.Null)
            {
                return b.WithProducer(producer);
            }

            if (b.Kind == SlotKind.Null)
            {
                return a.WithProducer(producer);
            }

            return new StackSlot(SlotKind.ObjectRef, CommonBase(a.Type, b.Type), producer);
        }

        if (a.Kind != b.Kind)
        {
            return null;
        }

        return a.Kind switch
        {
            SlotKind.Int32 => new StackSlot(SlotKind.Int32, Int32, producer),
            SlotKind.Int64 => new StackSlot(SlotKind.Int64, Int64, producer),
            SlotKind.NativeInt => new StackSlot(SlotKind.NativeInt, NativeInt, producer),
            SlotKind.Float => new StackSlot(SlotKind.Float, Double, producer),
            SlotKind.ByRef => new StackSlot(SlotKind.ByRef, a.Type, null),
            _ => null,
        };
    }

    private TypeReference CommonBase(TypeReference a, TypeReference b)
    {
        var ancestors = new HashSet<string>();
        for (var t = a; t is not null; t = BaseOf(t))
        {
            ancestors.Add(t.FullName);
        }

        for (var t = b; t is not null; t = BaseOf(t))
        {
            if (ancestors.Contains(t.FullName))
            {
                return t;
            }
        }

        return Object;
    }

    private TypeReference? BaseOf(TypeReference type)
    {
        if (type is ArrayType || type is GenericInstanceType)
        {
            // Keep it simple and sound: generic instances and arrays meet at object.
            return type.FullName == Object.FullName ? null : Object;
        }

        var definition = type.TryResolve();

        if (definition?.BaseType is null || definition.BaseType is GenericInstanceType)
        {
            return type.FullName == Object.FullName ? null : Object;
        }

        return definition.BaseType;
    }

    private static TypeReference? EnumUnderlyingType(TypeReference type)
    {
        if (type is ArrayType || type is GenericInstanceType)
        {
            return null;
        }

        if (type.TryResolve() is not { } definition)
        {
            return null;
        }

        if (definition is null || !definition.IsEnum)
        {
            return null;
        }

        return definition.Fields.First(f => !f.IsStatic).FieldType;
    }

    private static bool IsValueTypeByDefinition(TypeReference type)
    {
        if (type is ArrayType || type is GenericInstanceType { ElementType.IsValueType: false })
        {
            return false;
        }

        return type.TryResolve()?.IsValueType ?? false;
    }
}
