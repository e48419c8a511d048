namespace Flowmetal;

/// <summary>One page of flows from <c>FlowClient.ListAsync</c>.</summary>
public sealed class FlowPage
{
    /// <summary>The flows of this page, oldest first.</summary>
    public required IReadOnlyList<FlowInfo> Flows { get; init; }

    /// <summary>Pass to the next <c>ListAsync</c> call for the next page; <see langword="null"/> on the last page.</summary>
    public string? NextCursor { get; init; }
}
