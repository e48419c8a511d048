using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text.RegularExpressions;

namespace Flowmetal.Benchmarks.Reporting;

/// <summary>What the numbers were measured on, read off the machine itself.</summary>
internal static class MachineDescription
{
    public static IReadOnlyList<string> Read() =>
    [
        $"CPU: {CpuModel()}, {Environment.ProcessorCount} logical cores",
        $"memory: {MemoryGiB()}",
        $"OS: {OsName()}",
        $".NET: {RuntimeInformation.FrameworkDescription} ({RuntimeInformation.ProcessArchitecture})",
        $"Redis: {Command("redis-server", "--version") ?? "not found"}",
    ];

    private static string CpuModel() =>
        ReadLine("/proc/cpuinfo", @"^model name\s*:\s*(.+)$") ?? RuntimeInformation.ProcessArchitecture.ToString();

    private static string MemoryGiB()
    {
        var kib = ReadLine("/proc/meminfo", @"^MemTotal:\s*(\d+) kB");
        return kib is null ? "unknown" : $"{long.Parse(kib, System.Globalization.CultureInfo.InvariantCulture) / 1024.0 / 1024.0:0.0} GiB";
    }

    private static string OsName() =>
        ReadLine("/etc/os-release", "^PRETTY_NAME=\"?([^\"]+)\"?$") ?? RuntimeInformation.OSDescription;

    private static string? ReadLine(string path, string pattern)
    {
        if (!File.Exists(path))
        {
            return null;
        }

        return File.ReadLines(path).Select(line => Regex.Match(line, pattern)).FirstOrDefault(m => m.Success)?.Groups[1].Value.Trim();
    }

    private static string? Command(string file, string arguments)
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo(file, arguments) { RedirectStandardOutput = true, UseShellExecute = false });
            var output = process!.StandardOutput.ReadToEnd().Trim();
            process.WaitForExit();
            return output;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }
}
