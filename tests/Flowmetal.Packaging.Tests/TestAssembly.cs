namespace Flowmetal.Packaging.Tests;

/// <summary>
/// Before any test: the test Redis is started, and the processes the tests start load back every
/// continuation they store and compare it (FLOWMETAL_VERIFY_ROUNDTRIP), so a value that would not
/// come back identical fails the run that stored it.
/// </summary>
[TestClass]
public static class TestAssembly
{
    [AssemblyInitialize]
    public static void Initialize(TestContext context)
    {
        Environment.SetEnvironmentVariable("FLOWMETAL_VERIFY_ROUNDTRIP", "1");
        Flowmetal.Runtime.Tests.Infrastructure.RedisServer.Start();
    }

    [AssemblyCleanup]
    public static void Cleanup() => Flowmetal.Runtime.Tests.Infrastructure.RedisServer.Stop();
}
