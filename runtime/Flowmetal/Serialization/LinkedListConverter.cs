using System.Collections.Concurrent;
using System.Reflection;
using Newtonsoft.Json;

namespace Flowmetal.Serialization;

/// <summary>
/// <see cref="LinkedList{T}"/> and its <see cref="LinkedListNode{T}"/>s. Field by field, each node
/// would nest inside the previous one (a list of 600 items exceeds the reader's depth limit), so
/// a list is written flat: <c>{"$t":...,"$id":"3","v":7,"nodes":["4","5"],"items":[a,b]}</c>, its
/// nodes getting reference ids so that a node held elsewhere (a local, a foreach enumerator's
/// position) comes back as the same node of the rebuilt list. The version is kept so that an
/// enumerator over the list still sees an unchanged list. A node held without its list is written
/// inside it: <c>{"$t":...,"list":{...},"i":1}</c>; a detached node as <c>{"$t":...,"$id":"6","item":x}</c>.
/// </summary>
internal sealed class LinkedListConverter : JsonConverter
{
    public static readonly LinkedListConverter Instance = new();

    private static readonly ConcurrentDictionary<Type, Shape> Shapes = new();

    public static bool Handles(Type type) =>
        type.IsGenericType && (type.GetGenericTypeDefinition() == typeof(LinkedList<>) || type.GetGenericTypeDefinition() == typeof(LinkedListNode<>));

    public override bool CanConvert(Type objectType) => Handles(objectType);

    public override void WriteJson(JsonWriter writer, object? value, JsonSerializer serializer)
    {
        if (value is null)
        {
            writer.WriteNull();
            return;
        }

        var shape = ShapeOf(value.GetType());
        writer.WriteStartObject();
        writer.WritePropertyName("$t");
        writer.WriteValue(GraphValues.BindName(value.GetType(), serializer));
        var resolver = serializer.ReferenceResolver!;
        if (!shape.IsNode)
        {
            writer.WritePropertyName("$id");
            writer.WriteValue(resolver.GetReference(serializer, value));

            // Ids for every node before any item is written: an item may refer to a node.
            var nodes = shape.Nodes(value);
            writer.WritePropertyName("nodes");
            writer.WriteStartArray();
            foreach (var node in nodes)
            {
                writer.WriteValue(resolver.GetReference(serializer, node));
            }

            writer.WriteEndArray();
            writer.WritePropertyName("v");
            writer.WriteValue((int)shape.Version.GetValue(value)!);
            writer.WritePropertyName("items");
            writer.WriteStartArray();
            foreach (var node in nodes)
            {
                GraphValues.Write(writer, shape.Value(node), shape.ItemType, serializer);
            }

            writer.WriteEndArray();
        }
        else if (shape.ListOf(value) is { } list)
        {
            // The list assigns this node its id; Newtonsoft writes a $ref for any later mention.
            writer.WritePropertyName("list");
            serializer.Serialize(writer, list, shape.ListType);
            writer.WritePropertyName("i");
            writer.WriteValue(shape.Nodes(list).IndexOf(value));
        }
        else
        {
            writer.WritePropertyName("$id");
            writer.WriteValue(resolver.GetReference(serializer, value));
            writer.WritePropertyName("item");
            GraphValues.Write(writer, shape.Value(value), shape.ItemType, serializer);
        }

        writer.WriteEndObject();
    }

