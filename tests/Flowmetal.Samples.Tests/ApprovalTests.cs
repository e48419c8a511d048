using System.Text.RegularExpressions;
using Flowmetal.Runtime.Tests.Infrastructure;

namespace Flowmetal.Samples.Tests;

/// <summary>samples/Approval: the order waits for a decision and a durable delay, across a worker restart.</summary>
[TestClass]
public sealed class ApprovalTests
{
    [TestMethod]
    public void InMemoryTheOrderWaitsSurvivesAWorkerRestartAndShipsAfterTheDelay()
    {
        var output = SampleProgram.Run("Approval");

        StringAssert.Matches(output, new Regex(@"Waiting, waiting on signal 'decision'"));
        StringAssert.Matches(output, new Regex(@"at Approval\.Orders\.ApprovalFlow::Process\(System\.Int32\) at .*ApprovalFlow\.cs:\d+"), "the suspended stack, with file and line");
        StringAssert.Contains(output, "worker stopped");
        StringAssert.Contains(output, "Waiting, waiting on timer due");
        StringAssert.Matches(output, new Regex(@"result: order 42 \(espresso machine x2\) approved and shipped"));
        Assert.IsTrue(output.IndexOf("worker stopped", StringComparison.Ordinal) < output.IndexOf("result:", StringComparison.Ordinal));
    }

    [TestMethod]
    public void OnRedisEachCommandIsItsOwnProcessAndTheOrderOutlivesItsFirstWorker()
    {
        var redis = $"--redis {RedisServer.Endpoint} --prefix {RedisServer.UniquePrefix("approval")}";
        var id = SampleProgram.Run("Approval", $"{redis} start 7").Trim();
        Assert.IsTrue(Regex.IsMatch(id, "^[0-9a-f]{32}$"), "start prints the flow id: " + id);

        using (var first = SampleProgram.Start("Approval", $"{redis} worker"))
        {
            WaitForStatus(redis, id, "waiting on signal 'decision'");
        }

        SampleProgram.Run("Approval", $"{redis} signal {id} approved");
        using var second = SampleProgram.Start("Approval", $"{redis} worker");
        var done = WaitForStatus(redis, id, ": Completed");

        var shippedBy = Regex.Match(done, @"result: order 7 \(espresso machine x2\) approved and shipped by pid (\d+)");
        Assert.IsTrue(shippedBy.Success, done);
        StringAssert.Contains(second.Output, "worker pid " + shippedBy.Groups[1].Value, "the second worker finished the order");
    }

    [TestMethod]
    public void OnRedisAnUnknownIdIsReportedWithoutAStackTrace()
    {
        var redis = $"--redis {RedisServer.Endpoint} --prefix {RedisServer.UniquePrefix("approval")}";
        const string Unknown = "0123456789abcdef0123456789abcdef";

        foreach (var command in new[] { $"status {Unknown}", $"signal {Unknown} approved" })
        {
            var (exitCode, output) = SampleProgram.RunToEnd("Approval", $"{redis} {command}");
            Assert.AreEqual(1, exitCode, output);
            StringAssert.Contains(output, $"No flow with id '{Unknown}' exists in this store");
            Assert.IsFalse(output.Contains("Unhandled exception", StringComparison.Ordinal), output);
        }
    }

    private static string WaitForStatus(string redis, string id, string expected)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (true)
        {
            var status = SampleProgram.Run("Approval", $"{redis} status {id}");
            if (status.Contains(expected, StringComparison.Ordinal))
            {
                return status;
            }

            Assert.IsTrue(DateTime.UtcNow < deadline, $"status never showed '{expected}'; last:\n{status}");
            Thread.Sleep(200);
        }
    }
}
