using System.Text;
using System.Text.Json.Nodes;
using Flowmetal.Execution;
using Flowmetal.Runtime.Flows;
using Flowmetal.Runtime.Tests.Infrastructure;
using Flowmetal.Serialization;
using Flowmetal.Serialization.Graph;
using Flowmetal.Storage;

namespace Flowmetal.Runtime.Tests.Contract;

/// <summary>A flow left by a worker whose build cannot resume it: for a worker of the build it needs, at no attempt's cost.</summary>
public abstract partial class FlowStoreContract
{
    [TestMethod]
    public async Task LeaveForBuildReleasesTheFlowWithoutCountingTheAttemptAndShowsTheBuildItNeeds()
    {
        var id = await Client.StartAsync(() => ContractFlows.Add(1, 2));
        var first = (await Store.ClaimAsync("w", 10, TimeSpan.FromSeconds(30))).Single();
        Assert.IsTrue((await Store.SaveAsync(first, new FlowSave
        {
            Continuation = new byte[] { 1 },
            Stack = Array.Empty<FlowStackFrame>(),
            Wait = new FlowWait { Kind = FlowWaitKind.Checkpoint, Description = "checkpoint" },
            Release = true,
            Build = "Shop 1.0.0.0 (0badcafe)",
        })).Accepted);
        Assert.AreEqual("Shop 1.0.0.0 (0badcafe)", (await Client.GetAsync(id)).Build, "a stored flow records the build that stored it");
        var lease = (await Store.ClaimAsync("new-build-worker", 10, TimeSpan.FromSeconds(30))).Single();
        var error = new FlowError { Type = "Flowmetal.Execution.FlowResumeException", Message = "local 'total' was a System.Int32" };

        var delay = TimeSpan.FromMilliseconds(300);
        var longest = TimeSpan.FromMilliseconds(1000);
        Assert.IsTrue(await Store.LeaveForBuildAsync(lease, "Shop 1.0.0.0 (0badcafe)", error, delay, longest));
        var waiting = await Client.GetAsync(id);
        var tooEarly = await Store.ClaimAsync("old-build-worker", 10, TimeSpan.FromSeconds(30));
        await Task.Delay(500);
        var next = (await Store.ClaimAsync("old-build-worker", 10, TimeSpan.FromSeconds(30))).Single();

        Assert.AreEqual("Shop 1.0.0.0 (0badcafe)", waiting.NeedsBuild);
        Assert.AreEqual("local 'total' was a System.Int32", waiting.LastAttemptError!.Message);
        Assert.IsNull(waiting.Worker);
        Assert.AreEqual(0, waiting.Attempts, "the attempt is given back: no step ran");
        Assert.AreEqual(delay, waiting.LeaseExpiresAt - waiting.UpdatedAt);
        Assert.IsEmpty(tooEarly, "out of reach until the recheck delay ends");
        Assert.AreEqual(1, next.Attempt);
        Assert.IsFalse(await Store.LeaveForBuildAsync(lease, "x", error, delay, longest), "a lease that was lost cannot be given up again");

        Assert.IsTrue(await Store.LeaveForBuildAsync(next, "Shop 1.0.0.0 (0badcafe)", error, delay, longest));
        var second = await Client.GetAsync(id);
        await Task.Delay(800);
        next = (await Store.ClaimAsync("old-build-worker", 10, TimeSpan.FromSeconds(30))).Single();
        Assert.IsTrue(await Store.LeaveForBuildAsync(next, "Shop 1.0.0.0 (0badcafe)", error, delay, longest));
        var third = await Client.GetAsync(id);
        await Task.Delay(1200);
        next = (await Store.ClaimAsync("old-build-worker", 10, TimeSpan.FromSeconds(30))).Single();

        Assert.AreEqual(delay * 2, second.LeaseExpiresAt - second.UpdatedAt, "left again: twice the delay");
        Assert.AreEqual(longest, third.LeaseExpiresAt - third.UpdatedAt, "and never more than the longest");
        Assert.IsTrue((await Store.SaveAsync(next, new FlowSave
        {
            Continuation = new byte[] { 2 },
            Stack = Array.Empty<FlowStackFrame>(),
            Wait = new FlowWait { Kind = FlowWaitKind.Checkpoint, Description = "checkpoint" },
            Release = true,
            Build = "Shop 1.0.0.0 (0badcafe)",
        })).Accepted);
        Assert.IsNull((await Client.GetAsync(id)).NeedsBuild, "stored again by a worker of its build, it needs no particular one until refused again");
    }

