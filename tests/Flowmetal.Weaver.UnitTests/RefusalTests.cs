using Flowmetal.Weaver.UnitTests.Support;

namespace Flowmetal.Weaver.UnitTests;

/// <summary>What cannot be made durable is a build error naming the method, with the file and line.</summary>
[TestClass]
public sealed class RefusalTests
{
    private const string Ns = "Flowmetal.Fixtures.Refusals.Refused.";

    [TestMethod]
    public void SuspensionInsideACatchBlock()
    {
        var result = Weaving.Weave($"<Include>{Ns}SuspendInCatch</Include>");

        var error = DiagnosticAssert.Single(result.Errors, "FL0101", "Handlers.cs", FixtureSource.LineOf("Refused/Handlers.cs", "FL0101 catch"),
            "SuspendInCatch::Run", "catch", "Flow::Checkpoint");
        StringAssert.Contains(error.Text, "move the suspension out of the catch/finally block");
    }

    [TestMethod]
    public void SuspensionInsideAFinallyBlock()
    {
        var result = Weaving.Weave($"<Include>{Ns}SuspendInFinally</Include>");

        DiagnosticAssert.Single(result.Errors, "FL0101", "Handlers.cs", FixtureSource.LineOf("Refused/Handlers.cs", "FL0101 finally"),
            "SuspendInFinally::Run", "finally");
    }

    [TestMethod]
    public void SuspensionInsideAnExceptionFilter()
    {
        var result = Weaving.Weave($"<Include>{Ns}SuspendInFilter</Include>");

        DiagnosticAssert.Single(result.Errors, "FL0106", "Handlers.cs", FixtureSource.LineOf("Refused/Handlers.cs", "FL0106 filter"),
            "SuspendInFilter::Run", "SuspendInFilter::Check");
    }

    [TestMethod]
    public void SuspensionInsideALockStatement()
    {
        var result = Weaving.Weave($"<Include>{Ns}SuspendInLock</Include>");

        var error = DiagnosticAssert.Single(result.Errors, "FL0102", "Locks.cs", FixtureSource.LineOf("Refused/Locks.cs", "FL0102 lock"),
            "SuspendInLock::Run");
        StringAssert.Contains(error.Text, "move the suspension out of the lock");
    }

    [TestMethod]
    public void SuspensionInsideALockOfSystemThreadingLock()
    {
        var result = Weaving.Weave($"<Include>{Ns}SuspendInLockScope</Include>");

        DiagnosticAssert.Single(result.Errors, "FL0102", "Locks.cs", FixtureSource.LineOf("Refused/Locks.cs", "FL0102 Lock"),
            "SuspendInLockScope::Run");
        Assert.AreEqual(1, result.Errors.Count, Weaving.Describe(result));
    }

    [TestMethod]
    public void InReleaseASuspensionThroughAnInlinedHelperPointsAtTheHelpersCallAndNamesIt()
    {
        var debug = Weaving.Weave($"<Include>{Ns}InlinedHelperInLock</Include>");
        var release = Weaving.Weave($"<Include>{Ns}InlinedHelperInLock</Include>", Weaving.ReleaseFixturePath);

        int line = FixtureSource.LineOf("Refused/Locks.cs", "FL0102 inlined helper");
        DiagnosticAssert.Single(debug.Errors, "FL0102", "Locks.cs", line, "InlinedHelperInLock::MaybeWait", "InlinedHelperInLock::Run");
        var error = DiagnosticAssert.Single(release.Errors, "FL0102", "Locks.cs", line, "InlinedHelperInLock::MaybeWait", "InlinedHelperInLock::Run");
        StringAssert.Contains(error.Text, "(which calls Flowmetal.Flow::Checkpoint)", "the helper was inlined, so the error says what it calls");
    }

    [TestMethod]
    public void SuspensionBetweenMonitorEnterAndExit()
    {
        var result = Weaving.Weave($"<Include>{Ns}SuspendBetweenMonitorCalls</Include>");

        DiagnosticAssert.Single(result.Errors, "FL0102", "Locks.cs", FixtureSource.LineOf("Refused/Locks.cs", "FL0102 Monitor"),
            "SuspendBetweenMonitorCalls::Run");
    }

    [TestMethod]
    public void SuspensionBetweenBareMonitorEnterAndExit()
    {
        var result = Weaving.Weave($"<Include>{Ns}MonitorWithoutTryFinally</Include>");

        DiagnosticAssert.Single(result.Errors, "FL0102", "HandlerCalls.cs", FixtureSource.LineOf("Refused/HandlerCalls.cs", "FL0102 bare Monitor"),
            "MonitorWithoutTryFinally::Run");
    }

