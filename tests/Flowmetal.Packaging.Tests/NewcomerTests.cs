using Flowmetal.Packaging.Tests.Infrastructure;
using Flowmetal.Runtime.Tests.Infrastructure;

namespace Flowmetal.Packaging.Tests;

/// <summary>
/// A newcomer's whole path, as the README tells it: <c>dotnet new console</c>, <c>dotnet add
/// package Flowmetal</c> from the packed folder, a FodyWeavers.xml naming one namespace, a flow
/// that waits for a signal three frames deep, <c>dotnet build</c>; then two processes on Redis:
/// one starts the flow and exits while it waits, the other signals it and prints the result.
/// </summary>
[TestClass]
public sealed class NewcomerTests
{
    private const string FlowSource = """
        using Flowmetal;

        namespace Newcomer.Flows;

        public static class OrderFlow
        {
            public static string Process(int order)
            {
                Flow.Checkpoint();
                var verdict = Review(order);
                return $"order {order} {verdict}";
            }

            private static string Review(int order)
            {
                var approver = AskApprover(order);
                return "approved by " + approver;
            }

            // Third frame down: the whole stack waits here, in the store, for the signal.
            private static string AskApprover(int order)
            {
                var name = Flow.WaitForSignal<string>("approver");
                return name + " (" + order + ")";
            }
        }
        """;

    private const string ProgramSource = """
        using Flowmetal;
        using Flowmetal.Client;
        using Flowmetal.Storage.Redis;
        using Flowmetal.Worker;
        using Newcomer.Flows;

        // start <redis> <prefix>         starts a flow, works until it waits, prints its id, exits
        // finish <redis> <prefix> <id>   signals it, works until it completes, prints the result
        var store = await RedisFlowStore.ConnectAsync(args[1], new RedisFlowStoreOptions { KeyPrefix = args[2] });
        var client = new FlowClient(store);
        using var stop = new CancellationTokenSource();
        var worker = new FlowWorker(store).RunAsync(stop.Token);
        if (args[0] == "start")
        {
            var id = await client.StartAsync(() => OrderFlow.Process(7));
            while ((await client.GetAsync(id)).Status != FlowStatus.Waiting)
            {
                await Task.Delay(20);
            }

            Console.WriteLine($"waiting {id.Value} pid {Environment.ProcessId}");
        }
        else
        {
            var id = new FlowId(args[3]);
            await client.SignalAsync(id, "approver", "ada");
            var result = await client.WaitForResultAsync<string>(id, TimeSpan.FromMinutes(1));
            Console.WriteLine($"result {result} pid {Environment.ProcessId}");
        }

        await stop.CancelAsync();
        await worker;
        """;

    [TestMethod]
    public void NewConsoleProjectWithThePackageRunsAFlowThatWaitsThreeFramesDeepAcrossTwoProcessesOnRedis()
    {
        var project = LocalPackage.NewConsoleProject("Newcomer");
        DotnetCli.Run(project, $"add package Flowmetal --version {LocalPackage.Version}");
        File.WriteAllText(Path.Combine(project, "FodyWeavers.xml"), """
            <Weavers>
              <Flowmetal>
                <Include>Newcomer.Flows.*</Include>
              </Flowmetal>
            </Weavers>
            """);
        File.WriteAllText(Path.Combine(project, "OrderFlow.cs"), FlowSource);
        File.WriteAllText(Path.Combine(project, "Program.cs"), ProgramSource);

        var build = DotnetCli.Run(project, "build -c Release");
        StringAssert.DoesNotMatch(build, new System.Text.RegularExpressions.Regex("warning FL"), "the flow is woven without warnings");

        var program = Path.Combine(project, "bin", "Release", "net10.0", "Newcomer.dll");
        var prefix = RedisServer.UniquePrefix("newcomer");
        var started = DotnetCli.Run(project, $"\"{program}\" start {RedisServer.Endpoint} {prefix}", TimeSpan.FromMinutes(1));
        var waiting = System.Text.RegularExpressions.Regex.Match(started, @"waiting (\S+) pid (\d+)");
        Assert.IsTrue(waiting.Success, "the first process reports the waiting flow:\n" + started);

        var finished = DotnetCli.Run(project, $"\"{program}\" finish {RedisServer.Endpoint} {prefix} {waiting.Groups[1].Value}", TimeSpan.FromMinutes(1));
        var result = System.Text.RegularExpressions.Regex.Match(finished, @"result (.+) pid (\d+)");
        Assert.IsTrue(result.Success, "the second process prints the result:\n" + finished);
        Assert.AreEqual("order 7 approved by ada (7)", result.Groups[1].Value.Trim());
        Assert.AreNotEqual(waiting.Groups[2].Value, result.Groups[2].Value, "the flow finished in another process");
    }
}
