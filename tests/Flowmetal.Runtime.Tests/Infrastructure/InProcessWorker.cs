using Flowmetal.Storage;
using Flowmetal.Worker;

namespace Flowmetal.Runtime.Tests.Infrastructure;

/// <summary>A worker running in the test process until disposed.</summary>
internal sealed class InProcessWorker : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _running;

    public InProcessWorker(IFlowStore store, TimeSpan? lease = null, int threads = 4)
        : this(store, new FlowWorkerOptions
        {
            LeaseDuration = lease ?? TimeSpan.FromSeconds(5),
            PollInterval = TimeSpan.FromMilliseconds(100),
            MaxConcurrentFlows = threads,
        })
    {
    }

    public InProcessWorker(IFlowStore store, FlowWorkerOptions options)
    {
        Worker = new FlowWorker(store, options);
        _running = Worker.RunAsync(_stop.Token);
    }

    public FlowWorker Worker { get; }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _running.WaitAsync(TimeSpan.FromSeconds(30));
        _stop.Dispose();
    }
}
