using Flowmetal.Runtime.Flows.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using WorkflowCore.Interface;
using WorkflowCore.Models;
using WorkflowCore.Models.LifeCycleEvents;

namespace Flowmetal.Benchmarks.Peers;

/// <summary>WorkflowCore 3.22.0: a StartWith/Then chain of N inline steps, default in-memory persistence.</summary>
internal sealed class WorkflowCoreStepEngine : IStepEngine
{
    private readonly HashSet<int> _registered = new();
    private ServiceProvider? _services;
    private IWorkflowHost? _host;

    public string Name => "WorkflowCore";

    public string Setup =>
        "**WorkflowCore 3.22.0**: `services.AddWorkflow()` with its default in-memory persistence and single-node queue, logging off " +
        "(no providers). The workflow is a chain built with `StartWith(...).Then(...)...` of N inline steps, each calling the same " +
        "`StepClock.Step(i)` and returning `ExecutionResult.Next()`; WorkflowCore persists the instance and re-queues it after every step. " +
        "Completion is observed through its `OnLifeCycleEvent`. All options are WorkflowCore's defaults, and none of its polling delays a step: " +
        "the single-node queue's dequeue blocks until an item arrives (so `IdleTime`, 100 ms, is not waited), and a step that completes re-queues " +
        "its instance at once, while `PollInterval` (10 s) only paces the poller for scheduled and stalled instances (a run with `UseIdleTime(1 ms)` " +
        "measured the same). Its memory persistence provider keeps the live instance objects: nothing is serialized between steps, " +
        "whereas Flowmetal's in-memory store holds serialized bytes, as Redis does.";

    public Task StartAsync()
    {
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.ClearProviders());
        services.AddWorkflow();
        _services = services.BuildServiceProvider();
        _host = _services.GetRequiredService<IWorkflowHost>();
        return _host.StartAsync(CancellationToken.None);
    }

    public async Task RunAsync(int steps, CancellationToken cancellationToken)
    {
        if (_registered.Add(steps))
        {
            _services!.GetRequiredService<IWorkflowRegistry>().RegisterWorkflow(new StepChain(steps));
        }

        var completed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        string? id = null;
        void OnEvent(LifeCycleEvent evt)
        {
            if (evt is WorkflowCompleted && evt.WorkflowInstanceId == Volatile.Read(ref id))
            {
                completed.TrySetResult();
            }
        }

        _host!.OnLifeCycleEvent += OnEvent;
        try
        {
            Volatile.Write(ref id, await _host.StartWorkflow(StepChain.IdFor(steps), new StepData()));

            // The event may have fired before the id was known: the instance's status says so then.
            var instance = await _host.PersistenceStore.GetWorkflowInstance(id, cancellationToken);
            if (instance.Status != WorkflowStatus.Complete)
            {
                await completed.Task.WaitAsync(cancellationToken);
            }
        }
        finally
        {
            _host.OnLifeCycleEvent -= OnEvent;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.StopAsync(CancellationToken.None);
        }

        if (_services is not null)
        {
            await _services.DisposeAsync();
        }
    }

    /// <summary>WorkflowCore's workflows carry data; these steps need none.</summary>
    public sealed class StepData
    {
    }

    private sealed class StepChain : IWorkflow<StepData>
    {
        private readonly int _steps;

        public StepChain(int steps) => _steps = steps;

        public string Id => IdFor(_steps);

        public int Version => 1;

        public static string IdFor(int steps) => "steps-" + steps;

        public void Build(IWorkflowBuilder<StepData> builder)
        {
            var step = builder.StartWith(_ => Step(0));
            for (int i = 1; i < _steps; i++)
            {
                int index = i;
                step = step.Then(_ => Step(index));
            }
        }

        private static ExecutionResult Step(int i)
        {
            StepClock.Step(i);
            return ExecutionResult.Next();
        }
    }
}
