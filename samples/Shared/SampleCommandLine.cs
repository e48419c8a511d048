using Flowmetal.Client;
using Flowmetal.Storage;
using Flowmetal.Storage.InMemory;
using Flowmetal.Storage.Redis;
using Flowmetal.Worker;

namespace Flowmetal.Samples;

/// <summary>
/// What every sample's command line shares: <c>--redis host:port</c> and <c>--prefix name</c>, the store they
/// choose (Redis, or the embedded in-memory store without <c>--redis</c>), a client, and workers that stop on Ctrl+C.
/// Compiled into each sample (a linked file), so that a sample's Program.cs shows only its own story.
/// </summary>
internal sealed class SampleCommandLine
{
    private SampleCommandLine(string? redis, string command, List<string> arguments, IFlowStore store)
    {
        Redis = redis;
        Command = command;
        Arguments = arguments;
        Store = store;
        Client = new FlowClient(store);
    }

    /// <summary>The Redis address given with <c>--redis</c>, or null for the in-memory store.</summary>
    public string? Redis { get; }

    /// <summary>The first word after the options; <c>demo</c> when there is none.</summary>
    public string Command { get; }

    /// <summary>The words after the command.</summary>
    public List<string> Arguments { get; }

    public IFlowStore Store { get; }

    public FlowClient Client { get; }

    /// <summary>Workers poll often so that a sample's story does not pause on a missed wake-up.</summary>
    public FlowWorkerOptions WorkerOptions { get; } = new() { PollInterval = TimeSpan.FromMilliseconds(100) };

    /// <summary>Reads the options and connects to the store they choose.</summary>
    public static async Task<SampleCommandLine> ParseAsync(string[] args, string defaultPrefix)
    {
        var words = args.ToList();
        string? redis = Take(words, "--redis");
        string prefix = Take(words, "--prefix") ?? defaultPrefix;
        IFlowStore store = redis is null
            ? new InMemoryFlowStore()
            : await RedisFlowStore.ConnectAsync(redis, new RedisFlowStoreOptions { KeyPrefix = prefix });
        return new SampleCommandLine(redis, words.Count > 0 ? words[0] : "demo", words.Skip(1).ToList(), store);
    }

    /// <summary>Starts a worker in this process; disposing it stops the worker (running flows are stored and released).</summary>
    public RunningWorker StartWorker() => new(new FlowWorker(Store, WorkerOptions));

    /// <summary>Runs a worker until Ctrl+C, or until <paramref name="stop"/> is cancelled by the sample.</summary>
    public async Task RunWorkerAsync(CancellationTokenSource? stop = null)
    {
        using var owned = stop is null ? new CancellationTokenSource() : null;
        var source = stop ?? owned!;
        Console.CancelKeyPress += (_, e) => { e.Cancel = true; source.Cancel(); };
        Console.WriteLine($"worker pid {Environment.ProcessId} on {Redis} (Ctrl+C stops it)");
        await new FlowWorker(Store, WorkerOptions).RunAsync(source.Token);
    }

    /// <summary>Removes <c>name value</c> from the words and returns the value, or null when the option is absent.</summary>
    public static string? Take(List<string> words, string name)
    {
        int index = words.IndexOf(name);
        if (index < 0 || index + 1 >= words.Count)
        {
            return null;
        }

        var value = words[index + 1];
        words.RemoveRange(index, 2);
        return value;
    }

    /// <summary>A worker running in the background of a sample.</summary>
    internal sealed class RunningWorker : IAsyncDisposable
    {
        private readonly CancellationTokenSource _stop = new();
        private readonly Task _running;

        public RunningWorker(FlowWorker worker) => _running = worker.RunAsync(_stop.Token);

        public async ValueTask DisposeAsync()
        {
            await _stop.CancelAsync();
            await _running;
            _stop.Dispose();
        }
    }
}
