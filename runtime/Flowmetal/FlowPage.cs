namespace Flowmetal;

/// <summary>One page of flows from <c>FlowClient.ListAsync</c>.</summary>
public sealed class FlowPage
{
    /// <summary>The flows of this page, oldest first.</summary>
    public required IReadOnlyList<FlowInfo> Flows { get; init; }

    /// <summary>Pass to the next <c>ListAsync</c> call for the next page; <see langword="null"/> on the last page.</summary>
    public string? NextCursor { get; init; }

    /// <summary>
    /// Flows this page skipped because their stored records could not be read at all (an index entry that is not
    /// a flow id, a record whose status is damaged): reported here so that one damaged record never breaks a listing.
    /// Flows with a lesser damage are listed, with <see cref="FlowInfo.Damage"/> saying what.
    /// </summary>
    public IReadOnlyList<DamagedFlow> Damaged { get; init; } = Array.Empty<DamagedFlow>();
}
