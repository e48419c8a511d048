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
    public void AFrameWhoseBodyHashDiffersResumesAtTheSameCallWithItsValuesByName()
    {
        var original = _serializer.Deserialize(SuspendedContinuation());
        var document = JsonNode.Parse(SuspendedContinuation())!.AsObject();
        var frame = document["types"]!.AsArray().OfType<JsonObject>().First();
        frame["h"] = "0000000000000000";

        var loaded = _serializer.Deserialize(Encoding.UTF8.GetBytes(document.ToJsonString()));

        Assert.AreEqual(original.Frames.Count, loaded.Frames.Count);
        Assert.AreEqual(original.Frames[0].ResumePoint, loaded.Frames[0].ResumePoint);
    }

    [TestMethod]
    public void AFrameWhoseBodyHashDiffersWithoutPointKeysIsRefusedNamingItsMethod()
    {
        var document = JsonNode.Parse(SuspendedContinuation())!.AsObject();
        var frame = document["types"]!.AsArray().OfType<JsonObject>().First();
        frame["h"] = "0000000000000000";
        frame["v"]!.AsObject().Remove("pk");

        var error = Assert.ThrowsExactly<FlowResumeException>(() => _serializer.Deserialize(Encoding.UTF8.GetBytes(document.ToJsonString())));

        StringAssert.Contains(error.Message, "changed since the flow suspended in it");
        StringAssert.Contains(error.Message, "ExactStateFlows");
    }

    [TestMethod]
    public void AFrameWhoseCallIsGoneIsRefusedNamingMethodAndCallAndTheBuildThatCanResumeIt()
    {
        var document = JsonNode.Parse(SuspendedContinuation())!.AsObject();
        var frame = document["types"]!.AsArray().OfType<JsonObject>().First();
        frame["h"] = "0000000000000000";
        frame["v"]!["b"] = "Old.Build 1.0.0.0 (00c0ffee)";
        var keys = frame["v"]!["pk"]!.AsArray();
        for (int i = 0; i < keys.Count; i++)
        {
            keys[i] = "Gone.Type::Gone()";
        }

        var error = Assert.ThrowsExactly<FlowResumeException>(() => _serializer.Deserialize(Encoding.UTF8.GetBytes(document.ToJsonString())));

        StringAssert.Contains(error.Message, "ExactStateFlows");
        StringAssert.Contains(error.Message, "Gone.Type::Gone() #0");
        StringAssert.Contains(error.Message, "no longer has that call");
        Assert.AreEqual("Old.Build 1.0.0.0 (00c0ffee)", error.NeedsBuild);
    }

    [TestMethod]
    public void AFrameTypeThisBuildDoesNotHaveWaitsForTheBuildThatStoredIt()
    {
        var document = JsonNode.Parse(SuspendedContinuation())!.AsObject();
        var frame = document["types"]!.AsArray().OfType<JsonObject>().First();
        frame["n"] = frame["n"]!.GetValue<string>().Replace("FlowFrame", "FlowFrameOfARenamedMethod", StringComparison.Ordinal);
        frame["v"]!["b"] = "Old.Build 1.0.0.0 (00c0ffee)";

        var error = Assert.ThrowsExactly<FlowResumeException>(() => _serializer.Deserialize(Encoding.UTF8.GetBytes(document.ToJsonString())));

        StringAssert.Contains(error.Message, "FlowFrameOfARenamedMethod");
        StringAssert.Contains(error.Message, "renamed, removed or overloaded");
        Assert.AreEqual("Old.Build 1.0.0.0 (00c0ffee)", error.NeedsBuild);
    }

    [TestMethod]
    public void ALiveLocalTheStoredFrameHasNoValueForIsRefusedNamingIt()
    {
        // As if the build that stored the flow had called the local 'state': this build's 'status' has no stored value.
        var document = JsonNode.Parse(SuspendedContinuation())!.AsObject();
        var frame = document["types"]!.AsArray().OfType<JsonObject>().First(t => t["v"]?["ps"]?.ToJsonString().Contains("local:status", StringComparison.Ordinal) == true);
        frame["h"] = "0000000000000000";
        var slots = frame["v"]!["ps"]!.AsArray();
        for (int i = 0; i < slots.Count; i++)
        {
            slots[i] = slots[i]!.GetValue<string>().Replace("local:status", "local:state", StringComparison.Ordinal);
        }

        var error = Assert.ThrowsExactly<FlowResumeException>(() => _serializer.Deserialize(Encoding.UTF8.GetBytes(document.ToJsonString())));

        StringAssert.Contains(error.Message, "ExactStateFlows::SmartEnumBranch()");
        StringAssert.Contains(error.Message, "local 'status'");
        StringAssert.Contains(error.Message, "is live there in this build and the stored frame has no value for it");
        StringAssert.Contains(error.Message, "[FlowUpgrader(");
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
