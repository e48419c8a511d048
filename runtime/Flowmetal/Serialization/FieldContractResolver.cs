using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text;
using Newtonsoft.Json;
using Newtonsoft.Json.Serialization;

namespace Flowmetal.Serialization;

/// <summary>
/// Serializes objects by their fields (public and private, readonly included), never by their
/// properties, and creates them without running constructors: a frame must come back exactly
/// as it was, whatever the type's public surface looks like. Collections that are not hash based
/// (<c>List</c>, <c>Queue</c>, <c>Stack</c>, their enumerators, user iterators) are objects too, so
/// that their version counters and positions survive; hash-based ones, delegates, string
/// builders and types get Flowmetal's converters; a type the allow list refuses gets a contract
/// that fails naming the value.
/// </summary>
internal sealed class FieldContractResolver : DefaultContractResolver
{
    private readonly TypeAllowList _allowList;

    public FieldContractResolver()
        : this(new TypeAllowList(FlowSerializationOptions.Default))
    {
    }

    public FieldContractResolver(TypeAllowList allowList) => _allowList = allowList;

    protected override List<MemberInfo> GetSerializableMembers(Type objectType)
    {
        var members = new List<MemberInfo>();
        for (var type = objectType; type is not null && type != typeof(object); type = type.BaseType)
        {
            foreach (var field in type.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            {
                members.Add(field);
            }
        }

        return members;
    }

    protected override JsonProperty CreateProperty(MemberInfo member, MemberSerialization memberSerialization)
    {
        var property = base.CreateProperty(member, memberSerialization);
        property.Readable = true;
        property.Writable = true;
        property.Ignored = false;
        if (property.PropertyType is { } declared && GraphValues.IsPolymorphic(declared))
        {
            property.Converter = TypedPrimitiveConverter.Instance;
        }

        if (member.DeclaringType is { } declaring && GetSerializableMembers(member.ReflectedType ?? declaring).Count(m => m.Name == member.Name) > 1)
        {
            // A base and a derived class may both have a private field of the same name.
            property.PropertyName = declaring.Name + "." + member.Name;
        }

        return property;
    }

    protected override JsonContract CreateContract(Type objectType)
    {
        if (InlineArrayConverter.IsInlineArray(objectType))
        {
            var inline = CreateObjectContract(objectType);
            inline.Converter = InlineArrayConverter.Instance;
            return inline;
        }

        if (!objectType.IsInterface && !objectType.IsAbstract && _allowList.Refusal(objectType) is { } refusal)
        {
            var refused = base.CreateObjectContract(objectType);
            refused.Converter = new RefusingConverter(objectType, refusal);
            return refused;
        }

        if (objectType == typeof(decimal) || objectType == typeof(decimal?))
        {
            var number = base.CreateContract(objectType);
            number.Converter = DecimalConverter.Instance;
            return number;
        }

        if (NativeIntegerConverter.Handles(objectType))
        {
            var native = base.CreateContract(objectType);
            native.Converter = NativeIntegerConverter.Instance;
            return native;
        }

        if (objectType == typeof(byte[]))
        {
            // Newtonsoft's own contract writes a byte[] as a base64 string, a primitive without a
            // reference id: two locals sharing one buffer would come back as two copies.
            var bytes = base.CreateContract(objectType);
            bytes.Converter = ArrayReferenceConverter.Instance;
            return bytes;
        }

        if (objectType.IsPrimitive || objectType.IsEnum || objectType == typeof(string) || objectType == typeof(decimal) ||
            objectType == typeof(DateTime) || objectType == typeof(DateTimeOffset) || objectType == typeof(TimeSpan) ||
            objectType == typeof(Guid) || objectType == typeof(object) || Nullable.GetUnderlyingType(objectType) is not null ||
            objectType.IsArray)
        {
            return base.CreateContract(objectType);
        }

        JsonConverter? converter =
            typeof(Delegate).IsAssignableFrom(objectType) ? DelegateConverter.Instance :
            typeof(Type).IsAssignableFrom(objectType) ? TypeReferenceConverter.Instance :
            typeof(Exception).IsAssignableFrom(objectType) ? ExceptionConverter.Instance :
            objectType == typeof(StringBuilder) ? StringBuilderConverter.Instance :
            ComparerConverter.Handles(objectType) ? ComparerConverter.Instance :
            LinkedListConverter.Handles(objectType) ? LinkedListConverter.Instance :
            HashCollectionConverter.Handles(objectType) ? HashCollectionConverter.Instance :
            HashEnumeratorConverter.Handles(objectType) ? HashEnumeratorConverter.Instance :
            null;
        if (objectType.IsInterface || (objectType.IsAbstract && converter is null))
        {
            return base.CreateContract(objectType);
        }

        // Everything else, enumerable or not, is an object of fields: Newtonsoft would otherwise
        // serialize an iterator by enumerating it, and rebuild a List without its version.
        var contract = CreateObjectContract(objectType);
        contract.Converter = converter;
        return contract;
    }

    protected override JsonArrayContract CreateArrayContract(Type objectType)
    {
        var contract = base.CreateArrayContract(objectType);
        if (objectType.IsArray)
        {
            contract.Converter = ArrayReferenceConverter.Instance;
        }
        else if (contract.CollectionItemType is { } item && GraphValues.IsPolymorphic(item))
        {
            contract.ItemConverter = TypedPrimitiveConverter.Instance;
        }

        return contract;
    }

    protected override JsonDictionaryContract CreateDictionaryContract(Type objectType)
    {
        var contract = base.CreateDictionaryContract(objectType);
        if (contract.DictionaryValueType is { } value && GraphValues.IsPolymorphic(value))
        {
            contract.ItemConverter = TypedPrimitiveConverter.Instance;
        }

        return contract;
    }

    protected override JsonObjectContract CreateObjectContract(Type objectType)
    {
        var contract = base.CreateObjectContract(objectType);
        if (!objectType.IsAbstract && !objectType.IsInterface)
        {
            contract.DefaultCreator = () => RuntimeHelpers.GetUninitializedObject(objectType);
            contract.DefaultCreatorNonPublic = false;
        }

        contract.OverrideCreator = null;
        contract.CreatorParameters.Clear();
        if (typeof(Execution.Frame).IsAssignableFrom(objectType))
        {
            // A frame is referenced once, by its continuation: no reference id to write or track.
            contract.IsReference = false;
        }

        return contract;
    }
}
