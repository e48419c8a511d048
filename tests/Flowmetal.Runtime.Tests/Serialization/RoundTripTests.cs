using System.Reflection;
using Flowmetal.Execution;
using Flowmetal.Runtime.Flows;
using Flowmetal.Serialization;

namespace Flowmetal.Runtime.Tests.Serialization;

/// <summary>
/// Each kind of state the serializer must carry: the flow run straight through, and run again with
/// every suspension stored as bytes and resumed from them, must give the same result.
/// </summary>
[TestClass]
public sealed class RoundTripTests
{
    public static IEnumerable<object[]> Flows() =>
        typeof(SerializationFlows).GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly)
            .Select(m => new object[] { m.Name });

    [TestMethod]
    [DynamicData(nameof(Flows))]
    public void ResumingFromBytesGivesTheStraightResult(string name)
    {
        var entry = typeof(SerializationFlows).GetMethod(name)!;
        var straight = FlowRunner.RunDirect(() => entry.Invoke(null, null), _ => ResumeInput.None);

        var (throughBytes, suspensions) = RunThroughBytes(entry);

        Assert.IsGreaterThan(0, suspensions);
        Assert.AreEqual(straight, throughBytes);
    }

    [TestMethod]
    public void DictionaryIsRebuiltNotCopiedSoStringKeysHashInAnyProcess()
    {
        var serializer = new ContinuationSerializer();
        var bytes = serializer.SerializeValue(new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase) { ["Key"] = 1 }, "test");
        var json = System.Text.Encoding.UTF8.GetString(bytes);

        var back = (Dictionary<string, int>)serializer.DeserializeValue(bytes, "test")!;

        StringAssert.Contains(json, "\"m\":\"OrdinalIgnoreCase\"");
        Assert.DoesNotContain("_buckets", json);
        Assert.AreEqual(1, back["KEY"]);
        Assert.AreSame(StringComparer.OrdinalIgnoreCase, back.Comparer);
    }

    [TestMethod]
    public void LoneSurrogatesAndEdgeNumbersComeBackExactly()
    {
        var serializer = new ContinuationSerializer();
        var value = new object[] { "a\udc00b\ud800", '\ud800', "ok \ud83d\ude00", -0.000m, nint.MinValue, nuint.MaxValue };

        var back = (object[])serializer.DeserializeValue(serializer.SerializeValue(value, "test"), "test")!;

        Assert.AreEqual("a\udc00b\ud800", back[0]);
        Assert.AreEqual('\ud800', back[1]);
        Assert.AreEqual("ok \ud83d\ude00", back[2]);
        CollectionAssert.AreEqual(decimal.GetBits(-0.000m), decimal.GetBits((decimal)back[3]));
        Assert.AreEqual(nint.MinValue, back[4]);
        Assert.AreEqual(nuint.MaxValue, back[5]);
    }

    [TestMethod]
    public void SharedByteArrayIsOneArrayAfterLoading()
    {
        var serializer = new ContinuationSerializer();
        var bytes = new byte[] { 1, 2, 3 };

        var back = (object[])serializer.DeserializeValue(serializer.SerializeValue(new object[] { bytes, bytes }, "test"), "test")!;

        Assert.AreSame(back[0], back[1]);
        CollectionAssert.AreEqual(bytes, (byte[])back[0]);
    }

    [TestMethod]
    public void LinqResultThatCannotBeStoredSaysToMaterializeIt()
    {
        var serializer = new ContinuationSerializer();
        var groups = new[] { 1, 2, 3 }.ToLookup(x => x % 2);

        var error = Assert.ThrowsExactly<FlowSerializationException>(() => serializer.SerializeValue(groups, "the result"));

        StringAssert.Contains(error.Message, "Lookup");
        StringAssert.Contains(error.Message, ".ToList()");
    }

    [TestMethod]
    public void TypeOutsideTheAllowListIsRefusedOnLoad()
    {
        var serializer = new ContinuationSerializer();
        var hostile = "{\"fmt\":2,\"types\":[\"System.Diagnostics.Process, System.Diagnostics.Process\"],\"objects\":[{\"$t\":0}],\"value\":0}"u8.ToArray();

        var error = Assert.ThrowsExactly<FlowSerializationException>(() => serializer.DeserializeValue(hostile, "the payload"));

        StringAssert.Contains(error.Message, "System.Diagnostics.Process");
        StringAssert.Contains(error.Message, "refused");
    }

    [TestMethod]
    public void TypeAddedInOptionsIsAllowed()
    {
        var refused = new ContinuationSerializer();
        var allowed = new ContinuationSerializer(new FlowSerializationOptions().Allow<UriBuilderLike>());
        var value = new UriBuilderLike { Host = "h" };

        Assert.ThrowsExactly<FlowSerializationException>(() => refused.SerializeValue(value, "the result"));
        var back = (UriBuilderLike)allowed.DeserializeValue(allowed.SerializeValue(value, "the result"), "the result")!;
        Assert.AreEqual("h", back.Host);
    }

    [TestMethod]
    public void DelegateToCodeThatIsNotWovenIsRefusedNamingIt()
    {
        var serializer = new ContinuationSerializer();
        Func<string, int> parse = NotWovenParse;

        var error = Assert.ThrowsExactly<FlowSerializationException>(() => serializer.SerializeValue(parse, "the result"));

        StringAssert.Contains(error.Message, "RoundTripTests.NotWovenParse");
        StringAssert.Contains(error.Message, "may not call");
    }

    private static int NotWovenParse(string text) => text.Length;

    /// <summary>Not woven, not declared by woven code: only allowed through options.</summary>
    public sealed class UriBuilderLike
    {
        public string? Host;
    }

    private static (object? Result, int Suspensions) RunThroughBytes(MethodInfo entry)
    {
        var serializer = new ContinuationSerializer();
        int suspensions = 0;
        var step = FlowRunner.Run(entry, null, Array.Empty<object?>(), null, ResumeInput.None);
        while (step is SuspendedStep suspended)
        {
            suspensions++;
            var bytes = serializer.Serialize(suspended.Continuation);
            step = FlowRunner.Run(entry, null, Array.Empty<object?>(), serializer.Deserialize(bytes), ResumeInput.None);
        }

        return step switch
        {
            CompletedStep completed => (completed.Result, suspensions),
            FailedStep failed => throw new AssertFailedException($"{entry.Name} failed after {suspensions} round trips: {failed.Error}"),
            _ => throw new InvalidOperationException(),
        };
    }
}
