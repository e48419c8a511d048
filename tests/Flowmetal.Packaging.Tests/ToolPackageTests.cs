using Flowmetal.Packaging.Tests.Infrastructure;
using Flowmetal.Runtime.Tests.Infrastructure;

namespace Flowmetal.Packaging.Tests;

/// <summary>The operators' tool as a user gets it: packed as a .NET tool, installed with dotnet tool install, run as flowmetal.</summary>
[TestClass]
public sealed class ToolPackageTests
{
    // Its own version, so the tool can only come from the folder packed here.
    private const string Version = "0.0.1-tooltest";

    [TestMethod]
    public void TheToolPackageInstallsAsTheFlowmetalCommand()
    {
        var root = LocalPackage.RepoRoot;
        var folder = Path.Combine(LocalPackage.WorkDirectory, "tool-packages");
        var tools = Path.Combine(LocalPackage.WorkDirectory, "tools");
        var cached = Path.Combine(Environment.GetEnvironmentVariable("NUGET_PACKAGES") ??
            Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages"), "flowmetal.tool", Version);
        if (Directory.Exists(cached))
        {
            Directory.Delete(cached, recursive: true);
        }

        // --no-build: the tool this project's build made (it references the tool project), as the library is packed.
        DotnetCli.Run(root, $"pack \"{Path.Combine(root, "runtime", "Flowmetal.Tool", "Flowmetal.Tool.csproj")}\" --no-build -c {LocalPackage.Configuration} -o \"{folder}\" -p:Version={Version}");
        DotnetCli.Run(LocalPackage.WorkDirectory, $"tool install Flowmetal.Tool --version {Version} --add-source \"{folder}\" --tool-path \"{tools}\"");

        var help = DotnetCli.RunProgram(Path.Combine(tools, "flowmetal"), "--help");
        Assert.AreEqual(0, help.ExitCode, help.Output);
        StringAssert.Contains(help.Output, "Usage: flowmetal <command> [arguments] [options]");
        var prefix = RedisServer.UniquePrefix("tool-package");
        var list = DotnetCli.RunProgram(Path.Combine(tools, "flowmetal"), $"list --redis {RedisServer.Endpoint} --prefix {prefix}");
        Assert.AreEqual(0, list.ExitCode, list.Output);
        StringAssert.Contains(list.Output, $"No flows in Redis {RedisServer.Endpoint}, prefix '{prefix}'.");
        var wrong = DotnetCli.RunProgram(Path.Combine(tools, "flowmetal"), "rewind");
        Assert.AreEqual(2, wrong.ExitCode, wrong.Output);
    }
}
