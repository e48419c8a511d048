using Flowmetal.Serialization;

namespace Flowmetal.Weaver.Tests;

/// <summary>
/// Before any test: every continuation the differential runs store is loaded back at once and
/// compared with the live frames, so a value that would not come back identical fails the case
/// that stored it, even where the flow's result happens not to show it.
/// </summary>
[TestClass]
public static class TestAssembly
{
    [AssemblyInitialize]
    public static void Initialize(TestContext context)
    {
        Environment.SetEnvironmentVariable("FLOWMETAL_VERIFY_ROUNDTRIP", "1");
        FlowSerializationOptions.Default.VerifyRoundTrip = true;
    }
}
