using System.Diagnostics;

namespace Flowmetal.Packaging.Tests.Infrastructure;

/// <summary>Runs dotnet (or a built program) the way a user at a terminal would, capturing its output.</summary>
internal static class DotnetCli
{
    public static string Run(string directory, string arguments, TimeSpan? timeout = null)
    {
        var (exitCode, output) = RunAllowingFailure(directory, arguments, timeout);
        Assert.AreEqual(0, exitCode, $"dotnet {arguments} failed in {directory}:\n{output}");
        return output;
    }

    /// <summary>Runs an installed program (a .NET tool's command) with its exit code and output, stdout then stderr.</summary>
    public static (int ExitCode, string Output) RunProgram(string program, string arguments) =>
        RunAllowingFailure(Path.GetDirectoryName(program)!, arguments, null, program);

    public static (int ExitCode, string Output) RunAllowingFailure(string directory, string arguments, TimeSpan? timeout = null, string program = "dotnet")
    {
        var start = new ProcessStartInfo(program, arguments)
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };

        // A fresh MSBuild per command: the test must see the packed weaver, not one a build node cached.
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout ?? TimeSpan.FromMinutes(5)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"{program} {arguments} timed out in {directory}; output so far:\n{stdout.Result}{stderr.Result}");
        }

        return (process.ExitCode, stdout.Result + stderr.Result);
    }
}
