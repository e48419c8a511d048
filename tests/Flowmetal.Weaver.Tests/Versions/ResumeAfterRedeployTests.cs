using Flowmetal.Execution;
using Flowmetal.Serialization;

namespace Flowmetal.Weaver.Tests.Versions;

/// <summary>
/// A flow suspends in version 1 of an assembly and resumes in another build: a method on the
/// suspended stack that changed resumes at the same call with its values matched by name; a change
/// anywhere else is not noticed. (The cases a resume refuses are in tests/Flowmetal.Redeploy.Tests.)
/// </summary>
[TestClass]
public sealed class ResumeAfterRedeployTests
{
    [TestMethod]
    public void ChangeToAMethodOffTheSuspendedStackDoesNotMatter()
    {
        var bytes = SuspendInVersion1();

        var result = ResumeIn("v2", bytes);

        Assert.AreEqual("parcel:10kg/report v2, 1970", result);
    }

    [TestMethod]
    public void ChangeAfterTheSuspensionPointOfAMethodOnTheStackResumesIntoTheNewCode()
    {
        var bytes = SuspendInVersion1();

        var result = ResumeIn("v3", bytes);

        Assert.AreEqual("parcel weighs 10000g/report v1", result, "Prepare resumes at its WaitForSignal with 'what' filled by name, and runs v3's code after it");
    }

    [TestMethod]
    public void UnchangedBuildResumes()
    {
        var bytes = SuspendInVersion1();

        Assert.AreEqual("parcel:10kg/report v1", ResumeIn("v1", bytes));
    }

    private static byte[] SuspendInVersion1()
    {
        var v1 = new VersionedFixture("v1");
        try
        {
            using var scope = v1.EnterContextualReflection();
            var step = FlowRunner.Run(v1.Entry, null, Array.Empty<object?>(), null, ResumeInput.None);
            var suspended = (SuspendedStep)step;
            Assert.IsInstanceOfType<SignalRequest>(suspended.Continuation.Request);
            return new ContinuationSerializer().Serialize(suspended.Continuation);
        }
        finally
        {
            v1.Unload();
        }
    }

    private static string ResumeIn(string version, byte[] bytes)
    {
        var fixture = new VersionedFixture(version);
        try
        {
            using var scope = fixture.EnterContextualReflection();
            var serializer = new ContinuationSerializer();
            var continuation = serializer.Deserialize(bytes);
            Assert.AreSame(fixture.Assembly, continuation.Frames[0].GetType().Assembly, "frames must load from the new build");
            var step = FlowRunner.Run(fixture.Entry, null, Array.Empty<object?>(), continuation, ResumeInput.WithValue(10));
            while (step is SuspendedStep suspended)
            {
                var again = serializer.Deserialize(serializer.Serialize(suspended.Continuation));
                step = FlowRunner.Run(fixture.Entry, null, Array.Empty<object?>(), again, ResumeInput.None);
            }

            return step switch
            {
                CompletedStep completed => (string)completed.Result!,
                FailedStep failed => throw failed.Error,
                _ => throw new InvalidOperationException(),
            };
        }
        finally
        {
            fixture.Unload();
        }
    }
}