    public override object? ReadJson(JsonReader reader, Type objectType, object? existingValue, JsonSerializer serializer)
    {
        if (reader.TokenType == JsonToken.Null)
        {
            return null;
        }

        var resolver = serializer.ReferenceResolver!;
        var shape = ShapeOf(objectType);
        string? id = null;
        object? list = null;
        object? node = null;
        int index = -1;
        List<object> nodes = new();
        while (GraphValues.NextProperty(reader) is { } property)
        {
            GraphValues.Next(reader);
            switch (property)
            {
                case "$ref":
                    var target = resolver.ResolveReference(serializer, (string)reader.Value!)
                        ?? throw new JsonSerializationException($"The stored flow refers to linked list #{reader.Value} before defining it: it is damaged.");
                    GraphValues.NextProperty(reader);
                    return target;
                case "$t":
                    var type = GraphValues.BindType((string)reader.Value!, serializer);
                    if (!Handles(type))
                    {
                        throw new JsonSerializationException($"A stored linked list names {type.FullName}: the stored flow is damaged.");
                    }

                    shape = ShapeOf(type);
                    break;
                case "$id":
                    id = (string?)reader.Value;
                    if (shape.IsNode)
                    {
                        node = shape.NewNode();
                        resolver.AddReference(serializer, id!, node);
                    }
                    else
                    {
                        list = shape.NewList();
                        resolver.AddReference(serializer, id!, list);
                    }

                    break;
                case "nodes":
                    while (reader.Read() && reader.TokenType != JsonToken.EndArray)
                    {
                        var created = shape.NewNode();
                        resolver.AddReference(serializer, (string)reader.Value!, created);
                        nodes.Add(created);
                    }

                    break;
                case "v":
                    shape.Version.SetValue(list ?? throw Damaged(), Convert.ToInt32(reader.Value, System.Globalization.CultureInfo.InvariantCulture));
                    break;
                case "items":
                    int at = 0;
                    while (true)
                    {
                        GraphValues.Next(reader);
                        if (reader.TokenType == JsonToken.EndArray)
                        {
                            break;
                        }

                        shape.SetValue(at < nodes.Count ? nodes[at++] : throw Damaged(), GraphValues.Read(reader, shape.ItemType, serializer));
                    }

                    // Linked at the end, when every item is read; the appends move the version,
                    // which is restored after them.
                    break;
                case "item":
                    shape.SetValue(node ?? throw Damaged(), GraphValues.Read(reader, shape.ItemType, serializer));
                    break;
                case "list":
                    list = serializer.Deserialize(reader, shape.ListType);
                    break;
                case "i":
                    index = Convert.ToInt32(reader.Value, System.Globalization.CultureInfo.InvariantCulture);
                    break;
                default:
                    reader.Skip();
                    break;
            }
        }

        if (!shape.IsNode)
        {
            var rebuilt = list ?? throw Damaged();
            var version = shape.Version.GetValue(rebuilt);
            foreach (var each in nodes)
            {
                shape.AddLast(rebuilt, each);
            }

            shape.Version.SetValue(rebuilt, version);
            return rebuilt;
        }

        if (node is not null)
        {
            return node;
        }

        var nodesOfList = shape.Nodes(list ?? throw Damaged());
        return index >= 0 && index < nodesOfList.Count ? nodesOfList[index] : throw Damaged();
    }

    private static JsonSerializationException Damaged() => new("A stored linked list is incomplete: the stored flow is damaged.");

    private static Shape ShapeOf(Type type) => Shapes.GetOrAdd(type, t => new Shape(t));

    private sealed class Shape
    {
        private const BindingFlags Instance = BindingFlags.Instance | BindingFlags.NonPublic | BindingFlags.Public;
        private readonly PropertyInfo _first;
        private readonly PropertyInfo _next;
        private readonly PropertyInfo _list;
        private readonly PropertyInfo _value;
        private readonly ConstructorInfo _newNode;
        private readonly MethodInfo _addLast;

        public Shape(Type type)
        {
            IsNode = type.GetGenericTypeDefinition() == typeof(LinkedListNode<>);
            ItemType = type.GetGenericArguments()[0];
            ListType = typeof(LinkedList<>).MakeGenericType(ItemType);
            var nodeType = typeof(LinkedListNode<>).MakeGenericType(ItemType);
            _first = ListType.GetProperty("First")!;
            _next = nodeType.GetProperty("Next")!;
            _list = nodeType.GetProperty("List")!;
            _value = nodeType.GetProperty("Value")!;
            _newNode = nodeType.GetConstructor(new[] { ItemType })!;
            _addLast = ListType.GetMethod("AddLast", new[] { nodeType })!;
            Version = ListType.GetField("version", Instance)
                ?? throw new NotSupportedException($"This .NET version's LinkedList<T> has no version field Flowmetal knows.");
        }

        public bool IsNode { get; }

        public Type ItemType { get; }

        public Type ListType { get; }

        public FieldInfo Version { get; }

        public object NewList() => Activator.CreateInstance(ListType)!;

        public object NewNode() => _newNode.Invoke(new object?[] { ItemType.IsValueType ? Activator.CreateInstance(ItemType) : null });

        public object? ListOf(object node) => _list.GetValue(node);

        public object? Value(object node) => _value.GetValue(node);

        public void SetValue(object node, object? value) => _value.SetValue(node, value);

        public void AddLast(object list, object node) => _addLast.Invoke(list, new[] { node });

        public List<object> Nodes(object list)
        {
            var nodes = new List<object>();
            for (var node = _first.GetValue(list); node is not null; node = _next.GetValue(node))
            {
                nodes.Add(node);
            }

            return nodes;
        }
    }
}
