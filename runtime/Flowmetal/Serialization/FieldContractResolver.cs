using System.Reflection;
using System.Runtime.CompilerServices;
using Newtonsoft.Json;
using Newtonsoft.Json.Serialization;

namespace Flowmetal.Serialization;

/// <summary>
/// Serializes objects by their fields (public and private, readonly included), never by their
/// properties, and creates them without running constructors: a frame must come back exactly
/// as it was, whatever the type's public surface looks like.
/// </summary>
internal sealed class FieldContractResolver : DefaultContractResolver
{
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
        if (property.PropertyType == typeof(object))
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

    protected override JsonArrayContract CreateArrayContract(Type objectType)
    {
        var contract = base.CreateArrayContract(objectType);
        if (objectType.IsArray)
        {
            contract.Converter = ArrayReferenceConverter.Instance;
        }
        else if (contract.CollectionItemType == typeof(object))
        {
            contract.ItemConverter = TypedPrimitiveConverter.Instance;
        }

        return contract;
    }

    protected override JsonDictionaryContract CreateDictionaryContract(Type objectType)
    {
        var contract = base.CreateDictionaryContract(objectType);
        if (contract.DictionaryValueType == typeof(object))
        {
            contract.ItemConverter = TypedPrimitiveConverter.Instance;
        }

        return contract;
    }

    protected override JsonContract CreateContract(Type objectType)
    {
        if (typeof(Delegate).IsAssignableFrom(objectType))
        {
            var contract = CreateObjectContract(objectType);
            contract.Converter = DelegateConverter.Instance;
            return contract;
        }

        return base.CreateContract(objectType);
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
        return contract;
    }
}
