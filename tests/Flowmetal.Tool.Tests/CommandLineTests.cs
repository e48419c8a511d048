using Flowmetal.Tool.Commands;

namespace Flowmetal.Tool.Tests;

/// <summary>The tool's command line, in process: what a shell user gets for a wrong or a helped command (no Redis is reached).</summary>
[TestClass]
public sealed class CommandLineTests
{
    [TestMethod]
    [DataRow(new string[0], "No command given")]
    [DataRow(new[] { "frobnicate" }, "Unknown command 'frobnicate'. Commands: list, show, signal, cancel, retry, history, rewind.")]
    [DataRow(new[] { "show" }, "'flowmetal show' needs <id>.")]
    [DataRow(new[] { "show", "a", "b" }, "'flowmetal show' takes 1 argument(s); 'b' is one too many")]
    [DataRow(new[] { "list", "--status", "Sleeping" }, "'Sleeping' is not a status: use one of Pending, Running, Waiting, Completed, Failed, Cancelled.")]
    [DataRow(new[] { "list", "--limit=0" }, "--limit must be a whole number of at least 1, not '0'.")]
    [DataRow(new[] { "list", "--colour" }, "'flowmetal list' has no option --colour.")]
    [DataRow(new[] { "show", "x", "--redis" }, "--redis needs a value (host:port).")]
    [DataRow(new[] { "rewind", "x", "-1" }, "<n> must be a whole number of at least 0, not '-1'.")]
    [DataRow(new[] { "list", "--prefix", "{a}" }, "--prefix '{a}' is not a key prefix a store can have: not empty, no braces, no whitespace.")]
    [DataRow(new[] { "signal", "x", "n", "{\"a\": 1}" }, "")]
    public async Task AWrongCommandLineExitsWith2AndSaysWhy(string[] args, string message)
    {
        var (exit, output, error) = await RunAsync(args);

        if (message.Length == 0)
        {
            // Reaching for Redis means the command line was accepted: an object payload is checked against the flow's wait.
            Assert.AreEqual(1, exit, error);
            StringAssert.Contains(error, "cannot reach Redis 127.0.0.1:1");
            return;
        }

        Assert.AreEqual(2, exit, output + error);
        StringAssert.Contains(error, message);
        Assert.AreEqual(string.Empty, output);
    }

    [TestMethod]
    public async Task HelpIsThereForTheToolAndEachCommand()
    {
        var tool = await RunAsync("--help");
        Assert.AreEqual(0, tool.Exit);
        StringAssert.Contains(tool.Output, "Exit codes: 0 done, 1 failed (no such flow, refused, Redis unreachable), 2 wrong command line.");
        foreach (var command in ToolCommand.All)
        {
            var help = await RunAsync(command.Spec.Name, "--help");
            var named = await RunAsync("help", command.Spec.Name);
            Assert.AreEqual(0, help.Exit, help.Error);
            StringAssert.Contains(help.Output, "Usage: flowmetal " + command.Spec.Name);
            StringAssert.Contains(help.Output, "--json");
            Assert.AreEqual(help.Output, named.Output);
        }
    }

    [TestMethod]
    public async Task OptionsGoAnywhereAndDoubleDashEndsThem()
    {
        // Accepted, so the tool reaches for Redis (which is not there): exit 1, not 2.
        var reason = await RunAsync("--json", "cancel", "order-1", "--", "--by", "ops");
        Assert.AreEqual(1, reason.Exit, reason.Error);
        StringAssert.Contains(reason.Error, "cannot reach Redis 127.0.0.1:1, prefix 'flowmetal'");
        var inline = await RunAsync("list", "--limit=5", "--method=*Order*");
        Assert.AreEqual(1, inline.Exit, inline.Error);
    }

    [TestMethod]
    public void PayloadsBecomeValuesOfDotNetsOwnTypesOnly()
    {
        Assert.AreEqual("yes", SignalPayload.Read("yes", typeof(string)));
        Assert.AreEqual("yes", SignalPayload.Read("\"yes\"", typeof(string)));
        Assert.AreEqual(42, SignalPayload.Read("42", typeof(int)));
        Assert.AreEqual(12.5m, SignalPayload.Read("12.5", typeof(decimal)));
        var id = Guid.NewGuid();
        Assert.AreEqual(id, SignalPayload.Read(id.ToString(), typeof(Guid)), "a Guid without JSON quotes");
        CollectionAssert.AreEqual(new List<int> { 1, 2 }, (List<int>)SignalPayload.Read("[1, 2]", typeof(List<int>))!);
        var wrong = Assert.ThrowsExactly<FormatException>(() => SignalPayload.Read("maybe", typeof(bool)));
        StringAssert.Contains(wrong.Message, "'maybe' is not a JSON System.Boolean");

        Assert.AreEqual(typeof(bool), SignalPayload.Resolve("System.Boolean, System.Private.CoreLib"));
        Assert.AreEqual(typeof(List<string>), SignalPayload.Resolve("System.Collections.Generic.List`1[[System.String, System.Private.CoreLib]], System.Private.CoreLib"));
        Assert.IsNull(SignalPayload.Resolve("Flowmetal.Runtime.Flows.OrderNote, Flowmetal.Runtime.Flows"), "an application's type is never loaded");
        Assert.AreEqual(typeof(bool), SignalPayload.Infer("true"));
        Assert.AreEqual(typeof(int), SignalPayload.Infer("12"));
        Assert.AreEqual(typeof(long), SignalPayload.Infer("12345678901"));
        Assert.AreEqual(typeof(double), SignalPayload.Infer("1.5"));
        Assert.AreEqual(typeof(string), SignalPayload.Infer("approved by ann"));
    }

    private static async Task<(int Exit, string Output, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        // Before the command, where the common options may go too (after a '--' it would be an argument).
        var withRedis = args.Length > 0 && !args.Contains("--redis") ? new[] { "--redis", "127.0.0.1:1" }.Concat(args).ToArray() : args;
        int exit = await ToolApplication.RunAsync(withRedis, output, error, CancellationToken.None);
        return (exit, output.ToString(), error.ToString());
    }
}
