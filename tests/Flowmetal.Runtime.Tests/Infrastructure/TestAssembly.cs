using Flowmetal.Serialization;

namespace Flowmetal.Runtime.Tests.Infrastructure;

/// <summary>
/// Before any test: every continuation and value the tests store is loaded back at once and
/// compared (in this process, and in the worker processes the tests start, through the
/// environment), so a value that would not come back identical fails the test that stored it;
/// and the test Redis is started.
/// </summary>
[TestClass]
public static class TestAssembly
{
    [AssemblyInitialize]
    public static void Initialize(TestContext context)
    {
        Environment.SetEnvironmentVariable("FLOWMETAL_VERIFY_ROUNDTRIP", "1");
        FlowSerializationOptions.Default.VerifyRoundTrip = true;
        RedisServer.Start();
    }

    [AssemblyCleanup]
    public static void Cleanup()
    {
        RedisCluster.StopShared();
        RedisServer.Stop();
    }
}
