using Flowmetal.Runtime.Flows.Catalogue;
using Flowmetal.Serialization;

namespace Flowmetal.Runtime.Tests.Serialization;

/// <summary>
/// The type catalogue: every kind of value the serializer admits (<see cref="CatalogueValues"/>),
/// stored as bytes and loaded from them, then compared with the original structurally and by
/// identity by the tests' own <see cref="GraphComparer"/> (the runtime's load-after-store check
/// runs too). Deep graphs are also loaded on a thread with a small stack.
/// </summary>
[TestClass]
public sealed class CatalogueTests
{
    private static readonly Lazy<IReadOnlyList<CatalogueEntry>> Catalogue = new(CatalogueValues.All);

    public static IEnumerable<object[]> Names() => Catalogue.Value.Select(e => new object[] { e.Name });

    [TestMethod]
    public void TheCatalogueHoldsAtLeast150DistinctValues()
    {
        Assert.IsGreaterThanOrEqualTo(150, Catalogue.Value.Count);
        Assert.HasCount(Catalogue.Value.Count, Catalogue.Value.Select(e => e.Name).Distinct());
    }

    [TestMethod]
    [DynamicData(nameof(Names))]
    public void StoredDroppedAndLoadedTheValueIsTheSameGraph(string name)
    {
        var entry = Catalogue.Value.Single(e => e.Name == name);
        var serializer = new ContinuationSerializer();

        var bytes = serializer.SerializeValue(entry.Value, name);
        var loaded = serializer.DeserializeValue(bytes, name);

        var singletons = Catalogue.Value.Where(e => e.Singleton && e.Value is not null).Select(e => e.Value!);
        var difference = GraphComparer.FirstDifference(entry.Value, loaded, singletons);
        Assert.IsNull(difference, difference);
        if (entry.Singleton)
        {
            Assert.AreSame(entry.Value, loaded);
        }
    }

    [TestMethod]
    public void ABoxHeldTwiceIsOneBoxAfterLoading()
    {
        var serializer = new ContinuationSerializer();
        object box = 41;

        var loaded = (object[])serializer.DeserializeValue(serializer.SerializeValue(new[] { box, box }, "boxes"), "boxes")!;

        Assert.AreSame(loaded[0], loaded[1]);
        Assert.AreEqual(41, loaded[0]);
    }

    [TestMethod]
    public void DeepGraphsAreStoredAndLoadedOnASmallStack()
    {
        var deep = Catalogue.Value.Where(e => e.Name.Contains("10,000", StringComparison.Ordinal)).ToList();
        Assert.HasCount(3, deep);
        Exception? failure = null;

        // 256 KB: a recursive writer or reader would need megabytes for 10,000 levels.
        var thread = new Thread(
            () =>
            {
                try
                {
                    var serializer = new ContinuationSerializer();
                    foreach (var entry in deep)
                    {
                        var loaded = serializer.DeserializeValue(serializer.SerializeValue(entry.Value, entry.Name), entry.Name);
                        Assert.IsNotNull(loaded);
                    }
                }
                catch (Exception error)
                {
                    failure = error;
                }
            },
            maxStackSize: 256 * 1024);
        thread.Start();
        thread.Join();

        Assert.IsNull(failure, failure?.ToString());
    }
}
