using System.Reflection;

namespace Flowmetal.Packaging.Tests.Infrastructure;

/// <summary>
/// The Flowmetal package, packed once per test run into a local folder, and fresh consumer
/// projects outside the repository (no Directory.Build.props, no in-solution weaver) that get it
/// from there.
/// </summary>
internal static class LocalPackage
{
    private static readonly Lazy<string> s_folder = new(Pack);

    static LocalPackage()
    {
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Clean();
    }

    /// <summary>A version no feed has, so the package can only come from <see cref="Folder"/>.</summary>
    public const string Version = "0.0.1-test";

    /// <summary>Holds the packages folder and every consumer project.</summary>
    public static string WorkDirectory { get; } = Directory.CreateTempSubdirectory("flowmetal-packaging-").FullName;

    /// <summary>The repository's root folder.</summary>
    public static string RepoRoot => Metadata("RepoRoot");

    /// <summary>The configuration this test project was built in (the one its referenced projects were built in).</summary>
    public static string Configuration => Metadata("Configuration");

    /// <summary>The folder the package was packed into (packed on first use).</summary>
    public static string Folder => s_folder.Value;

    private static string Pack()
    {
        var folder = Path.Combine(WorkDirectory, "packages");
        Directory.CreateDirectory(folder);
        var root = Metadata("RepoRoot");

        // The global packages folder may hold an older build under the same version.
        var cached = Path.Combine(Environment.GetEnvironmentVariable("NUGET_PACKAGES") ??
            Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages"), "flowmetal", Version);
        if (Directory.Exists(cached))
        {
            Directory.Delete(cached, recursive: true);
        }

        // --no-build: the package is made of the runtime and weaver this test project's build already
        // made (it references the package project). Building them again here, with the test version,
        // would replace the repository's own Flowmetal.dll (assembly version 0.1.0.0) with a 0.0.1.0 one
        // while other test assemblies of the same run copy or load it.
        DotnetCli.Run(root, $"pack \"{Path.Combine(root, "nuget", "Flowmetal.Package.csproj")}\" --no-build -c {Metadata("Configuration")} -o \"{folder}\" -p:Version={Version}");
        return folder;
    }

    private static void Clean()
    {
        try
        {
            Directory.Delete(WorkDirectory, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    /// <summary>
    /// <c>dotnet new console</c> in a new folder, with a nuget.config that adds the local folder to
    /// the usual sources (Flowmetal's dependencies come from the feed as they would for a user).
    /// </summary>
    public static string NewConsoleProject(string name)
    {
        var directory = Path.Combine(WorkDirectory, name);
        DotnetCli.Run(WorkDirectory, $"new console -o \"{directory}\" -n {name}");
        File.WriteAllText(Path.Combine(directory, "nuget.config"), $"""
            <configuration>
              <packageSources>
                <add key="flowmetal-local" value="{Folder}" />
              </packageSources>
            </configuration>
            """);
        return directory;
    }

    private static string Metadata(string key) =>
        typeof(LocalPackage).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value!;
}
