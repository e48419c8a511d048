using Flowmetal.Benchmarks.Runtime;
using Flowmetal.Client;
using Flowmetal.Runtime.Flows;
using Flowmetal.Storage;
using Flowmetal.Storage.InMemory;
using Flowmetal.Storage.Redis;
using Flowmetal.Worker;

namespace Flowmetal.Benchmarks.Peers;

/// <summary>Flowmetal: a woven loop calling the step and <c>Flow.Checkpoint()</c>, one in-process worker.</summary>
internal sealed class FlowmetalStepEngine : IStepEngine
{
    private readonly string? _redis;
    private IFlowStore? _store;
    private FlowClient? _client;
    private CancellationTokenSource? _stop;
    private Task? _worker;
    private string? _prefix;

    private FlowmetalStepEngine(string name, string? redis)
    {
        Name = name;
        _redis = redis;
    }

    public string Name { get; }

    public string Setup => _redis is null
        ? "**Flowmetal, in memory**: `InMemoryFlowStore` (it stores serialized bytes, as Redis would), one `FlowWorker` in the same process. The workflow is a plain `for` loop in a woven method: `sum += StepClock.Step(i); Flow.Checkpoint();` — every checkpoint serializes the stack and stores it."
        : "**Flowmetal, Redis**: `RedisFlowStore` on a local redis-server (no persistence to disk, as for the other stores), one `FlowWorker` in the same process; the same woven loop. Every checkpoint is a Lua-scripted write of the continuation to Redis.";

    public static FlowmetalStepEngine InMemory() => new("Flowmetal (in memory)", null);

    public static FlowmetalStepEngine Redis(string endpoint) => new("Flowmetal (Redis)", endpoint);

    public async Task StartAsync()
    {
        _prefix = "fmbench-steps-" + Guid.NewGuid().ToString("N")[..8];
        _store = _redis is null
            ? new InMemoryFlowStore()
            : await RedisFlowStore.ConnectAsync(_redis, new RedisFlowStoreOptions { KeyPrefix = _prefix });
        _client = new FlowClient(_store, new FlowClientOptions { PollInterval = TimeSpan.FromMilliseconds(5) });
        _stop = new CancellationTokenSource();
        _worker = new FlowWorker(_store, new FlowWorkerOptions { MaxConcurrentFlows = 1 }).RunAsync(_stop.Token);
    }

    public async Task RunAsync(int steps, CancellationToken cancellationToken)
    {
        var id = await _client!.StartAsync(() => BenchmarkFlows.Sequential(steps), cancellationToken: cancellationToken);
        await _client.WaitForResultAsync<int>(id, TimeSpan.FromHours(1), cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        if (_stop is not null)
        {
            await _stop.CancelAsync();
            await _worker!;
            _stop.Dispose();
        }

        if (_store is IAsyncDisposable disposable)
        {
            await disposable.DisposeAsync();
        }
        else if (_store is IDisposable syncDisposable)
        {
            syncDisposable.Dispose();
        }

        if (_redis is not null && _prefix is not null)
        {
            // The flows of a run stay in Redis; a long-lived one (--redis) should not keep them.
            await BenchmarkRedis.DeleteKeysAsync(_redis, _prefix);
        }
    }
}
