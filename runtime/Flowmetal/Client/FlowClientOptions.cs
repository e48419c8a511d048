using Flowmetal.Serialization;

namespace Flowmetal.Client;

/// <summary>Options of a <see cref="FlowClient"/>.</summary>
public sealed class FlowClientOptions
{
    /// <summary>Types entry arguments, signal payloads and results may have besides the default allow list.</summary>
    public FlowSerializationOptions Serialization { get; init; } = FlowSerializationOptions.Default;

    /// <summary>
    /// The longest a <see cref="FlowClient.WaitForResultAsync{T}"/> waits between two looks at the store,
    /// should a notification of the flow's end be missed.
    /// </summary>
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromSeconds(1);
}