    [TestMethod]
    [DataRow("DelegateCallInCatch")]
    [DataRow("DelegateCallInFinally")]
    public void ADelegateCallInAHandlerIsNotRefused(string type)
    {
        // The callback only may suspend; if it ever does, the run-time stack check names the handler's frame.
        var result = Weaving.Weave($"<Include>{Ns}{type}</Include>");

        Assert.AreEqual(0, result.Errors.Count, Weaving.Describe(result));
        CollectionAssert.AreEqual(new[] { type + "::Run/1" }, Weaving.WovenMethods(result.Assembly, Ns).ToList());
    }

    [TestMethod]
    public void SpanLocalLiveAcrossASuspension()
    {
        var result = Weaving.Weave($"<Include>{Ns}SpanLiveAcrossSuspension</Include>");

        DiagnosticAssert.Single(result.Errors, "FL0103", "Unstorable.cs", FixtureSource.LineOf("Refused/Unstorable.cs", "FL0103 span"),
            "SpanLiveAcrossSuspension::Run", "'view'", "Span`1");
    }

    [TestMethod]
    public void StackallocLocalLiveAcrossASuspension()
    {
        var result = Weaving.Weave($"<Include>{Ns}StackallocLiveAcrossSuspension</Include>");

        DiagnosticAssert.Single(result.Errors, "FL0103", "Unstorable.cs", FixtureSource.LineOf("Refused/Unstorable.cs", "FL0103 stackalloc"),
            "StackallocLiveAcrossSuspension::Run", "'buffer'", "Span`1");
    }

    [TestMethod]
    public void RefLocalLiveAcrossASuspension()
    {
        var result = Weaving.Weave($"<Include>{Ns}RefLocalLiveAcrossSuspension</Include>");

        DiagnosticAssert.Single(result.Errors, "FL0103", "Unstorable.cs", FixtureSource.LineOf("Refused/Unstorable.cs", "FL0103 ref local"),
            "RefLocalLiveAcrossSuspension::Run", "'first'", "ref local");
    }

    [TestMethod]
    public void InterpolatedStringOnAStackBufferWithASuspendingHole()
    {
        var result = Weaving.Weave($"<Include>{Ns}SuspendingInterpolationHole</Include>");

        var handlerErrors = result.Errors.Where(e => e.Text.Contains("DefaultInterpolatedStringHandler", StringComparison.Ordinal)).ToList();
        DiagnosticAssert.Single(handlerErrors, "FL0103", "MoreUnstorable.cs", FixtureSource.LineOf("Refused/MoreUnstorable.cs", "FL0103 interpolation"),
            "SuspendingInterpolationHole::Run", "DefaultInterpolatedStringHandler", "cannot be stored in a flow's frame; move the suspending call out");
    }

    [TestMethod]
    public void CollectionExpressionWithASpreadAndASuspendingElement()
    {
        var result = Weaving.Weave($"<Include>{Ns}SpreadCollectionExpression</Include>");

        // The element is written through the span's indexer: that reference is on the stack across Name().
        DiagnosticAssert.Single(result.Errors, "FL0105", "MoreUnstorable.cs", FixtureSource.LineOf("Refused/MoreUnstorable.cs", "FL0105 spread"),
            "SpreadCollectionExpression::Run", "Span`1<System.String>::get_Item", "copy the value into a local before the call");
    }

    [TestMethod]
    public void PointerFromAFixedStatementLiveAcrossASuspension()
    {
        var result = Weaving.Weave($"<Include>{Ns}PinnedAcrossSuspension</Include>");

        DiagnosticAssert.Single(result.Errors, "FL0103", "MoreUnstorable.cs", FixtureSource.LineOf("Refused/MoreUnstorable.cs", "FL0103 pinned"),
            "PinnedAcrossSuspension::Run", "'p'", "pointer");
    }

    [TestMethod]
    public void SpanParameterLiveAcrossASuspension()
    {
        var result = Weaving.Weave($"<Include>{Ns}SpanParameterAcrossSuspension</Include>");

        DiagnosticAssert.Single(result.Errors, "FL0103", "MoreUnstorable.cs", FixtureSource.LineOf("Refused/MoreUnstorable.cs", "FL0103 span parameter"),
            "SpanParameterAcrossSuspension::Run", "parameter 'values'");
    }

    [TestMethod]
    public void ARefReturningMethodThatSuspends()
    {
        var result = Weaving.Weave($"<Include>{Ns}RefReturningSuspension</Include>");

        var error = DiagnosticAssert.Single(result.Errors, "FL0105", "MoreUnstorable.cs",
            FixtureSource.LineOf("Refused/MoreUnstorable.cs", "FL0105 ref return (a method-level refusal points at the body's first line)"),
            "RefReturningSuspension::Run", "returns by reference");
        StringAssert.Contains(error.Text, "return the value instead");
    }

