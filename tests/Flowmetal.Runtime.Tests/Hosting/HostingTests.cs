using System.Collections.Concurrent;
using Flowmetal.Client;
using Flowmetal.Hosting;
using Flowmetal.Runtime.Flows;
using Flowmetal.Runtime.Flows.Support;
using Flowmetal.Runtime.Tests.Infrastructure;
using Flowmetal.Storage;
using Flowmetal.Storage.InMemory;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Flowmetal.Runtime.Tests.Hosting;

/// <summary>AddFlowmetal and AddFlowmetalWorker on a Microsoft.Extensions.Hosting host: options, validation, several workers, graceful stop.</summary>
[TestClass]
public sealed class HostingTests
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(30);

    [TestMethod]
    public async Task HostRunsFlowsOnSeveralNamedWorkersWithAnInjectedClient()
    {
        var logs = new CapturingLogger();
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.ClearProviders().AddProvider(logs).SetMinimumLevel(LogLevel.Debug);
        builder.Services.AddFlowmetal(o => o.UseInMemory())
            .AddFlowmetalWorker("orders", w => w.MaxConcurrentFlows = 2)
            .AddFlowmetalWorker("billing", w =>
            {
                w.MaxConcurrentFlows = 1;
                w.WorkerId = "billing-1";
            });
        using var host = builder.Build();
        await host.StartAsync();

        var client = host.Services.GetRequiredService<FlowClient>();
        var ids = new List<FlowId>();
        for (int i = 0; i < 6; i++)
        {
            ids.Add(await client.StartAsync(() => ContractFlows.CountWithCheckpoints(4)));
        }

        foreach (var id in ids)
        {
            Assert.AreEqual(6, await client.WaitForResultAsync<int>(id, Wait));
        }

        Assert.AreSame(host.Services.GetRequiredService<IFlowStore>(), host.Services.GetRequiredService<IFlowStore>());
        Assert.IsInstanceOfType<InMemoryFlowStore>(host.Services.GetRequiredService<IFlowStore>());
        Assert.HasCount(2, host.Services.GetServices<IHostedService>().Where(s => s.GetType().Name == "FlowWorkerService"));
        await host.StopAsync();
        Assert.IsTrue(logs.Entries.Any(e => e.Category == "Flowmetal.Worker.orders" && e.Event.Id == 3), "workers log through the host's logging");
        Assert.IsTrue(logs.Entries.Any(e => e.Category == "Flowmetal.Worker.billing" && e.Message.Contains("billing-1", StringComparison.Ordinal)));
    }

    [TestMethod]
    public async Task ContainmentOptionsReachTheStoreAndTheWorkers()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Services.AddFlowmetal(o =>
            {
                o.UseInMemory();
                o.Limits = new FlowStoreLimits { MaxBufferedSignals = 2 };
            })
            .AddFlowmetalWorker("small", w => w.MaxContinuationBytes = 64 * 1024);
        using var host = builder.Build();
        await host.StartAsync();
        var client = host.Services.GetRequiredService<FlowClient>();

        var large = await client.StartAsync(() => ContainmentFlows.HoldsLarge(200));
        var waiting = await client.StartAsync(() => ContractFlows.WaitForever());
        await client.SignalAsync(waiting, "other", 1);
        await client.SignalAsync(waiting, "other", 2);
        var refused = await Assert.ThrowsExactlyAsync<FlowLimitExceededException>(() => client.SignalAsync(waiting, "other", 3));
        var failed = await Assert.ThrowsExactlyAsync<FlowFailedException>(() => client.WaitForResultAsync<int>(large, Wait));
        await host.StopAsync();

        Assert.AreEqual("MaxBufferedSignals", refused.Limit);
        Assert.AreEqual(2, refused.Maximum);
        StringAssert.Contains(failed.ErrorMessage, "MaxContinuationBytes");
        StringAssert.Contains(failed.ErrorMessage, "64 KiB");
    }

    [TestMethod]
    public async Task ContainmentOptionsAreValidatedWhenTheHostStarts()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Services.AddFlowmetal(o =>
            {
                o.UseInMemory();
                o.Limits = new FlowStoreLimits { MaxBufferedSignals = 0 };
                o.RedisReplicasToAcknowledge = -1;
            })
            .AddFlowmetalWorker("strict", w =>
            {
                w.MaxStepAttempts = 0;
                w.StepRetryBackoff = TimeSpan.FromMinutes(5);
                w.MaxContinuationBytes = 10;
                w.ClaimAhead = -1;
            });
        using var host = builder.Build();

        var thrown = await Assert.ThrowsAsync<Exception>(() => host.StartAsync());
        var error = thrown is AggregateException all
            ? new OptionsValidationException("all", typeof(object), all.InnerExceptions.OfType<OptionsValidationException>().SelectMany(e => e.Failures))
            : (OptionsValidationException)thrown;

        StringAssert.Contains(error.Message, "Flowmetal's Limits.MaxBufferedSignals is 0: A flow buffers at least 1 signal.");
        StringAssert.Contains(error.Message, "RedisReplicasToAcknowledge is -1");
        StringAssert.Contains(error.Message, "Flowmetal worker 'strict': MaxStepAttempts is 0");
        StringAssert.Contains(error.Message, "Flowmetal worker 'strict': StepRetryBackoff (00:05:00) must be between zero and MaxStepRetryBackoff (00:01:00)");
        StringAssert.Contains(error.Message, "Flowmetal worker 'strict': MaxContinuationBytes is 10");
        StringAssert.Contains(error.Message, "Flowmetal worker 'strict': ClaimAhead is -1");
    }

    [TestMethod]
    public async Task OptionsAreValidatedWhenTheHostStarts()
    {
        var noStore = Host.CreateApplicationBuilder();
        noStore.Services.AddFlowmetal(_ => { }).AddFlowmetalWorker("default");
        using (var host = noStore.Build())
        {
            var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());
            StringAssert.Contains(error.Message, "Flowmetal has no store: call o.UseRedis(\"host:port\"), o.UseInMemory()");
        }

        var badWorker = Host.CreateApplicationBuilder();
        badWorker.Services.AddFlowmetal(o => o.UseInMemory()).AddFlowmetalWorker("bad", w =>
        {
            w.MaxConcurrentFlows = 0;
            w.LeaseDuration = TimeSpan.FromMilliseconds(10);
        });
        using (var host = badWorker.Build())
        {
            var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());
            StringAssert.Contains(error.Message, "Flowmetal worker 'bad': MaxConcurrentFlows is 0");
            StringAssert.Contains(error.Message, "Flowmetal worker 'bad': LeaseDuration is 00:00:00.0100000");
        }

        var badRedis = Host.CreateApplicationBuilder();
        badRedis.Services.AddFlowmetal(o => o.UseRedis("localhost:6379", keyPrefix: "has space"));
        using (var host = badRedis.Build())
        {
            var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());
            StringAssert.Contains(error.Message, "Redis key prefix 'has space' is not valid");
        }

        var services = new ServiceCollection();
        var flowmetal = services.AddFlowmetal(o => o.UseInMemory()).AddFlowmetalWorker("twice");
        var duplicate = Assert.ThrowsExactly<ArgumentException>(() => flowmetal.AddFlowmetalWorker("twice"));
        StringAssert.Contains(duplicate.Message, "'twice' is already added");
    }

    [TestMethod]
    public async Task HostStoppedUnderLoadLosesNoFlow()
    {
        const int Flows = 40;
        var completions = new ConcurrentDictionary<string, int>();
        SideEffects.Sink = key => completions.AddOrUpdate(key, 1, (_, n) => n + 1);
        SideEffects.StepMilliseconds = 20;
        var prefix = RedisServer.UniquePrefix("hosting");
        try
        {
            using var first = RedisHost(prefix, "first");
            await first.StartAsync();
            var client = first.Services.GetRequiredService<FlowClient>();
            var ids = new List<FlowId>();
            for (int i = 0; i < Flows; i++)
            {
                var key = "h" + i;
                ids.Add(await client.StartAsync(() => CrashFlows.Count(key, 10), new FlowId("host-" + i)));
            }

            while (completions.GetValueOrDefault("steps") < Flows * 10 / 4)
            {
                await Task.Delay(10);
            }

            await first.StopAsync();
            var afterStop = await Task.WhenAll(ids.Select(id => client.GetAsync(id)));
            Assert.IsFalse(afterStop.Any(i => i.Status == FlowStatus.Running), "the stopping worker stored and released every running flow: " + string.Join("; ", afterStop.Where(i => i.Status == FlowStatus.Running).Select(i => $"{i.Id} worker {i.Worker} attempts {i.Attempts} suspensions {i.Suspensions} lease {i.LeaseExpiresAt:HH:mm:ss.fff} updated {i.UpdatedAt:HH:mm:ss.fff} now {DateTimeOffset.UtcNow:HH:mm:ss.fff} error {i.Error?.Message}")) + $" steps {completions.GetValueOrDefault("steps")} statuses {string.Join(",", afterStop.GroupBy(i => i.Status).Select(g => $"{g.Key}={g.Count()}"))}");
            Assert.IsTrue(afterStop.Any(i => i.Status != FlowStatus.Completed), "the host stopped mid-load");

            using var second = RedisHost(prefix, "second");
            await second.StartAsync();
            var secondClient = second.Services.GetRequiredService<FlowClient>();
            foreach (var id in ids)
            {
                Assert.AreEqual(385L, await secondClient.WaitForResultAsync<long>(id, Wait));
            }

            await second.StopAsync();
            for (int i = 0; i < Flows; i++)
            {
                Assert.AreEqual(1, completions.GetValueOrDefault("completed:h" + i), $"flow h{i} completed once");
            }
        }
        finally
        {
            SideEffects.StepMilliseconds = 0;
        }
    }

    [TestMethod]
    public async Task FlowStillRunningAfterTheGracePeriodIsReleasedToAnotherNode()
    {
        var store = new InMemoryFlowStore();
        var key = "grace-" + Guid.NewGuid().ToString("N")[..6];
        var iterations = new ConcurrentDictionary<string, int>();
        SideEffects.Sink = k => iterations.AddOrUpdate(k, 1, (_, n) => n + 1);

        var first = SharedStoreHost(store, "slow-node");
        await first.StartAsync();
        var client = first.Services.GetRequiredService<FlowClient>();
        var id = await client.StartAsync(() => CancellationFlows.Activity(key, 1500));
        while (iterations.GetValueOrDefault(key + ":iteration") < 1)
        {
            await Task.Delay(10);
        }

        await first.StopAsync();
        var released = await client.GetAsync(id);
        Assert.IsTrue(released.LeaseExpiresAt is null || released.LeaseExpiresAt <= DateTimeOffset.UtcNow, $"the lease was released, not left to expire: {released}");

        using var second = SharedStoreHost(store, "next-node");
        await second.StartAsync();
        var deadline = DateTime.UtcNow + Wait;
        FlowInfo info;
        do
        {
            await Task.Delay(20);
            info = await client.GetAsync(id);
        }
        while (info.Worker?.StartsWith("next-node", StringComparison.Ordinal) != true && DateTime.UtcNow < deadline);

        StringAssert.StartsWith(info.Worker, "next-node", "another node resumed the flow long before its 30 s lease would have expired");
        await client.CancelAsync(id);
        StringAssert.StartsWith(await client.WaitForResultAsync<string>(id, Wait), "cancelled after");
        await second.StopAsync();
        first.Dispose();
    }

    private static IHost RedisHost(string prefix, string name)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.ClearProviders();
        builder.Services.AddFlowmetal(o =>
            {
                o.UseRedis(RedisServer.Endpoint, prefix);
                o.ClientPollInterval = TimeSpan.FromMilliseconds(200);
            })
            .AddFlowmetalWorker(name, w =>
            {
                w.MaxConcurrentFlows = 4;
                w.PollInterval = TimeSpan.FromMilliseconds(100);
                w.ShutdownGracePeriod = TimeSpan.FromSeconds(10);
            });
        return builder.Build();
    }

    private static IHost SharedStoreHost(IFlowStore store, string name)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.ClearProviders();
        builder.Services.AddFlowmetal(o =>
            {
                o.UseStore(_ => store);
                o.ClientPollInterval = TimeSpan.FromMilliseconds(100);
            })
            .AddFlowmetalWorker(name, w =>
            {
                w.WorkerId = name + "-" + Guid.NewGuid().ToString("N")[..4];
                w.LeaseDuration = TimeSpan.FromSeconds(30);
                w.PollInterval = TimeSpan.FromMilliseconds(100);
                w.ShutdownGracePeriod = TimeSpan.FromMilliseconds(200);
            });
        return builder.Build();
    }
}
