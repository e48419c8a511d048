using System.Diagnostics;
using System.Reflection;

namespace Flowmetal.Tool.Tests;

/// <summary>The flowmetal tool run as a user runs it (dotnet Flowmetal.Tool.dll ...), from its own output folder.</summary>
internal static class ToolProcess
{
    public static string AssemblyPath { get; } = typeof(ToolProcess).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "ToolAssembly").Value!;

    public static ToolRun Run(params string[] arguments) => Run(new Dictionary<string, string>(), arguments);

    public static ToolRun Run(IReadOnlyDictionary<string, string> environment, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetDirectoryName(AssemblyPath)!,
        };
        start.ArgumentList.Add(AssemblyPath);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment.Remove("FLOWMETAL_REDIS");
        start.Environment.Remove("FLOWMETAL_PREFIX");
        start.Environment.Remove("FLOWMETAL_SIGNING_KEY");
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start the tool.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(60_000))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"flowmetal {string.Join(' ', arguments)} did not exit within 60 s.");
        }

        return new ToolRun(process.ExitCode, output.GetAwaiter().GetResult(), error.GetAwaiter().GetResult());
    }
}

/// <summary>What one run of the tool printed and returned.</summary>
internal sealed record ToolRun(int ExitCode, string Output, string Error)
{
    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Output}\n--- stderr\n{Error}";
}
