using Microsoft.Extensions.Options;

namespace Flowmetal.Hosting;

/// <summary>Checks each named worker's <see cref="FlowmetalWorkerOptions"/> when the host starts.</summary>
internal sealed class FlowmetalWorkerOptionsValidator : IValidateOptions<FlowmetalWorkerOptions>
{
    public ValidateOptionsResult Validate(string? name, FlowmetalWorkerOptions options)
    {
        var failures = new List<string>();
        var worker = $"Flowmetal worker '{name}'";
        if (options.MaxConcurrentFlows < 1)
        {
            failures.Add($"{worker}: MaxConcurrentFlows is {options.MaxConcurrentFlows}; a worker runs at least 1 flow at a time.");
        }

        if (options.LeaseDuration < TimeSpan.FromMilliseconds(100))
        {
            failures.Add($"{worker}: LeaseDuration is {options.LeaseDuration}; leases shorter than 100 ms cannot be renewed in time.");
        }

        if (options.PollInterval <= TimeSpan.Zero)
        {
            failures.Add($"{worker}: PollInterval is {options.PollInterval}; it must be positive.");
        }

        if (options.ShutdownGracePeriod < TimeSpan.Zero)
        {
            failures.Add($"{worker}: ShutdownGracePeriod is {options.ShutdownGracePeriod}; it cannot be negative.");
        }

        if (options.ClaimAhead < 0)
        {
            failures.Add($"{worker}: ClaimAhead is {options.ClaimAhead}; it cannot be negative.");
        }

        if (options.MaxStepAttempts < 1)
        {
            failures.Add($"{worker}: MaxStepAttempts is {options.MaxStepAttempts}; a step is attempted at least once.");
        }

        if (options.StepRetryBackoff < TimeSpan.Zero || options.MaxStepRetryBackoff < options.StepRetryBackoff)
        {
            failures.Add($"{worker}: StepRetryBackoff ({options.StepRetryBackoff}) must be between zero and MaxStepRetryBackoff ({options.MaxStepRetryBackoff}).");
        }

        if (options.MaxContinuationBytes < 1024)
        {
            failures.Add($"{worker}: MaxContinuationBytes is {options.MaxContinuationBytes}; a continuation may take at least 1,024 bytes.");
        }

        if (options.IncompatibleFlowRecheck <= TimeSpan.Zero || !Enum.IsDefined(options.IncompatibleFlows))
        {
            failures.Add($"{worker}: IncompatibleFlowRecheck ({options.IncompatibleFlowRecheck}) must be positive and IncompatibleFlows one of Wait, Fail.");
        }

        if (options.WorkerId is { Length: 0 })
        {
            failures.Add($"{worker}: WorkerId is empty; leave it null for a generated one.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
