using System.Diagnostics;
using System.Reflection;
using System.Text;

namespace Flowmetal.Samples.Tests;

/// <summary>One run of a sample's built program, as <c>dotnet Sample.dll args</c>, its output captured.</summary>
internal sealed class SampleProgram : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private SampleProgram(string sample, string arguments)
    {
        var dll = Path.Combine(Metadata("SamplesRoot"), sample, "bin", Metadata("Configuration"), "net10.0", sample + ".dll");
        Assert.IsTrue(File.Exists(dll), $"{dll} was not built");
        _process = new Process
        {
            StartInfo = new ProcessStartInfo("dotnet", $"\"{dll}\" {arguments}")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            },
        };
        _process.OutputDataReceived += (_, e) => Append(e.Data);
        _process.ErrorDataReceived += (_, e) => Append(e.Data);
        _process.Start();
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        Description = $"{sample} {arguments}";
    }

    public string Description { get; }

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    /// <summary>Starts the sample and leaves it running.</summary>
    public static SampleProgram Start(string sample, string arguments = "") => new(sample, arguments);

    /// <summary>Runs the sample to its end; fails the test if it does not exit 0 within <paramref name="timeout"/>.</summary>
    public static string Run(string sample, string arguments = "", TimeSpan? timeout = null)
    {
        using var program = Start(sample, arguments);
        return program.WaitForExit(timeout ?? TimeSpan.FromSeconds(60));
    }

    /// <summary>Runs the sample to its end, whatever its exit code; fails the test if it does not end within a minute.</summary>
    public static (int ExitCode, string Output) RunToEnd(string sample, string arguments)
    {
        using var program = Start(sample, arguments);
        program.WaitForEnd(TimeSpan.FromSeconds(60));
        return (program._process.ExitCode, program.Output);
    }

    public string WaitForExit(TimeSpan timeout)
    {
        WaitForEnd(timeout);
        Assert.AreEqual(0, _process.ExitCode, $"{Description} failed; output:\n{Output}");
        return Output;
    }

    private void WaitForEnd(TimeSpan timeout)
    {
        if (!_process.WaitForExit(timeout))
        {
            _process.Kill(entireProcessTree: true);
            Assert.Fail($"{Description} did not end within {timeout.TotalSeconds} s; output:\n{Output}");
        }

        // The parameterless wait also drains the redirected output, so Output is complete.
        _process.WaitForExit();
    }

    /// <summary>Waits until the output contains <paramref name="text"/>.</summary>
    public void WaitForOutput(string text, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!Output.Contains(text, StringComparison.Ordinal))
        {
            if (DateTime.UtcNow > deadline || _process.HasExited)
            {
                Assert.Fail($"{Description} did not print '{text}'; output:\n{Output}");
            }

            Thread.Sleep(20);
        }
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }

        _process.Dispose();
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }
    }

    private static string Metadata(string key) =>
        typeof(SampleProgram).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value!;
}