    [TestMethod]
    public async Task FrameTypeDescriptionsAreKeptByKeyAndOutliveTheFlow()
    {
        var id = await Client.StartAsync(() => ContractFlows.Add(1, 2));
        var lease = (await Store.ClaimAsync("w", 10, TimeSpan.FromSeconds(30))).Single();
        var first = Description("{\"pk\":[\"A::B()\"]}");
        var second = Description("{\"pk\":[\"C::D()\"]}");

        Assert.IsTrue((await Store.SaveAsync(lease, new FlowSave
        {
            Continuation = new byte[] { 1 },
            Stack = Array.Empty<FlowStackFrame>(),
            Wait = new FlowWait { Kind = FlowWaitKind.Checkpoint, Description = "checkpoint" },
            FrameTypes = new[] { first, second },
        })).Accepted);
        Assert.IsTrue((await Store.SaveAsync(lease, new FlowSave
        {
            Continuation = new byte[] { 2 },
            Stack = Array.Empty<FlowStackFrame>(),
            Wait = new FlowWait { Kind = FlowWaitKind.Checkpoint, Description = "checkpoint" },
            FrameTypes = new[] { first },
        })).Accepted);
        Assert.IsTrue(await Store.CompleteAsync(lease, new byte[] { 3 }));

        CollectionAssert.AreEqual(first.Content.ToArray(), (await Store.GetFrameTypeAsync(first.Key))?.ToArray());
        CollectionAssert.AreEqual(second.Content.ToArray(), (await Store.GetFrameTypeAsync(second.Key))?.ToArray());
        Assert.IsNull(await Store.GetFrameTypeAsync(FrameVersionInfo.KeyOf("{}"u8)), "a key never stored");
    }

    [TestMethod]
    public async Task AFlowWhoseMethodChangedResumesFromTheDescriptionTheStoreKept()
    {
        var id = await StartStoredByAnotherBuildAsync(keepDescriptions: true);

        await using var worker = new InProcessWorker(Store);

        Assert.AreEqual("marker-value", await Client.WaitForResultAsync<string>(id, Wait), "resumed at the same call with its local, by name, from the description in the store");
    }

    [TestMethod]
    public async Task AFlowWhoseMethodChangedAndWhoseDescriptionTheStoreLacksWaitsForItsBuild()
    {
        var id = await StartStoredByAnotherBuildAsync(keepDescriptions: false);

        await using var worker = new InProcessWorker(Store);
        var waiting = await WaitUntilAsync(id, flow => flow.NeedsBuild is not null);

        Assert.AreEqual(OldBuild, waiting.NeedsBuild);
        Assert.IsFalse(waiting.Status is FlowStatus.Failed or FlowStatus.Completed, "not damaged: it waits");
        Assert.IsNull(waiting.Worker);
        Assert.AreEqual(0, waiting.Attempts, "no step ran");
        StringAssert.Contains(waiting.LastAttemptError!.Message, "is not in the store");
    }

    private const string OldBuild = "Flowmetal.Runtime.Flows 0.9.0.0 (00c0ffee)";

    private static FrameTypeDescription Description(string json)
    {
        var content = Encoding.UTF8.GetBytes(json);
        return new FrameTypeDescription(FrameVersionInfo.KeyOf(content), content);
    }

    /// <summary>
    /// A <see cref="ContractFlows.HoldsObject"/> flow suspended once as an older build of a changed method stored it: its
    /// frame type's body hash differs from this build's, and the store keeps its description or not.
    /// </summary>
    private async Task<FlowId> StartStoredByAnotherBuildAsync(bool keepDescriptions)
    {
        var entry = typeof(ContractFlows).GetMethod(nameof(ContractFlows.HoldsObject))!;
        var step = (SuspendedStep)FlowRunner.Run(entry, null, Array.Empty<object?>(), null, ResumeInput.None);
        var frameTypes = new List<FrameTypeDescription>();
        var document = JsonNode.Parse(new ContinuationSerializer().Serialize(step.Continuation, frameTypes))!.AsObject();
        var frame = document["types"]!.AsArray().OfType<JsonObject>().First(t => t["h"] is not null);
        frame["h"] = "0000000000000000";
        frame["b"] = OldBuild;

        var id = await Client.StartAsync(() => ContractFlows.HoldsObject());
        var lease = (await Store.ClaimAsync("old-build-worker", 10, TimeSpan.FromSeconds(30))).Single();
        Assert.IsTrue((await Store.SaveAsync(lease, new FlowSave
        {
            Continuation = AsStored(id, Encoding.UTF8.GetBytes(document.ToJsonString())),
            Stack = Array.Empty<FlowStackFrame>(),
            Wait = new FlowWait { Kind = FlowWaitKind.Checkpoint, Description = "checkpoint" },
            Release = true,
            Build = OldBuild,
            FrameTypes = keepDescriptions ? frameTypes : Array.Empty<FrameTypeDescription>(),
        })).Accepted);
        return id;
    }
}
