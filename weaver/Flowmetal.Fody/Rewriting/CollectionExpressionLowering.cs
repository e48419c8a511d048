using Flowmetal.Fody.Analysis;
using Mono.Cecil;
using Mono.Cecil.Cil;
using Mono.Cecil.Rocks;

namespace Flowmetal.Fody.Rewriting;

/// <summary>
/// <c>List&lt;string&gt; names = [Name("x"), Name("y")];</c> compiles to a list made with its final
/// count (<c>CollectionsMarshal.SetCount</c>) whose elements are written through a span over it
/// (<c>CollectionsMarshal.AsSpan</c>, then <c>span[i] = Name(...)</c>): the span local and the
/// element's address are live across <c>Name</c>, and neither can be kept in a frame. When that
/// span is live across a call that may suspend, the elements are added instead
/// (<c>list.Add(Name(...))</c>, on the list the expression keeps on the stack), which builds the
/// same list: same elements, count and capacity, and nothing can see the list before it is done.
/// Only the shape without spreads (<c>..other</c>) is rewritten; others are left as they are.
/// </summary>
internal static class CollectionExpressionLowering
{
    public static void Apply(MethodDefinition method, Func<Instruction, bool> maySuspend)
    {
        var body = method.Body;
        if (!body.Variables.Any(v => IsSpan(v.VariableType)))
        {
            return;
        }

        body.SimplifyMacros();
        var index = new MethodIndex(body);
        var stack = StackTypeAnalysis.Run(method, index, new SlotTypes(method.Module));
        if (stack.Failure is not null)
        {
            return;
        }

        foreach (var span in body.Variables.Where(v => IsSpan(v.VariableType)).ToList())
        {
            var shape = Match(span, index, stack);
            if (shape is null)
            {
                continue;
            }

            int first = index[shape.Store];
            int last = index[shape.Elements[shape.Elements.Count - 1].Store];
            if (!index.Instructions.Skip(first).Take(last - first).Any(maySuspend))
            {
                continue;
            }

            Rewrite(method, shape);
        }
    }

    /// <summary>The instructions of one collection expression over <paramref name="span"/>, or null when it is not the plain shape.</summary>
    private static Shape? Match(VariableDefinition span, MethodIndex index, StackTypeAnalysis stack)
    {
        var uses = index.Instructions.Where(i => i.Operand == span).ToList();
        var stores = uses.Where(u => u.OpCode.Code == Code.Stloc).ToList();
        if (stores.Count != 1)
        {
            return null;
        }

        // dup; call CollectionsMarshal.AsSpan<T>(list); stloc span
        var store = stores[0];
        var asSpan = Before(store);
        var asSpanDup = Before(asSpan);
        if (asSpan is null || !IsMarshal(asSpan, "AsSpan") || asSpanDup?.OpCode.Code != Code.Dup)
        {
            return null;
        }

        // dup; ldc.i4 n | ldloc n; call CollectionsMarshal.SetCount<T>(list, n)
        var setCount = Before(asSpanDup);
        var count = Before(setCount);
        var setCountDup = Before(count);
        if (setCount is null || !IsMarshal(setCount, "SetCount") || setCountDup?.OpCode.Code != Code.Dup ||
            count!.OpCode.Code is not (Code.Ldc_I4 or Code.Ldloc))
        {
            return null;
        }

        var marshal = (GenericInstanceMethod)asSpan.Operand;
        var element = marshal.GenericArguments[0];
        var listOpen = ((GenericInstanceType)marshal.ElementMethod.Parameters[0].ParameterType).ElementType;
        var shape = new Shape(store, new[] { setCountDup, count, setCount, asSpanDup, asSpan, store }, element, listOpen);
        foreach (var use in uses.Where(u => u != store))
        {
            // ldloca span; ldc.i4 k; call Span<T>::get_Item(int); <value>; stind / stobj
            var indexLoad = use.Next;
            var getItem = indexLoad?.Next;
            if (use.OpCode.Code != Code.Ldloca || indexLoad?.OpCode.Code != Code.Ldc_I4 ||
                getItem?.OpCode.Code != Code.Call || getItem.Operand is not MethodReference { Name: "get_Item" } ||
                !stack.Before.TryGetValue(use, out var before) || before.Length == 0 ||
                before[before.Length - 1].Type is not GenericInstanceType { ElementType.FullName: "System.Collections.Generic.List`1" })
            {
                return null;
            }

            var elementStore = index.Instructions.FirstOrDefault(i =>
                IsIndirectStore(i) && stack.Before.TryGetValue(i, out var atStore) && atStore.Length >= 2 && atStore[atStore.Length - 2].Producer == getItem);
            if (elementStore is null)
            {
                return null;
            }

            shape.Elements.Add(new Element(use, indexLoad, getItem, elementStore));
        }

        return shape.Elements.Count == 0 ? null : shape;
    }

