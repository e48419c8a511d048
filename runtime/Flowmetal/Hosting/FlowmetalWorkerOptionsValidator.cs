using Flowmetal.Worker;
using Microsoft.Extensions.Options;

namespace Flowmetal.Hosting;

/// <summary>Checks each named worker's <see cref="FlowWorkerOptions"/> when the host starts, with the rules the worker itself applies.</summary>
internal sealed class FlowmetalWorkerOptionsValidator : IValidateOptions<FlowWorkerOptions>
{
    public ValidateOptionsResult Validate(string? name, FlowWorkerOptions options)
    {
        var failures = options.Problems().Select(problem => $"Flowmetal worker '{name}': {problem}").ToList();
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
