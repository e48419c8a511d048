using Flowmetal.Runtime.Flows.Support;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.DurableTask.Testing;
using Microsoft.Extensions.Logging.Abstractions;

namespace Flowmetal.Benchmarks.Peers;

/// <summary>Durable Task (in-process test host): an orchestrator awaiting N activity calls; history replays on every step.</summary>
internal sealed class DurableTaskStepEngine : IStepEngine
{
    private DurableTaskTestHost? _host;

    public string Name => "Durable Task";

    public string Setup =>
        "**Durable Task** (`Microsoft.DurableTask.InProcessTestHost` 0.2.3-preview.1, the SDK's own in-memory backend behind an in-process gRPC sidecar), " +
        "logging off (`NullLoggerFactory` for the worker and client, log level `None` for the sidecar's ASP.NET Core host, which would otherwise log every gRPC request). The orchestrator is the documented function-chaining shape: " +
        "`for (i < n) sum += await ctx.CallActivityAsync<int>(\"Step\", i);` and the activity calls the same `StepClock.Step(i)`. " +
        "Each activity result is appended to the orchestration's history, and the orchestrator is replayed from the start of its " +
        "history to reach the next `await`: step k replays k-1 steps.";

    public async Task StartAsync()
    {
        // The test host's gRPC sidecar is an ASP.NET Core host that ignores the logger factory
        // given to it and logs every request to the console; its configuration reads this.
        Environment.SetEnvironmentVariable("Logging__LogLevel__Default", "None");
        _host = await DurableTaskTestHost.StartAsync(
            registry =>
            {
                registry.AddOrchestratorFunc<int, int>("Steps", async (context, steps) =>
                {
                    int sum = 0;
                    for (int i = 0; i < steps; i++)
                    {
                        sum += await context.CallActivityAsync<int>("Step", i);
                    }

                    return sum;
                });
                registry.AddActivityFunc<int, int>("Step", (_, i) => StepClock.Step(i));
            },
            new DurableTaskTestHostOptions { LoggerFactory = NullLoggerFactory.Instance });
    }

    public async Task RunAsync(int steps, CancellationToken cancellationToken)
    {
        var id = await _host!.Client.ScheduleNewOrchestrationInstanceAsync("Steps", steps, cancellationToken);
        var state = await _host.Client.WaitForInstanceCompletionAsync(id, getInputsAndOutputs: false, cancellationToken);
        if (state.RuntimeStatus != OrchestrationRuntimeStatus.Completed)
        {
            throw new InvalidOperationException($"the orchestration ended {state.RuntimeStatus}: {state.FailureDetails?.ErrorMessage}");
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
    }
}
