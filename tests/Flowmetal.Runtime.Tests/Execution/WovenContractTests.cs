using System.Reflection;
using Flowmetal.Execution;

namespace Flowmetal.Runtime.Tests.Execution;

/// <summary>
/// The weaver finds the runtime's members by the names in <see cref="WovenContract"/> and writes frame fields the
/// runtime parses back: a rename on one side must fail here, not in a user's build or at a user's resume.
/// </summary>
[TestClass]
public sealed class WovenContractTests
{
    private static readonly Assembly Runtime = typeof(Flow).Assembly;

    [TestMethod]
    public void EveryTypeTheWeaverLooksUpExistsInTheRuntime()
    {
        Assert.AreEqual(WovenContract.RuntimeAssembly, Runtime.GetName().Name);
        Assert.AreEqual(WovenContract.FlowType, typeof(Flow).FullName);
        Assert.AreEqual(WovenContract.RetryPolicyType, typeof(RetryPolicy).FullName);
        Assert.IsTrue(typeof(Flow).GetMethods().Any(m => m.Name == WovenContract.FlowRetryMethod), "Flow.Retry");

        var names = typeof(WovenContract.Types).GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!).ToList();
        Assert.IsGreaterThanOrEqualTo(9, names.Count);
        foreach (var name in names)
        {
            Assert.IsNotNull(Runtime.GetType(WovenContract.Types.FullName(name)), $"{WovenContract.Types.FullName(name)} is not in the runtime.");
        }
    }

    [TestMethod]
    public void EveryMemberTheWeaverCallsExistsInTheRuntime()
    {
        var woven = Runtime.GetType(WovenContract.Types.FullName(WovenContract.Types.Woven))!;
        string[] wovenMethods =
        [
            WovenContract.Members.IsCapturingGetter, WovenContract.Members.IsRestoringGetter, WovenContract.Members.PushFrame,
            WovenContract.Members.PopFrame, WovenContract.Members.InvalidResumePoint, WovenContract.Members.NotASuspensionPoint,
            WovenContract.Members.StaticsInitialized, WovenContract.Members.RetryPolicyOf, WovenContract.Members.ShouldRetry,
            WovenContract.Members.RetryWait, WovenContract.Members.RetrySucceeded, WovenContract.Members.RetryTargetOf,
        ];
        foreach (var name in wovenMethods)
        {
            Assert.AreEqual(1, woven.GetMethods(BindingFlags.Public | BindingFlags.Static).Count(m => m.Name == name), $"Woven.{name}");
        }

        Assert.IsNotNull(typeof(Frame).GetField(WovenContract.Members.FrameResumePoint), "Frame.ResumePoint");
        Assert.IsNotNull(typeof(WovenAttribute).GetProperty(WovenContract.Members.SurelySuspends)?.SetMethod, "WovenAttribute.SurelySuspends");
        Assert.IsNotNull(typeof(WovenAttribute).GetProperty(WovenContract.Members.UnsuspendableCallees)?.SetMethod, "WovenAttribute.UnsuspendableCallees");
        foreach (var name in new[] { WovenContract.Members.PointKeys, WovenContract.Members.PointSlots, WovenContract.Members.LocalNames })
        {
            Assert.AreEqual(typeof(string[]), typeof(WovenFrameAttribute).GetProperty(name)?.PropertyType, $"WovenFrameAttribute.{name}");
            Assert.IsNotNull(typeof(WovenFrameAttribute).GetProperty(name)!.SetMethod, $"WovenFrameAttribute.{name} is set by name");
        }
    }

    [TestMethod]
    public void SavedValueRolesTheWeaverWritesParseBack()
    {
        var slots = Flowmetal.Versioning.SavedSlot.Parse(string.Join(WovenContract.SlotRoles.Separator.ToString(), new[]
        {
            WovenContract.FrameFields.Local(3, "total") + WovenContract.SlotRoles.Assign + WovenContract.SlotRoles.LocalPrefix + "total",
            WovenContract.FrameFields.Argument("id") + WovenContract.SlotRoles.Assign + WovenContract.SlotRoles.ArgumentPrefix + "id",
            WovenContract.FrameFields.This + WovenContract.SlotRoles.Assign + WovenContract.SlotRoles.This,
            WovenContract.FrameFields.Stack(9) + WovenContract.SlotRoles.Assign + WovenContract.SlotRoles.StackPrefix + "0",
            WovenContract.FrameFields.Local(4, string.Empty) + WovenContract.SlotRoles.Assign + WovenContract.SlotRoles.Anonymous,
        }));

        CollectionAssert.AreEqual(new[] { "total", "id", "this", "stack:0", "anon:0" }, slots.Select(s => s.Name).ToArray());
        Assert.AreEqual("<>l3_total", slots[0].Field);
    }

    [TestMethod]
    public void FrameFieldsTheWeaverWritesParseBackToTheirSourceNames()
    {
        Assert.AreEqual((FlowLocalKind.Local, "total"), FrameFieldNames.Parse(WovenContract.FrameFields.Local(3, "total")));
        Assert.AreEqual((FlowLocalKind.Local, "#7"), FrameFieldNames.Parse(WovenContract.FrameFields.Local(7, string.Empty)));
        Assert.AreEqual((FlowLocalKind.Local, "with_underscore"), FrameFieldNames.Parse(WovenContract.FrameFields.Local(12, "with_underscore")));
        Assert.AreEqual((FlowLocalKind.Argument, "id"), FrameFieldNames.Parse(WovenContract.FrameFields.Argument("id")));
        Assert.AreEqual((FlowLocalKind.This, "this"), FrameFieldNames.Parse(WovenContract.FrameFields.This));
        Assert.AreEqual(FlowLocalKind.Stack, FrameFieldNames.Parse(WovenContract.FrameFields.Stack(0)).Kind);
        Assert.AreEqual("a value on the evaluation stack (<>t0)", FrameFieldNames.Describe(WovenContract.FrameFields.Stack(0)));
    }
}
