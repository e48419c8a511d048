namespace Flowmetal.Storage;

/// <summary>
/// How one build laid out the frame of one woven method (the key of each resume point, the values saved at each and what
/// they are in the source, the method's named locals, each field's declared type): what a later build needs to resume a
/// frame whose method changed since (see the README, "Deploying new versions"). It is the same for every continuation
/// holding that frame, so a continuation names it by <see cref="Key"/> and the store keeps it once (<see cref="FlowSave.FrameTypes"/>,
/// <see cref="IFlowStore.GetFrameTypeAsync"/>) instead of repeating it in every continuation.
/// </summary>
public sealed class FrameTypeDescription
{
    /// <summary>Creates a description from its key and content, as a store returns them.</summary>
    /// <param name="key">The key continuations name it by: a hash of <paramref name="content"/>.</param>
    /// <param name="content">The description (UTF-8 JSON).</param>
    public FrameTypeDescription(string key, ReadOnlyMemory<byte> content)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        Key = key;
        Content = content;
    }

    /// <summary>
    /// The key continuations name the description by: the first 128 bits of the SHA-256 of <see cref="Content"/>, in
    /// base64url. Content-addressed, so a description never changes under its key, any store may keep it forever, and a
    /// reader checks that what it got is what the (possibly signed) continuation named.
    /// </summary>
    public string Key { get; }

    /// <summary>The description itself (UTF-8 JSON, readable by operators).</summary>
    public ReadOnlyMemory<byte> Content { get; }
}
