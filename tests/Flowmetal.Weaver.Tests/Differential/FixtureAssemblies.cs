using System.Reflection;

namespace Flowmetal.Weaver.Tests.Differential;

/// <summary>The three builds of the fixture sources: plain (the reference) and woven in Debug and Release.</summary>
internal static class FixtureAssemblies
{
    public static readonly Assembly Plain = Assembly.Load("Flowmetal.Fixtures.Plain");
    public static readonly Assembly Debug = Assembly.Load("Flowmetal.Fixtures.Debug");
    public static readonly Assembly Release = Assembly.Load("Flowmetal.Fixtures.Release");

    public static Assembly Woven(string build) => build switch
    {
        "Debug" => Debug,
        "Release" => Release,
        _ => throw new ArgumentOutOfRangeException(nameof(build), build, "Debug or Release"),
    };

    /// <summary>Every <c>[Case]</c> method of the fixtures, as "Type::Method".</summary>
    public static IEnumerable<string> CaseNames() =>
        Plain.GetTypes()
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Where(m => m.GetCustomAttributes().Any(a => a.GetType().Name == "CaseAttribute"))
            .Select(m => m.DeclaringType!.FullName + "::" + m.Name)
            .OrderBy(n => n, StringComparer.Ordinal);

    public static MethodInfo Case(Assembly assembly, string name)
    {
        var parts = name.Split("::");
        var type = assembly.GetType(parts[0], throwOnError: true)!;
        return type.GetMethod(parts[1], BindingFlags.Public | BindingFlags.Static)
            ?? throw new InvalidOperationException($"{name} not found in {assembly.GetName().Name}");
    }

    public static List<string> TakeTrace(Assembly assembly) =>
        (List<string>)assembly.GetType("Flowmetal.Fixtures.Support.Trace", throwOnError: true)!
            .GetMethod("Take")!.Invoke(null, null)!;
}