    private static void Rewrite(MethodDefinition method, Shape shape)
    {
        foreach (var instruction in shape.Setup)
        {
            instruction.OpCode = OpCodes.Nop;
            instruction.Operand = null;
        }

        // List<T>::Add(!0), on List<T> as the module already references it (through CollectionsMarshal's signature).
        var listType = new GenericInstanceType(shape.ListType) { GenericArguments = { shape.ElementType } };
        var definition = shape.ListType.Resolve().Methods.Single(m => m.Name == "Add" && m.Parameters.Count == 1);
        var reference = new MethodReference(definition.Name, definition.ReturnType, listType) { HasThis = true };
        reference.Parameters.Add(new ParameterDefinition(definition.Parameters[0].ParameterType));
        var add = method.Module.ImportReference(reference);
        foreach (var element in shape.Elements)
        {
            element.Address.OpCode = OpCodes.Dup;
            element.Address.Operand = null;
            element.Index.OpCode = OpCodes.Nop;
            element.Index.Operand = null;
            element.GetItem.OpCode = OpCodes.Nop;
            element.GetItem.Operand = null;
            element.Store.OpCode = OpCodes.Callvirt;
            element.Store.Operand = add;
        }
    }

    /// <summary>The instruction before, past the <c>nop</c>s a Debug build puts between statements.</summary>
    private static Instruction? Before(Instruction? instruction)
    {
        var previous = instruction?.Previous;
        while (previous is { OpCode.Code: Code.Nop })
        {
            previous = previous.Previous;
        }

        return previous;
    }

    private static bool IsSpan(TypeReference type) => type is GenericInstanceType { ElementType.FullName: "System.Span`1" };

    private static bool IsMarshal(Instruction instruction, string name) =>
        instruction.OpCode.Code == Code.Call && instruction.Operand is GenericInstanceMethod method &&
        method.Name == name && method.DeclaringType.FullName == "System.Runtime.InteropServices.CollectionsMarshal";

    private static bool IsIndirectStore(Instruction instruction) => instruction.OpCode.Code is
        Code.Stind_Ref or Code.Stind_I or Code.Stind_I1 or Code.Stind_I2 or Code.Stind_I4 or Code.Stind_I8 or
        Code.Stind_R4 or Code.Stind_R8 or Code.Stobj;

    private sealed class Shape
    {
        public Shape(Instruction store, Instruction[] setup, TypeReference elementType, TypeReference listType)
        {
            Store = store;
            Setup = setup;
            ElementType = elementType;
            ListType = listType;
        }

        /// <summary><c>System.Collections.Generic.List`1</c>, open.</summary>
        public TypeReference ListType { get; }

        /// <summary>The <c>stloc</c> of the span.</summary>
        public Instruction Store { get; }

        /// <summary>SetCount and AsSpan with the <c>dup</c>s and count that feed them.</summary>
        public Instruction[] Setup { get; }

        public TypeReference ElementType { get; }

        public List<Element> Elements { get; } = new();
    }

    /// <summary><c>ldloca span; ldc.i4 k; call get_Item; value; stind</c>: one element written through the span.</summary>
    private sealed class Element
    {
        public Element(Instruction address, Instruction index, Instruction getItem, Instruction store)
        {
            Address = address;
            Index = index;
            GetItem = getItem;
            Store = store;
        }

        public Instruction Address { get; }

        public Instruction Index { get; }

        public Instruction GetItem { get; }

        public Instruction Store { get; }
    }
}
