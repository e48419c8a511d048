using Flowmetal.Execution;
using Flowmetal.Fody.Passes;
using Mono.Cecil;
using Mono.Cecil.Cil;

namespace Flowmetal.Fody.Rewriting;

/// <summary>
/// Builds the heap frame type of one woven method from its <see cref="FrameLayout"/>: a private sealed class
/// nested in the method's type (so it may name the type's private nested types), deriving from the runtime's
/// <c>Frame</c>, generic over the type's and the method's generic parameters, with one typed public field per
/// saved value and the identity attribute. Made by the rewriter, once the method is sure to be woven.
/// </summary>
internal sealed class FrameTypeBuilder
{
    private readonly MethodDefinition _method;
    private readonly RuntimeReferences _runtime;
    private readonly Dictionary<FrameField, FieldDefinition> _fields = new();

    public FrameTypeBuilder(MethodDefinition method, RuntimeReferences runtime, FrameLayout layout)
    {
        _method = method;
        _runtime = runtime;
        var module = method.Module;
        Definition = new TypeDefinition(
            string.Empty,
            MethodIdentity.FrameTypeName(method),
            TypeAttributes.NestedPrivate | TypeAttributes.Sealed | TypeAttributes.BeforeFieldInit | TypeAttributes.Class,
            runtime.Frame);
        method.DeclaringType.NestedTypes.Add(Definition);
        Definition.CustomAttributes.Add(new CustomAttribute(runtime.CompilerGeneratedConstructor));

        foreach (var parameter in method.DeclaringType.GenericParameters.Concat(method.GenericParameters))
        {
            Definition.GenericParameters.Add(new GenericParameter(parameter.Name, Definition)
            {
                Attributes = parameter.Attributes & ~GenericParameterAttributes.VarianceMask,
            });
        }

        var sources = method.DeclaringType.GenericParameters.Concat(method.GenericParameters).ToList();
        for (int i = 0; i < sources.Count; i++)
        {
            foreach (var constraint in sources[i].Constraints)
            {
                Definition.GenericParameters[i].Constraints.Add(new GenericParameterConstraint(MapToFrame(constraint.ConstraintType)));
            }
        }

        var constructor = new MethodDefinition(
            ".ctor",
            MethodAttributes.Public | MethodAttributes.HideBySig | MethodAttributes.SpecialName | MethodAttributes.RTSpecialName,
            module.TypeSystem.Void);
        var il = constructor.Body.GetILProcessor();
        il.Emit(OpCodes.Ldarg_0);
        il.Emit(OpCodes.Call, runtime.FrameConstructor);
        il.Emit(OpCodes.Ret);
        Definition.Methods.Add(constructor);

        if (Definition.HasGenericParameters)
        {
            var instance = new GenericInstanceType(Definition);
            foreach (var parameter in method.DeclaringType.GenericParameters)
            {
                instance.GenericArguments.Add(parameter);
            }

            foreach (var parameter in method.GenericParameters)
            {
                instance.GenericArguments.Add(parameter);
            }

            InMethod = instance;
            Constructor = new MethodReference(".ctor", module.TypeSystem.Void, instance) { HasThis = true };
        }
        else
        {
            InMethod = Definition;
            Constructor = constructor;
        }

        foreach (var planned in layout.Fields)
        {
            var field = new FieldDefinition(planned.Name, FieldAttributes.Public, MapToFrame(planned.TypeInMethod));
            Definition.Fields.Add(field);
            _fields.Add(planned, field);
        }

        Describe(layout);
    }

    public TypeDefinition Definition { get; }

    /// <summary>The frame type as the woven method names it (instantiated over its own generic parameters).</summary>
    public TypeReference InMethod { get; }

    public MethodReference Constructor { get; }

    /// <summary>The planned field as the method references it (through the frame instantiated over its own generic parameters).</summary>
    public FieldReference Field(FrameField planned)
    {
        var field = _fields[planned];
        return Definition.HasGenericParameters ? new FieldReference(field.Name, field.FieldType, InMethod) : field;
    }

    /// <summary>Adds the identity attribute: method id, body hash, source file and the line of each resume point.</summary>
    private void Describe(FrameLayout layout)
    {
        var module = _method.Module;
        var attribute = new CustomAttribute(_runtime.WovenFrameAttributeConstructor);
        attribute.ConstructorArguments.Add(new CustomAttributeArgument(module.TypeSystem.String, layout.MethodId));
        attribute.ConstructorArguments.Add(new CustomAttributeArgument(module.TypeSystem.String, layout.BodyHash));
        attribute.ConstructorArguments.Add(new CustomAttributeArgument(module.TypeSystem.String, layout.SourceFile));
        var intArray = new ArrayType(module.TypeSystem.Int32);
        attribute.ConstructorArguments.Add(new CustomAttributeArgument(
            intArray,
            layout.ResumeLines.Select(line => new CustomAttributeArgument(module.TypeSystem.Int32, line)).ToArray()));
        if (layout.PointKeys is not null && layout.PointSlots is not null && layout.LocalNames is not null)
        {
            // What a later build needs to resume a frame of this one after the method changed.
            var strings = new ArrayType(module.TypeSystem.String);
            attribute.Properties.Add(new CustomAttributeNamedArgument(WovenContract.Members.PointKeys, Strings(layout.PointKeys)));
            attribute.Properties.Add(new CustomAttributeNamedArgument(WovenContract.Members.PointSlots, Strings(layout.PointSlots)));
            attribute.Properties.Add(new CustomAttributeNamedArgument(WovenContract.Members.LocalNames, Strings(layout.LocalNames)));

            CustomAttributeArgument Strings(IReadOnlyList<string> values) => new(
                strings,
                values.Select(v => new CustomAttributeArgument(module.TypeSystem.String, v)).ToArray());
        }

        Definition.CustomAttributes.Add(attribute);
    }

    /// <summary>Rewrites generic parameters of the method and its type into the frame's own.</summary>
    private TypeReference MapToFrame(TypeReference type)
    {
        switch (type)
        {
            case GenericParameter parameter:
                int typeCount = _method.DeclaringType.GenericParameters.Count;
                if (parameter.Type == GenericParameterType.Type)
                {
                    return Definition.GenericParameters[parameter.Position];
                }

                return Definition.GenericParameters[typeCount + parameter.Position];
            case ArrayType array:
                var element = MapToFrame(array.ElementType);
                if (array.IsVector)
                {
                    return new ArrayType(element);
                }

                var copy = new ArrayType(element, array.Rank);
                for (int i = 0; i < array.Rank; i++)
                {
                    copy.Dimensions[i] = array.Dimensions[i];
                }

                return copy;
            case GenericInstanceType instance:
                var mapped = new GenericInstanceType(instance.ElementType);
                foreach (var argument in instance.GenericArguments)
                {
                    mapped.GenericArguments.Add(MapToFrame(argument));
                }

                return mapped;
            case ByReferenceType byRef:
                return new ByReferenceType(MapToFrame(byRef.ElementType));
            case RequiredModifierType required:
                return MapToFrame(required.ElementType);
            case OptionalModifierType optional:
                return MapToFrame(optional.ElementType);
            default:
                return type;
        }
    }
}
