using Flowmetal.Execution;
using Flowmetal.Serialization;
using Flowmetal.Storage;

namespace Flowmetal.Weaver.Tests.Versions;

/// <summary>
/// A flow suspends in version 1 of an assembly and resumes in another build: a method on the
/// suspended stack that changed resumes at the same call with its values matched by name; a change
/// anywhere else is not noticed. (The cases a resume refuses are in tests/Flowmetal.Redeploy.Tests.)
/// </summary>
[TestClass]
public sealed class ResumeAfterRedeployTests
{
    // What a store keeps beside the continuations: the frame type descriptions each build wrote.
    private readonly Dictionary<string, ReadOnlyMemory<byte>> _frameTypes = new(StringComparer.Ordinal);

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

    private byte[] SuspendInVersion1()
    {
        var v1 = new VersionedFixture("v1");
        try
        {
            using var scope = v1.EnterContextualReflection();
            var step = FlowRunner.Run(v1.Entry, null, Array.Empty<object?>(), null, ResumeInput.None);
            var suspended = (SuspendedStep)step;
            Assert.IsInstanceOfType<SignalRequest>(suspended.Continuation.Request);
            var described = new List<FrameTypeDescription>();
            var bytes = new ContinuationSerializer().Serialize(suspended.Continuation, described);
            foreach (var frameType in described)
            {
                _frameTypes[frameType.Key] = frameType.Content;
            }

            return bytes;
        }
        finally
        {
            v1.Unload();
        }
    }

    private string ResumeIn(string version, byte[] bytes)
    {
        var fixture = new VersionedFixture(version);
        try
        {
            using var scope = fixture.EnterContextualReflection();
            var serializer = new ContinuationSerializer();
            var continuation = serializer.Deserialize(bytes, key => _frameTypes.TryGetValue(key, out var content) ? content : (ReadOnlyMemory<byte>?)null);
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
