namespace Flowmetal;

/// <summary>A flow a listing skipped because its stored record could not be read (see <see cref="FlowPage.Damaged"/>).</summary>
public sealed class DamagedFlow
{
    /// <summary>The id as stored in the index (it may not be a valid <see cref="Flowmetal.FlowId"/>).</summary>
    public required string Id { get; init; }

    /// <summary>What is damaged.</summary>
    public required string Problem { get; init; }

    /// <inheritdoc />
    public override string ToString() => $"{Id}: {Problem}";
}