    [TestMethod]
    public void ASpanWhoseLastUseIsBeforeTheSuspensionIsFine()
    {
        var result = Weaving.Weave($"<Include>{Ns}SpanDeadBeforeSuspension</Include>");

        Assert.AreEqual(0, result.Errors.Count + result.Warnings.Count, Weaving.Describe(result));
        CollectionAssert.AreEqual(new[] { "SpanDeadBeforeSuspension::Run/1" }, Weaving.WovenMethods(result.Assembly, Ns).ToList());
        var run = result.Assembly.GetType(Ns + "SpanDeadBeforeSuspension", throwOnError: true)!.GetMethod("Run")!;
        Assert.AreEqual(7, run.Invoke(null, new object[] { new[] { 7, 8 } }));
    }

    [TestMethod]
    public void SuspendingConstructor()
    {
        var result = Weaving.Weave($"<Include>{Ns}SuspendingConstructor</Include>");

        var error = DiagnosticAssert.Single(result.Errors, "FL0104", "Constructors.cs", FixtureSource.LineOf("Refused/Constructors.cs", "FL0104 ctor"),
            "SuspendingConstructor::.ctor");
        StringAssert.Contains(error.Text, "factory method");
    }

    [TestMethod]
    public void SuspendingStaticConstructor()
    {
        var result = Weaving.Weave($"<Include>{Ns}SuspendingStaticConstructor</Include>");

        DiagnosticAssert.Single(result.Errors, "FL0104", "Constructors.cs", FixtureSource.LineOf("Refused/Constructors.cs", "FL0104 cctor"),
            "SuspendingStaticConstructor::.cctor");
    }

    [TestMethod]
    public void AsyncMethodThatCallsCheckpointDirectly()
    {
        var result = Weaving.Weave($"<Include>{Ns}SuspendingAsyncMethod</Include>");

        DiagnosticAssert.Single(result.Errors, "FL0107", "StateMachines.cs", FixtureSource.LineOf("Refused/StateMachines.cs", "FL0107 async"),
            "SuspendingAsyncMethod::RunAsync", "Flow::Checkpoint");
    }

    [TestMethod]
    public void IteratorThatCallsCheckpointDirectly()
    {
        var result = Weaving.Weave($"<Include>{Ns}SuspendingIterator</Include>");

        DiagnosticAssert.Single(result.Errors, "FL0107", "StateMachines.cs", FixtureSource.LineOf("Refused/StateMachines.cs", "FL0107 iterator"),
            "SuspendingIterator::Numbers", "Flow::Checkpoint");
    }

    [TestMethod]
    public void AnIteratorLocalFunctionOfANestedGenericTypeIsNamedAsWritten()
    {
        var result = Weaving.Weave($"<Include>{Ns}Outer</Include>");

        var error = DiagnosticAssert.Single(result.Errors, "FL0107", "StateMachines.cs", FixtureSource.LineOf("Refused/StateMachines.cs", "FL0107 local iterator"),
            "local function Numbers of Flowmetal.Fixtures.Refusals.Refused.Outer.Inner::Count is an async method or iterator", "calls Flowmetal.Flow::Checkpoint");
        Assert.IsFalse(error.Text.Contains("::<", StringComparison.Ordinal), error.Text);
    }

    [TestMethod]
    public void AsyncMethodsAndIteratorsThatDoNotSuspendKeepWorking()
    {
        var result = Weaving.Weave($"<Include>{Ns}HarmlessStateMachines</Include>");

        Assert.AreEqual(0, result.Errors.Count + result.Warnings.Count, Weaving.Describe(result));
        var type = result.Assembly.GetType(Ns + "HarmlessStateMachines", throwOnError: true)!;
        var sum = (Task<int>)type.GetMethod("AddAsync")!.Invoke(null, new object[] { 2, 3 })!;
        Assert.AreEqual(5, sum.GetAwaiter().GetResult());
        var count = (IEnumerable<int>)type.GetMethod("Count")!.Invoke(null, new object[] { 3 })!;
        CollectionAssert.AreEqual(new[] { 0, 1, 2 }, count.ToArray());
    }

    [TestMethod]
    public void EveryRefusalIsReportedInOneRun()
    {
        // The whole fixture at once: each refused method reports its own error, and nothing else is refused.
        var result = Weaving.Weave($"<Include>{Ns}*</Include>");

        var ids = result.Errors.Select(e => e.Text.Substring(0, 6)).OrderBy(i => i, StringComparer.Ordinal).ToList();
        foreach (var id in new[] { "FL0101", "FL0102", "FL0103", "FL0104", "FL0105", "FL0106", "FL0107" })
        {
            CollectionAssert.Contains(ids, id, Weaving.Describe(result));
        }

        Assert.IsFalse(result.Errors.Any(e => e.Text.Contains("SpanDeadBeforeSuspension", StringComparison.Ordinal) || e.Text.Contains("HarmlessStateMachines", StringComparison.Ordinal)),
            Weaving.Describe(result));
    }
}
