namespace Flowmetal.Hosting;

/// <summary>The worker names used in one service collection, so that two workers cannot share a name (and so their options).</summary>
internal sealed class FlowmetalWorkerNames
{
    public HashSet<string> Names { get; } = new(StringComparer.Ordinal);
}
