using Flowmetal.Storage;
using Flowmetal.Worker;
using Flowmetal.Worker.Containment;

namespace Flowmetal.Runtime.Tests.Worker;

/// <summary>
/// A worker's slots: a flow whose write is in flight gives its claim to another while write slots last, takes a claim
/// back when acknowledged, or owes one when none is free; a claim given back pays the debts first, so the claim loop
/// claims only while fewer flows than claim slots are running or ready.
/// </summary>
[TestClass]
public sealed class FlowSlotsTests
{
    [TestMethod]
    public void AFlowInFlightFreesItsClaimAndTakesOneBackWhenAcknowledged()
    {
        var slots = new FlowSlots(claims: 2, writes: 4);
        var a = Claim(slots);
        var b = Claim(slots);
        Assert.IsFalse(slots.TryTakeClaim(), "two claims, two slots");

        slots.InFlight(a);
        Assert.AreEqual(FlowSlot.Write, a.Slot);
        Assert.AreEqual(1, slots.FreeClaims, "its claim is free for another flow");
        Assert.AreEqual(3, slots.FreeWrites);

        slots.Acknowledged(a);
        Assert.AreEqual(FlowSlot.Claim, a.Slot, "the free claim is taken back");
        Assert.AreEqual(0, slots.FreeClaims);
        Assert.AreEqual(4, slots.FreeWrites);

        slots.Left(a);
        slots.Left(b);
        Assert.AreEqual(2, slots.FreeClaims);
        Assert.AreEqual(FlowSlot.None, a.Slot);
    }

    [TestMethod]
    public void AFlowBackWhenNoClaimIsFreeOwesOneAndTheNextClaimGivenBackPaysIt()
    {
        var slots = new FlowSlots(claims: 1, writes: 4);
        var (a, b) = OneOwingWhileAnotherRuns(slots);

        // a came back while b runs: it runs over the limit, and no claim is made until one fewer runs.
        Assert.AreEqual(FlowSlot.Owed, a.Slot);
        Assert.AreEqual(1, slots.Unpaid);
        Assert.AreEqual(0, slots.FreeClaims);

        slots.Left(b);
        Assert.AreEqual(0, slots.Unpaid, "b's claim paid a's debt");
        Assert.AreEqual(0, slots.FreeClaims, "a still runs: nothing more is claimed");

        slots.Left(a);
        Assert.AreEqual(1, slots.FreeClaims, "a's claim, paid for, is free again");
    }

    [TestMethod]
    public void AnOwingFlowThatLeavesFirstCancelsItsOwnDebt()
    {
        var slots = new FlowSlots(claims: 1, writes: 4);
        var (a, b) = OneOwingWhileAnotherRuns(slots);

        slots.Left(a);
        Assert.AreEqual(0, slots.Unpaid);
        Assert.AreEqual(0, slots.FreeClaims, "b still holds the only claim");
        slots.Left(b);
        Assert.AreEqual(1, slots.FreeClaims);
    }

    [TestMethod]
    public void WithNoWriteSlotLeftAFlowInFlightKeepsItsClaim()
    {
        var slots = new FlowSlots(claims: 3, writes: 1);
        var a = Claim(slots);
        var b = Claim(slots);
        slots.InFlight(a);
        slots.InFlight(b);
        Assert.AreEqual(FlowSlot.Write, a.Slot);
        Assert.AreEqual(FlowSlot.Claim, b.Slot, "the write slots are taken");
        Assert.AreEqual(2, slots.FreeClaims);

        // A flow that goes in flight again after it came back trades its claim again.
        slots.Acknowledged(a);
        slots.InFlight(a);
        Assert.AreEqual(FlowSlot.Write, a.Slot);
        slots.Acknowledged(a);
        slots.Acknowledged(b);
        Assert.AreEqual(FlowSlot.Claim, b.Slot, "acknowledging a flow that kept its claim changes nothing");
        slots.Left(a);
        slots.Left(b);
        Assert.AreEqual(3, slots.FreeClaims);
        Assert.AreEqual(1, slots.FreeWrites);
    }

    [TestMethod]
    public void ClaimsNotUsedPayDebtsFirst()
    {
        var slots = new FlowSlots(claims: 2, writes: 4);
        var a = Claim(slots);
        slots.InFlight(a);
        Assert.IsTrue(slots.TryTakeClaim());
        Assert.IsTrue(slots.TryTakeClaim());

        // Both claims taken by the claim loop while a is in flight; a comes back: it owes; the claim finds nothing.
        slots.Acknowledged(a);
        slots.ReturnClaims(2);
        Assert.AreEqual(0, slots.Unpaid);
        Assert.AreEqual(1, slots.FreeClaims, "one pays a's debt, one is free");
        slots.Left(a);
        Assert.AreEqual(2, slots.FreeClaims);
    }

    [TestMethod]
    public async Task ManyThreadsTradingSlotsLeaveThemAllFreeAtTheEnd()
    {
        var slots = new FlowSlots(claims: 4, writes: 8);
        var tasks = Enumerable.Range(0, 8).Select(_ => Task.Run(async () =>
        {
            for (int i = 0; i < 2_000; i++)
            {
                await slots.TakeClaimAsync(CancellationToken.None);
                var flow = new RunningFlow(Lease());
                slots.InFlight(flow);
                slots.Acknowledged(flow);
                slots.InFlight(flow);
                slots.Acknowledged(flow);
                slots.Left(flow);
            }
        })).ToArray();
        await Task.WhenAll(tasks).WaitAsync(TimeSpan.FromSeconds(60));
        Assert.AreEqual(4, slots.FreeClaims);
        Assert.AreEqual(8, slots.FreeWrites);
        Assert.AreEqual(0, slots.Unpaid);
    }

    /// <summary>With one claim slot: a's write goes in flight, b is claimed into its slot, and a comes back.</summary>
    private static (RunningFlow Owing, RunningFlow Running) OneOwingWhileAnotherRuns(FlowSlots slots)
    {
        var a = Claim(slots);
        slots.InFlight(a);
        var b = Claim(slots);
        slots.Acknowledged(a);
        return (a, b);
    }

    private static RunningFlow Claim(FlowSlots slots)
    {
        Assert.IsTrue(slots.TryTakeClaim(), "a claim slot is free");
        return new RunningFlow(Lease());
    }

    private static FlowLease Lease() => new()
    {
        Id = FlowId.New(),
        Token = 1,
        WorkerId = "w",
        EntryMethod = "m",
        Entry = Array.Empty<byte>(),
        Attempt = 1,
        ExpiresAt = DateTimeOffset.UtcNow.AddMinutes(1),
    };
}
