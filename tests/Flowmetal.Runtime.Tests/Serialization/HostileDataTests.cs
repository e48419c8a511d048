using System.Text;
using System.Text.Json.Nodes;
using Flowmetal.Execution;
using Flowmetal.Runtime.Flows;
using Flowmetal.Serialization;

namespace Flowmetal.Runtime.Tests.Serialization;

/// <summary>
/// Stored data written by someone who can write to the store, or damaged by a bug: each is refused
/// with <see cref="FlowSerializationException"/> or <see cref="FlowResumeException"/> naming what is
/// wrong, without crashing the process, creating a refused type, calling a method no woven code
/// made a delegate of, or allocating more than the bytes it read.
/// </summary>
[TestClass]
public sealed class HostileDataTests
{
    private readonly ContinuationSerializer _serializer = new();

    [TestMethod]
    public void ARuntimeTypeObjectIsNeverMadeFieldByField()
    {
        // Made uninitialized, a RuntimeType crashes the process on first use.
        var error = Load("{\"fmt\":2,\"types\":[\"System.RuntimeType\"],\"objects\":[{\"$t\":0}],\"value\":0}");

        StringAssert.Contains(error.Message, "$v");
    }

    [TestMethod]
    public void ARuntimeTypeNamedByAnyOtherTypeEntryIsRefused()
    {
        var error = Load("{\"fmt\":2,\"types\":[\"System.Reflection.TypeDelegator\"],\"objects\":[{\"$t\":0}],\"value\":0}");

        StringAssert.Contains(error.Message, "refused");
    }

    [TestMethod]
    public void ADelegateToAMethodNoWovenCodeTakesTheAddressOfIsRefused()
    {
        // A private method of a woven assembly that no lambda or method group refers to.
        var document = "{\"fmt\":2,\"types\":[\"System.Func`1[[System.String]]\",\"Flowmetal.Runtime.Flows.Support.SideEffects, Flowmetal.Runtime.Flows\"]," +
            "\"objects\":[{\"$t\":0,\"calls\":[{\"t\":1,\"m\":\"Secret\",\"p\":[]}]}],\"value\":0}";

        var error = Load(document);

        StringAssert.Contains(error.Message, "Secret");
        StringAssert.Contains(error.Message, "may not call");
    }

    [TestMethod]
    public void ADelegateToAReflectionMethodIsRefused()
    {
        // Type.InvokeMember and the like would call anything: no method of a reflection type is a delegate target.
        var document = "{\"fmt\":2,\"types\":[\"System.Func`1[[System.String]]\",\"System.Type\",\"System.RuntimeType\",\"System.Int32\"]," +
            "\"objects\":[{\"$t\":0,\"calls\":[{\"t\":1,\"m\":\"get_FullName\",\"p\":[],\"o\":1}]},{\"$t\":2,\"$v\":3}],\"value\":0}";

        var error = Load(document);

        StringAssert.Contains(error.Message, "may not call");
    }

    [TestMethod]
    public void AStaticMemberOutsideTheAllowListIsRefused()
    {
        var error = Load("{\"fmt\":2,\"types\":[\"System.AppContext\"],\"objects\":[{\"$static\":0,\"m\":\"s_dataStore\"}],\"value\":0}");

        StringAssert.Contains(error.Message, "not a static member a stored flow may name");
    }

    [TestMethod]
    public void AFrameWhoseBodyHashWasRemovedIsRefused()
    {
        var document = JsonNode.Parse(SuspendedContinuation())!.AsObject();
        var types = document["types"]!.AsArray();
        int frame = types.Select((t, i) => (t, i)).First(x => x.t is JsonObject).i;
        types[frame] = types[frame]!["n"]!.GetValue<string>();

        var error = Assert.ThrowsExactly<FlowResumeException>(() => _serializer.Deserialize(Encoding.UTF8.GetBytes(document.ToJsonString())));

        StringAssert.Contains(error.Message, "which \"types\" does not list as a frame type");
    }

    [TestMethod]
    public void DeclaredArrayLengthsAreCheckedAgainstTheElementsPresent()
    {
        var error = Load("{\"fmt\":2,\"types\":[\"System.Int32[,]\"],\"objects\":[{\"$t\":0,\"$n\":[100000,100000],\"$v\":[]}],\"value\":0}");

        StringAssert.Contains(error.Message, "declares 100000x100000 elements but holds 0");
    }

    [TestMethod]
    public void AFieldOfTheWrongTypeIsReportedAsDamage()
    {
        // ExactStateFlows.Node.Next is a Node; here it refers to a List<int>.
        var error = Load("{\"fmt\":2,\"types\":[\"Flowmetal.Runtime.Flows.ExactStateFlows+Node, Flowmetal.Runtime.Flows\",\"System.Collections.Generic.List`1[[System.Int32]]\"]," +
            "\"objects\":[{\"$t\":0,\"Value\":1,\"Next\":1},{\"$t\":1,\"_items\":null,\"_size\":0,\"_version\":0}],\"value\":0}");

        StringAssert.Contains(error.Message, "damaged");
    }

    [TestMethod]
    public void AnUnknownFieldIsReportedNamingTypeAndField()
    {
        var error = Load("{\"fmt\":2,\"types\":[\"Flowmetal.Runtime.Flows.ExactStateFlows+Node, Flowmetal.Runtime.Flows\"],\"objects\":[{\"$t\":0,\"Weight\":3}],\"value\":0}");

        StringAssert.Contains(error.Message, "'Weight'");
        StringAssert.Contains(error.Message, "ExactStateFlows.Node");
    }

    [TestMethod]
    public void DataStoredByAnOlderFlowmetalIsRefusedSayingSo()
    {
        var error = Load("{\"V\":{\"$p\":\"System.Int32\",\"v\":5}}");

        StringAssert.Contains(error.Message, "older than this one");
    }

    [TestMethod]
    public void TruncatedDataIsReportedAsTruncated()
    {
        var bytes = _serializer.SerializeValue(new List<string> { "a", "b" }, "test");

        var error = Assert.ThrowsExactly<FlowSerializationException>(() => _serializer.DeserializeValue(bytes.AsSpan(0, bytes.Length - 5).ToArray(), "the payload"));

        StringAssert.Contains(error.Message, "The payload is damaged");
    }

    [TestMethod]
    public void ANumberOutOfRangeIsReportedAsDamage()
    {
        var error = Load("{\"fmt\":2,\"types\":[\"System.Int32\"],\"objects\":[{\"$t\":0,\"$v\":99999999999}],\"value\":0}");

        StringAssert.Contains(error.Message, "damaged");
    }

    private FlowSerializationException Load(string document) =>
        Assert.ThrowsExactly<FlowSerializationException>(() => _serializer.DeserializeValue(Encoding.UTF8.GetBytes(document), "the payload"));

    private byte[] SuspendedContinuation()
    {
        var entry = typeof(ExactStateFlows).GetMethod(nameof(ExactStateFlows.SmartEnumBranch))!;
        var step = (SuspendedStep)FlowRunner.Run(entry, null, Array.Empty<object?>(), null, ResumeInput.None);
        return _serializer.Serialize(step.Continuation);
    }
}
