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

        if (expected.Contains('*', StringComparison.Ordinal))
        {
            // A long message: its parts in order, '*' standing for anything.
            var pattern = "^" + string.Join(".*", expected.Split('*').Select(System.Text.RegularExpressions.Regex.Escape)) + "$";
            Assert.IsTrue(System.Text.RegularExpressions.Regex.IsMatch(woven.Result, pattern, System.Text.RegularExpressions.RegexOptions.Singleline),
                $"{caseName} ({build}): expected {expected}\nbut was {woven.Result}");
        }
        else
        {
            Assert.AreEqual(expected, woven.Result, $"{caseName} ({build})");
        }
    }
}
