using Flowmetal.Execution;
using Flowmetal.Inspection;
using Flowmetal.Runtime.Flows;
using Flowmetal.Serialization;

namespace Flowmetal.Runtime.Tests.Serialization;

/// <summary>
/// The locals of a stored continuation, read from its JSON alone (no type of the flow loaded):
/// by source name, objects told from numbers by the shapes the writer stores, values rendered as a
/// debugger would.
/// </summary>
[TestClass]
public sealed class StoredStateRendererTests
{
    [TestMethod]
    public void EachFrameShowsItsLocalsAndArgumentsBySourceNameWithTheirValues()
    {
        var entry = typeof(InspectionFlows).GetMethod(nameof(InspectionFlows.Checkout))!;
        var step = (SuspendedStep)FlowRunner.Run(entry, null, new object?[] { 7 }, null, ResumeInput.None);
        var bytes = new ContinuationSerializer().Serialize(step.Continuation);

        var frames = StoredStateRenderer.FrameLocals(bytes);

        // The weaver may inline the innermost helper into its caller: look locals up by name in any frame.
        Assert.IsGreaterThanOrEqualTo(2, frames.Count);
        var checkout = frames[0].ToDictionary(l => l.Name);
        Assert.AreEqual(FlowLocalKind.Argument, checkout["orderId"].Kind);
        Assert.AreEqual("7", checkout["orderId"].Value);
        Assert.AreEqual("Order", checkout["order"].Type);
        Assert.AreEqual("Order { Id = 7, Customer = Customer { Name = \"ann\" }, Lines = List<string>(2) [\"apple\", \"pear\"] }", checkout["order"].Value);

        var review = frames[1].ToDictionary(l => l.Name);
        Assert.AreEqual("Dictionary<string, int>(2) { [\"apple\"] = 1, [\"pear\"] = 2 }", review["counts"].Value);
        Assert.AreEqual("3", review["three"].Value, "a number is not taken for the object of that index");
        Assert.AreEqual("5", review["day"].Value);
        Assert.AreEqual("KeyValuePair<string, Customer> { key = \"owner\", value = Customer { Name = \"ann\" } }", review["pair"].Value);
        StringAssert.StartsWith(review["loop"].Value, "GraphNode { Name = \"loop\", Next = <cycle #");
        Assert.AreEqual("12.50", review["total"].Value);
        Assert.AreEqual(FlowLocalKind.Argument, review["total"].Kind);

        var reason = frames.SelectMany(f => f).Single(l => l.Value == "\"needs a person\"");
        Assert.AreEqual("string", reason.Type);
    }

    [TestMethod]
    public void ArgumentsTakeTheTypesTheirMethodsSignatureDeclares()
    {
        CollectionAssert.AreEqual(
            new[] { "string", "int", "List<string>", "Outer.Inner[]", "Dictionary<string, List<int>>" },
            ArgumentTypes.Parameters("Shop.Flows::Price(System.String,System.Int32,System.Collections.Generic.List`1<System.String>,Shop.Outer/Inner[],System.Collections.Generic.Dictionary`2<System.String,System.Collections.Generic.List`1<System.Int32>>)")!.ToArray());
        Assert.IsNull(ArgumentTypes.Parameters("Shop.Flows::Pick(!!0)"), "a generic parameter's type is not known from the signature");

        FlowLocal Argument(string name, string? type) => new() { Name = name, Kind = FlowLocalKind.Argument, Type = type, Value = "1" };
        var local = new FlowLocal { Name = "total", Kind = FlowLocalKind.Local, Value = "3" };
        var filled = ArgumentTypes.Fill("Shop.Flows::Price(System.String,System.Int32)", new[] { local, Argument("who", "string"), Argument("cents", null) });
        CollectionAssert.AreEqual(new[] { null, "string", "int" }, filled.Select(l => l.Type).ToArray());
        var mismatched = new[] { Argument("who", "Order"), Argument("cents", null) };
        Assert.AreSame(mismatched, ArgumentTypes.Fill("Shop.Flows::Price(System.String,System.Int32)", mismatched), "a signature that does not fit what is stored gives no types");
        var fewer = new[] { Argument("cents", null) };
        Assert.AreSame(fewer, ArgumentTypes.Fill("Shop.Flows::Price(System.String,System.Int32)", fewer));
    }

    [TestMethod]
    public void NamesNestedDeeperThanAnyTypeAreNotReadIntoAStackOverflow()
    {
        const int depth = 100_000;
        var stored = "Evil.T`1" + string.Concat(Enumerable.Repeat("[[Evil.T`1", depth)) + new string(']', 2 * depth);
        var signature = "Evil.F::M(" + string.Concat(Enumerable.Repeat("Evil.T`1<", depth)) + "System.Int32" + new string('>', depth) + ")";

        Assert.AreEqual("Evil.T`1<…>", StoredTypeName.Display(stored));
        Assert.IsNull(ArgumentTypes.Parameters(signature));
    }

    [TestMethod]
    public void StoredTypeNamesReadAsCSharp()
    {
        Assert.AreEqual("Dictionary<string, List<Order>>", StoredTypeName.Display("System.Collections.Generic.Dictionary`2[[System.String],[System.Collections.Generic.List`1[[Shop.Order, Shop]]]]"));
        Assert.AreEqual("int[,]", StoredTypeName.Display("System.Int32[,]"));
        Assert.AreEqual("Checkout.Line", StoredTypeName.Display("Shop.Checkout+Line, Shop"));
        Assert.AreEqual(2, StoredTypeName.ArgumentCount("System.Collections.Generic.Dictionary`2[[System.String],[System.Collections.Generic.List`1[[Shop.Order, Shop]]]]"));
    }
}
