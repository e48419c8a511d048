using System.Text;
using System.Text.Json.Nodes;
using Flowmetal.Execution;
using Flowmetal.Runtime.Flows;
using Flowmetal.Serialization;
using Flowmetal.Serialization.Graph;
using Flowmetal.Storage;

namespace Flowmetal.Runtime.Tests.Versioning;

/// <summary>
/// A continuation names each frame type's description by key and the store keeps it once; a frame whose method changed
/// is resumed from the description the store returns, and waits for the build that stored it when the description is
/// missing, altered or out of reach. Each test edits a stored continuation as a new build would see it.
/// </summary>
[TestClass]
public sealed class StoredFrameTypeTests
{
    private const string OldBuild = "Old.Build 1.0.0.0 (00c0ffee)";

    private readonly ContinuationSerializer _serializer = new();
    private readonly Dictionary<string, ReadOnlyMemory<byte>> _store = new(StringComparer.Ordinal);

    [TestMethod]
    public void AContinuationNamesItsFrameTypesByKeyAndTheirBuildAndCarriesNoDescription()
    {
        var frameTypes = new List<FrameTypeDescription>();
        var bytes = _serializer.Serialize(Suspended(), frameTypes);
        var frames = JsonNode.Parse(bytes)!["types"]!.AsArray().OfType<JsonObject>().Where(t => t["h"] is not null).ToList();

        // SmartEnumBranch and the method it calls: each frame type names its description by key and the build that stored it.
        Assert.HasCount(2, frameTypes);
        CollectionAssert.AreEquivalent(frameTypes.Select(f => f.Key).ToList(), frames.Select(f => f["v"]!.GetValue<string>()).ToList());
        Assert.IsTrue(frameTypes.All(f => FrameVersionInfo.KeyOf(f.Content.Span) == f.Key), "keys are hashes of the content");
        Assert.IsTrue(frames.All(f => f["b"]!.GetValue<string>().StartsWith("Flowmetal.Runtime.Flows ", StringComparison.Ordinal)));
        var text = Encoding.UTF8.GetString(bytes);
        Assert.IsFalse(text.Contains("\"pk\"", StringComparison.Ordinal), text);
        StringAssert.Contains(string.Concat(frameTypes.Select(f => Encoding.UTF8.GetString(f.Content.Span))), "local:status");
    }

    [TestMethod]
    public void AFrameWhoseBodyHashDiffersResumesFromTheStoredDescriptionAtTheSameCallWithItsValuesByName()
    {
        var original = _serializer.Deserialize(Stored(out var document));
        Changed(document);

        var loaded = Load(document);

        Assert.AreEqual(original.Frames.Count, loaded.Frames.Count);
        Assert.AreEqual(original.Frames[0].ResumePoint, loaded.Frames[0].ResumePoint);
    }

    [TestMethod]
    public void AnOlderContinuationWithItsDescriptionInlineStillResumes()
    {
        var original = _serializer.Deserialize(Stored(out var document));
        var frame = Changed(document);
        var inline = JsonNode.Parse(_store[frame["v"]!.GetValue<string>()].ToArray())!.AsObject();
        inline["b"] = frame["b"]!.GetValue<string>();
        frame.Remove("b");
        frame["v"] = inline;
        _store.Clear();

        var loaded = Load(document);

        Assert.AreEqual(original.Frames[0].ResumePoint, loaded.Frames[0].ResumePoint);
    }

    [TestMethod]
    public void AFrameWhoseBodyHashDiffersWithoutPointKeysWaitsForItsBuildNamingItsMethod()
    {
        Stored(out var document);
        var frame = Changed(document);
        Redescribe(frame, description => description.Remove("pk"));

        var error = Assert.ThrowsExactly<FlowResumeException>(() => Load(document));

        StringAssert.Contains(error.Message, "changed since the flow suspended in it");
        StringAssert.Contains(error.Message, "ExactStateFlows");
        Assert.AreEqual(OldBuild, error.NeedsBuild);
    }

    [TestMethod]
    public void AFrameWhoseCallIsGoneIsRefusedNamingMethodAndCallAndTheBuildThatCanResumeIt()
    {
        Stored(out var document);
        var frame = Changed(document);
        Redescribe(frame, description =>
        {
            var keys = description["pk"]!.AsArray();
            for (int i = 0; i < keys.Count; i++)
            {
                keys[i] = "Gone.Type::Gone()";
            }
        });

        var error = Assert.ThrowsExactly<FlowResumeException>(() => Load(document));

        StringAssert.Contains(error.Message, "ExactStateFlows");
        StringAssert.Contains(error.Message, "Gone.Type::Gone() #0");
        StringAssert.Contains(error.Message, "no longer has that call");
        Assert.AreEqual(OldBuild, error.NeedsBuild);
    }

