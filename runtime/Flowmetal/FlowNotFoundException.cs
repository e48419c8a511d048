namespace Flowmetal;

/// <summary>No flow with the given id exists in the store.</summary>
public sealed class FlowNotFoundException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="id">The id that was not found.</param>
    public FlowNotFoundException(FlowId id)
        : base($"No flow with id '{id}' exists in this store. Check the id, and that the client and the workers use the same store and key prefix.")
    {
        FlowId = id;
    }

    /// <summary>The id that was not found.</summary>
    public FlowId FlowId { get; }
}
