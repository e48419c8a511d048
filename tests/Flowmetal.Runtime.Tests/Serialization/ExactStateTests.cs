using System.Linq.Expressions;
using System.Reflection;
using Flowmetal.Client;
using Flowmetal.Execution;
using Flowmetal.Runtime.Flows;
using Flowmetal.Runtime.Tests.Infrastructure;
using Flowmetal.Storage.InMemory;

namespace Flowmetal.Runtime.Tests.Serialization;

/// <summary>
/// Each value that once came back different after a resume (DBNull, sentinels, smart enums,
/// Array.Empty, plain objects, exception data, framework comparers, LINQ groupings, delegates to
/// framework methods, immutable and concurrent collections, Lazy, Random, long and deep graphs),
/// held by a flow across a signal wait, started on the in-memory store (which keeps only bytes),
/// and resumed by a worker from those bytes: the flow observes exactly what a straight run does.
/// </summary>
[TestClass]
public sealed class ExactStateTests
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(30);

    private static readonly Dictionary<string, string?> Expected = new()
    {
        [nameof(ExactStateFlows.DbNullCell)] = "True|True|False",
        [nameof(ExactStateFlows.SentinelObject)] = "True|False",
        [nameof(ExactStateFlows.SmartEnumBranch)] = "active branch|active",
        [nameof(ExactStateFlows.EmptyArrayIdentity)] = "True|True",
        [nameof(ExactStateFlows.PlainObject)] = "System.Object|True",
        [nameof(ExactStateFlows.ExceptionData)] = "boom|1|A-7|2|True",
        [nameof(ExactStateFlows.StringComparerLocal)] = "True|True|1|True",
        [nameof(ExactStateFlows.LinqGroupingInArray)] = "1|1,3,5",
        [nameof(ExactStateFlows.EmptyListOfTaskFactories)] = "1",
        [nameof(ExactStateFlows.InterfaceTypeArguments)] = "10|3|HashSet`1",
        [nameof(ExactStateFlows.ArrayEnumerator)] = "10,20,30",
        [nameof(ExactStateFlows.LazyValues)] = "True|made|False|10|1",
        [nameof(ExactStateFlows.SeededRandom)] = null,
        [nameof(ExactStateFlows.ComparerFromLambda)] = "a,bb,ccc",
        [nameof(ExactStateFlows.ImmutableCollections)] = "1,2,3,4|3|True|True",
        [nameof(ExactStateFlows.ConcurrentDictionaryCounts)] = "3|2|2",
        [nameof(ExactStateFlows.DelegatesToFrameworkMethods)] = "42|9",
        [nameof(ExactStateFlows.LongLinkedList)] = "12000|72006000",
        [nameof(ExactStateFlows.DeeplyNestedLists)] = "30|600",
    };

    public static IEnumerable<object[]> Flows() =>
        typeof(ExactStateFlows).GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly).Select(m => new object[] { m.Name });

    [TestMethod]
    public void EveryFlowHasItsExpectedObservation()
    {
        CollectionAssert.AreEquivalent(Flows().Select(f => (string)f[0]).ToList(), Expected.Keys.ToList());
    }

    [TestMethod]
    [DynamicData(nameof(Flows))]
    public async Task ResumedFromStoredBytesTheFlowSeesWhatAStraightRunSees(string name)
    {
        var method = typeof(ExactStateFlows).GetMethod(name)!;
        var straight = (string)FlowRunner.RunDirect(() => method.Invoke(null, null), _ => ResumeInput.WithValue("go"))!;
        if (Expected[name] is { } expected)
        {
            Assert.AreEqual(expected, straight, "the straight run itself");
        }

        var store = new InMemoryFlowStore();
        var client = new FlowClient(store);
        var id = await client.StartAsync(Expression.Lambda<Func<string>>(Expression.Call(method)));
        await using (var first = new InProcessWorker(store))
        {
            // The first worker runs the flow to its wait and stores it; it is gone before the signal.
            await WaitUntilWaiting(client, id);
        }

        await client.SignalAsync(id, "go", "go");
        await using var second = new InProcessWorker(store);
        Assert.AreEqual(straight, await client.WaitForResultAsync<string>(id, Wait));
    }

    private static async Task WaitUntilWaiting(FlowClient client, FlowId id)
    {
        var deadline = DateTime.UtcNow + Wait;
        while (DateTime.UtcNow < deadline)
        {
            var info = await client.GetAsync(id);
            if (info.Status == FlowStatus.Waiting)
            {
                return;
            }

            Assert.AreNotEqual(FlowStatus.Failed, info.Status, info.Error?.Message);
            await Task.Delay(20);
        }

        Assert.Fail($"Flow {id} did not reach its wait within {Wait}.");
    }
}