    [TestMethod]
    public void ALiveLocalTheStoredFrameHasNoValueForIsRefusedNamingIt()
    {
        // As if the build that stored the flow had called the local 'state': this build's 'status' has no stored value.
        Stored(out var document);
        var frame = Changed(document);
        Redescribe(frame, description =>
        {
            var slots = description["ps"]!.AsArray();
            for (int i = 0; i < slots.Count; i++)
            {
                slots[i] = slots[i]!.GetValue<string>().Replace("local:status", "local:state", StringComparison.Ordinal);
            }
        });

        var error = Assert.ThrowsExactly<FlowResumeException>(() => Load(document));

        StringAssert.Contains(error.Message, "ExactStateFlows::SmartEnumBranch()");
        StringAssert.Contains(error.Message, "local 'status'");
        StringAssert.Contains(error.Message, "is live there in this build and the stored frame has no value for it");
        StringAssert.Contains(error.Message, "[FlowUpgrader(");
    }

    [TestMethod]
    public void AFrameTypeThisBuildDoesNotHaveWaitsForTheBuildThatStoredIt()
    {
        Stored(out var document);
        var frame = FrameEntry(document);
        frame["n"] = frame["n"]!.GetValue<string>().Replace("FlowFrame", "FlowFrameOfARenamedMethod", StringComparison.Ordinal);
        frame["b"] = OldBuild;

        var error = Assert.ThrowsExactly<FlowResumeException>(() => Load(document));

        StringAssert.Contains(error.Message, "FlowFrameOfARenamedMethod");
        StringAssert.Contains(error.Message, "renamed, removed or overloaded");
        Assert.AreEqual(OldBuild, error.NeedsBuild);
    }

    [TestMethod]
    public void ADescriptionMissingFromTheStoreMakesTheFlowWaitForItsBuildSayingSo()
    {
        Stored(out var document);
        var frame = Changed(document);
        _store.Clear();

        var error = Assert.ThrowsExactly<FlowResumeException>(() => Load(document));

        StringAssert.Contains(error.Message, "ExactStateFlows::SmartEnumBranch()");
        StringAssert.Contains(error.Message, $"(key {frame["v"]!.GetValue<string>()}) is not in the store");
        Assert.AreEqual(OldBuild, error.NeedsBuild);
    }

    [TestMethod]
    public void AnAlteredDescriptionIsNotUsedAndTheFlowWaitsForItsBuild()
    {
        // Someone who can write the store changes what a description says, keeping its key.
        Stored(out var document);
        var key = Changed(document)["v"]!.GetValue<string>();
        _store[key] = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(_store[key].Span).Replace("local:status", "local:other", StringComparison.Ordinal));

        var error = Assert.ThrowsExactly<FlowResumeException>(() => Load(document));

        StringAssert.Contains(error.Message, "does not match its key: it was altered");
        Assert.AreEqual(OldBuild, error.NeedsBuild);
    }

    [TestMethod]
    public void AStoreOutOfReachMakesTheFlowWaitRatherThanFail()
    {
        Stored(out var document);
        Changed(document);

        var error = Assert.ThrowsExactly<FlowResumeException>(() =>
            _serializer.Deserialize(Encoding.UTF8.GetBytes(document.ToJsonString()), _ => throw new TimeoutException("Redis timed out")));

        StringAssert.Contains(error.Message, "from the store failed (TimeoutException: Redis timed out)");
        Assert.AreEqual(OldBuild, error.NeedsBuild);
    }

    private static Continuation Suspended()
    {
        var entry = typeof(ExactStateFlows).GetMethod(nameof(ExactStateFlows.SmartEnumBranch))!;
        return ((SuspendedStep)FlowRunner.Run(entry, null, Array.Empty<object?>(), null, ResumeInput.None)).Continuation;
    }

    /// <summary>Stores the continuation, and its descriptions in <see cref="_store"/>, as a worker of the old build would.</summary>
    private byte[] Stored(out JsonObject document)
    {
        var frameTypes = new List<FrameTypeDescription>();
        var bytes = _serializer.Serialize(Suspended(), frameTypes);
        foreach (var frameType in frameTypes)
        {
            _store[frameType.Key] = frameType.Content;
        }

        document = JsonNode.Parse(bytes)!.AsObject();
        return bytes;
    }

    /// <summary>Makes the frame type look stored by another build of a changed method.</summary>
    private static JsonObject Changed(JsonObject document)
    {
        var frame = FrameEntry(document);
        frame["h"] = "0000000000000000";
        frame["b"] = OldBuild;
        return frame;
    }

    /// <summary>Stores an edited description under its own key, as the old build would have written it, and names it.</summary>
    private void Redescribe(JsonObject frame, Action<JsonObject> edit)
    {
        var description = JsonNode.Parse(_store[frame["v"]!.GetValue<string>()].ToArray())!.AsObject();
        edit(description);
        var content = Encoding.UTF8.GetBytes(description.ToJsonString());
        var key = FrameVersionInfo.KeyOf(content);
        _store[key] = content;
        frame["v"] = key;
    }

    private static JsonObject FrameEntry(JsonObject document) => document["types"]!.AsArray().OfType<JsonObject>().First(t => t["h"] is not null);

    private Continuation Load(JsonObject document) =>
        _serializer.Deserialize(Encoding.UTF8.GetBytes(document.ToJsonString()), key => _store.TryGetValue(key, out var content) ? content : (ReadOnlyMemory<byte>?)null);
}
