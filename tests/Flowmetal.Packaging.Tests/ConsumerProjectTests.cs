using System.Diagnostics;
using System.Reflection;

namespace Flowmetal.Packaging.Tests;

/// <summary>
/// The user's whole experience with the package: <c>dotnet add package Flowmetal</c>, a
/// FodyWeavers.xml, <c>dotnet build</c> weaves, the program runs. Uses a fresh project outside
/// the repository (no Directory.Build.props, no in-solution weaver).
/// </summary>
[TestClass]
public sealed class ConsumerProjectTests
{
    private static string s_work = string.Empty;
    private static string s_packages = string.Empty;

    [ClassInitialize]
    public static void PackOnce(TestContext context)
    {
        s_work = Path.Combine(Path.GetTempPath(), "flowmetal-packaging-" + Guid.NewGuid().ToString("N")[..8]);
        s_packages = Path.Combine(s_work, "packages");
        Directory.CreateDirectory(s_packages);
        var root = Metadata("RepoRoot");
        Run(root, "dotnet", $"pack \"{Path.Combine(root, "nuget", "Flowmetal.Package.csproj")}\" -c {Metadata("Configuration")} -o \"{s_packages}\" -p:Version=0.0.1-test");
    }

    [ClassCleanup]
    public static void Clean()
    {
        try
        {
            Directory.Delete(s_work, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    [TestMethod]
    public void AddPackageThenBuildWeavesTheConfiguredMethodsAndTheProgramRuns()
    {
        var project = Path.Combine(s_work, "Consumer");
        Directory.CreateDirectory(project);
        File.WriteAllText(Path.Combine(project, "Consumer.csproj"), """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
              </PropertyGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(project, "FodyWeavers.xml"), """
            <Weavers>
              <Flowmetal>
                <Include>Acme.Orders.*</Include>
              </Flowmetal>
            </Weavers>
            """);
        File.WriteAllText(Path.Combine(project, "Program.cs"), """
            using System.Reflection;
            namespace Acme.Orders
            {
                public static class OrderFlow
                {
                    public static string Process(int id)
                    {
                        Flowmetal.Flow.Checkpoint();
                        return "order " + id + " " + Ship(id);
                    }

                    private static string Ship(int id)
                    {
                        Flowmetal.Flow.Checkpoint();
                        return "shipped";
                    }
                }

                public static class Program
                {
                    public static void Main()
                    {
                        var woven = typeof(OrderFlow).GetMethod("Process")!.IsDefined(typeof(Flowmetal.Execution.WovenAttribute));
                        Console.WriteLine("woven=" + woven + " result=" + OrderFlow.Process(7));
                    }
                }
            }
            """);
        File.WriteAllText(Path.Combine(project, "nuget.config"), $"""
            <configuration>
              <packageSources>
                <add key="local" value="{s_packages}" />
              </packageSources>
            </configuration>
            """);

        Run(project, "dotnet", "add package Flowmetal --version 0.0.1-test");
        Run(project, "dotnet", "build -c Release");
        var output = Run(project, "dotnet", "run -c Release --no-build");

        StringAssert.Contains(output, "woven=True result=order 7 shipped", "the package's weaver wove the configured method");
    }

    [TestMethod]
    public void AWeaverErrorFailsTheBuildWithFileAndLine()
    {
        var project = Path.Combine(s_work, "Refused");
        Directory.CreateDirectory(project);
        File.WriteAllText(Path.Combine(project, "Refused.csproj"), """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="Flowmetal" Version="0.0.1-test" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(project, "FodyWeavers.xml"), "<Weavers><Flowmetal><Include>Acme.*</Include></Flowmetal></Weavers>");
        File.WriteAllText(Path.Combine(project, "Locked.cs"), """
            namespace Acme;
            public static class Locked
            {
                private static readonly object Gate = new();
                public static void Run()
                {
                    lock (Gate)
                    {
                        Flowmetal.Flow.Checkpoint();
                    }
                }
            }
            """);
        File.WriteAllText(Path.Combine(project, "nuget.config"), $"""
            <configuration><packageSources><add key="local" value="{s_packages}" /></packageSources></configuration>
            """);

        var (exitCode, output) = RunAllowingFailure(project, "dotnet", "build");

        Assert.AreNotEqual(0, exitCode, "the build must fail:\n" + output);
        StringAssert.Contains(output, "FL0102");
        StringAssert.Contains(output, "Locked.cs(9,");
        StringAssert.Contains(output, "move the suspension out of the lock");
    }

    private static string Metadata(string key) =>
        typeof(ConsumerProjectTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value!;

    private static string Run(string directory, string file, string arguments)
    {
        var (exitCode, output) = RunAllowingFailure(directory, file, arguments);
        Assert.AreEqual(0, exitCode, $"{file} {arguments} failed in {directory}:\n{output}");
        return output;
    }

    private static (int ExitCode, string Output) RunAllowingFailure(string directory, string file, string arguments)
    {
        var start = new ProcessStartInfo(file, arguments)
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };

        // A fresh MSBuild per command: the test must see the packed weaver, not one a build node cached.
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"{file} {arguments} timed out in {directory}");
        }

        return (process.ExitCode, stdout.Result + stderr.Result);
    }
}
