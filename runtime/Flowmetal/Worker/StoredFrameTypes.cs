using System.Collections.Concurrent;
using Flowmetal.Serialization.Graph;
using Flowmetal.Storage;

namespace Flowmetal.Worker;

/// <summary>
/// The frame type descriptions a worker fetched from its store (<see cref="IFlowStore.GetFrameTypeAsync"/>): asked for only
/// when a flow resumes into a method that changed since it suspended, so rarely that a blocking read is fine. A description
/// never changes under its key (the key is a hash of it), so what was found is kept for good; what was not is asked again.
/// </summary>
internal sealed class StoredFrameTypes
{
    private readonly IFlowStore _store;
    private readonly ConcurrentDictionary<string, ReadOnlyMemory<byte>> _found = new(StringComparer.Ordinal);

    public StoredFrameTypes(IFlowStore store) => _store = store;

    /// <summary>The description stored under <paramref name="key"/>, or <see langword="null"/>; throws when the store cannot be read.</summary>
    public ReadOnlyMemory<byte>? Get(string key)
    {
        if (_found.TryGetValue(key, out var known))
        {
            return known;
        }

        // Step threads block on the store elsewhere too; this runs on a step thread, never on the thread pool.
        if (_store.GetFrameTypeAsync(key).GetAwaiter().GetResult() is not { } content)
        {
            return null;
        }

        if (FrameVersionInfo.KeyOf(content.Span) == key)
        {
            // Anything else is reported as altered by the reader, and asked for again next time (it may be repaired).
            _found.TryAdd(key, content);
        }

        return content;
    }
}
