using System.Reflection;
using System.Xml.Linq;
using Flowmetal.Client;
using Flowmetal.Storage.InMemory;
using Flowmetal.Worker;

namespace Flowmetal.MoreLinq.Tests;

/// <summary>
/// A real library woven whole: MoreLINQ (vendored at a fixed commit, see tests/Vendor/MoreLINQ/NOTICE.md)
/// with <c>&lt;Include&gt;MoreLinq.*&lt;/Include&gt;</c> and no excludes builds without a weaver error, its
/// own test suite passes woven exactly as it passes plain, and a flow can suspend inside it.
/// </summary>
[TestClass]
public sealed class WovenMoreLinqTests
{
    private static string WovenPath => Path.Combine(AppContext.BaseDirectory, "MoreLinq.dll");

    private static string PlainPath => Path.Combine(AppContext.BaseDirectory, "plain", "MoreLinq.dll");

    [TestMethod]
    public void TheConfigurationIncludesAllOfMoreLinqAndExcludesNothing()
    {
        var config = XDocument.Load(Path.Combine(AppContext.BaseDirectory, "woven", "FodyWeavers.xml"));
        var flowmetal = config.Root!.Elements().Single(e => e.Name.LocalName == "Flowmetal");

        CollectionAssert.AreEqual(new[] { "Include:MoreLinq.*" }, flowmetal.Elements().Select(e => e.Name.LocalName + ":" + e.Value.Trim()).ToList());
    }

    [TestMethod]
    [DoNotParallelize]
    public void ItsOwnSuitePassesWovenAsItPassesPlain()
    {
        var plain = SuiteRun.Against(PlainPath);
        var woven = SuiteRun.Against(WovenPath);

        Assert.IsFalse(IsWoven(plain.MoreLinq), "the reference run must use the plain build");
        Assert.IsTrue(IsWoven(woven.MoreLinq), "the woven run must use the woven build");
        Assert.IsTrue(plain.Outcomes.Count > 2000, $"MoreLINQ's suite has over 2,000 tests; found {plain.Outcomes.Count}");
        CollectionAssert.AreEquivalent(plain.Outcomes.Keys.ToList(), woven.Outcomes.Keys.ToList(), "both runs must run the same tests");
        var differing = plain.Outcomes.Where(o => woven.Outcomes[o.Key] != o.Value)
            .Select(o => $"{o.Key}: plain {o.Value}, woven {woven.Outcomes[o.Key]} {woven.Failures.GetValueOrDefault(o.Key)}")
            .ToList();
        Assert.AreEqual(0, differing.Count, "tests whose outcome differs when MoreLINQ is woven:\n" + string.Join("\n", differing.Take(30)));
        Assert.AreEqual(plain.Passed, woven.Passed);
        Console.WriteLine($"MoreLINQ's suite: {plain.Outcomes.Count} tests, {plain.Passed} passed plain, {woven.Passed} passed woven " +
            $"({WovenMethodCount(woven.MoreLinq)} woven methods); not passed in either: {string.Join("; ", plain.Failures.Select(f => f.Key + " " + f.Value))}");
    }

    private static int WovenMethodCount(Assembly assembly) =>
        assembly.GetTypes()
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            .Count(m => m.CustomAttributes.Any(a => a.AttributeType.FullName == "Flowmetal.Execution.WovenAttribute"));

    [TestMethod]
    public async Task AFlowSuspendsInsideWovenMoreLinqAndResumesFromBytes()
    {
        // Enumerable.Range(1, 3).ForEach(i => ... Flow.WaitForSignal<int>("n") ...): each wait stores the
        // frame of MoreLINQ's ForEach, its enumerator halfway through the range, as bytes.
        var store = new InMemoryFlowStore();
        var client = new FlowClient(store);
        using var stop = new CancellationTokenSource();
        var worker = new FlowWorker(store).RunAsync(stop.Token);
        try
        {
            var id = await client.StartAsync(() => Flows.Tally.Run(3));
            for (int i = 1; i <= 3; i++)
            {
                await client.SignalAsync(id, "n", i * 10);
            }

            var result = await client.WaitForResultAsync<string>(id, TimeSpan.FromSeconds(60));

            Assert.AreEqual("1=10,2=20,3=30 4,8,12", result);
        }
        finally
        {
            await stop.CancelAsync();
            await worker;
        }
    }

    private static bool IsWoven(Assembly assembly) =>
        assembly.GetCustomAttributesData().Any(a => a.AttributeType.FullName == "Flowmetal.Execution.WovenAssemblyAttribute");
}
