using Flowmetal.Versioning;

namespace Flowmetal.Runtime.Tests.Versioning;

/// <summary>How a stored suspension point is found in a changed method: by key, and by ordinal between anchors.</summary>
[TestClass]
public sealed class ResumePointMatcherTests
{
    [TestMethod]
    public void AUniqueCallIsFoundWhereverOtherCallsWereAdded()
    {
        string[] before = { "Checkpoint()", "Wait(\"a\")", "Ship()" };
        string[] after = { "Sleep()", "Checkpoint()", "Checkpoint()", "Wait(\"a\")", "Checkpoint()", "Ship()" };

        Assert.AreEqual(3, ResumePointMatcher.Match(before, after, 1, out _));
        Assert.AreEqual(5, ResumePointMatcher.Match(before, after, 2, out _));
    }

    [TestMethod]
    public void SameKeyCallsAreCountedBetweenTheNearestAnchors()
    {
        string[] before = { "Checkpoint()", "Wait(\"a\")", "Checkpoint()", "Checkpoint()" };
        string[] after = { "Checkpoint()", "Checkpoint()", "Wait(\"a\")", "Checkpoint()", "Checkpoint()" };

        Assert.AreEqual(3, ResumePointMatcher.Match(before, after, 2, out _), "after the anchor Wait(\"a\"), nothing changed");
        Assert.AreEqual(4, ResumePointMatcher.Match(before, after, 3, out _));
    }

    [TestMethod]
    public void ACallWhoseSameKeyNeighboursChangedInNumberIsNotGuessed()
    {
        string[] before = { "Checkpoint()", "Wait(\"a\")" };
        string[] after = { "Checkpoint()", "Checkpoint()", "Wait(\"a\")" };

        Assert.IsNull(ResumePointMatcher.Match(before, after, 0, out var why));
        StringAssert.Contains(why, "now has 2 such call(s) where it had 1");
        StringAssert.Contains(why, "Checkpoint() #0");
    }

    [TestMethod]
    public void ACallThatIsGoneOrWhoseAnchorsSwappedIsNotMatched()
    {
        Assert.IsNull(ResumePointMatcher.Match(new[] { "Wait(\"a\")" }, new[] { "Wait(\"b\")" }, 0, out var gone));
        StringAssert.Contains(gone, "no longer has that call");

        Assert.IsNull(ResumePointMatcher.Match(new[] { "A()", "C()", "B()" }, new[] { "B()", "C()", "A()" }, 1, out var swapped));
        StringAssert.Contains(swapped, "reordered");
    }
}
