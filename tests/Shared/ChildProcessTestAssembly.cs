using Flowmetal.Runtime.Tests.Infrastructure;

namespace Flowmetal.Tests.Shared;

/// <summary>
/// For test projects whose flows run in processes they start (samples, packaged consumers):
/// before any test, the test Redis is started, and those processes load back every continuation
/// they store and compare it (FLOWMETAL_VERIFY_ROUNDTRIP), so a value that would not come back
/// identical fails the run that stored it.
/// </summary>
[TestClass]
public static class ChildProcessTestAssembly
{
    [AssemblyInitialize]
    public static void Initialize(TestContext context)
    {
        Environment.SetEnvironmentVariable("FLOWMETAL_VERIFY_ROUNDTRIP", "1");
        RedisServer.Start();
    }

    [AssemblyCleanup]
    public static void Cleanup() => RedisServer.Stop();
}
