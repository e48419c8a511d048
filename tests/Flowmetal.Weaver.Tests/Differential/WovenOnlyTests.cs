using System.Reflection;

namespace Flowmetal.Weaver.Tests.Differential;

/// <summary>Cases with a fixed expected outcome in the woven builds (runtime refusals the plain build cannot show).</summary>
[TestClass]
public sealed class WovenOnlyTests
{
    public static IEnumerable<object[]> Cases() =>
        FixtureAssemblies.Plain.GetTypes()
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Where(m => m.GetCustomAttributes().Any(a => a.GetType().Name == "WovenOnlyCaseAttribute"))
            .Select(m => m.DeclaringType!.FullName + "::" + m.Name)
            .SelectMany(name => new[] { new object[] { name, "Debug" }, new object[] { name, "Release" } });

    [TestMethod]
    [DynamicData(nameof(Cases))]
    public void WovenRunEndsAsExpected(string caseName, string build)
    {
        var method = FixtureAssemblies.Case(FixtureAssemblies.Woven(build), caseName);
        var attribute = method.GetCustomAttributes().Single(a => a.GetType().Name == "WovenOnlyCaseAttribute");
        var expected = (string)attribute.GetType().GetProperty(build + "Expected")!.GetValue(attribute)!;

        var woven = DifferentialRunner.RunWoven(caseName, build);

        Assert.AreEqual(expected, woven.Result, $"{caseName} ({build})");
    }
}
