namespace Flowmetal.Execution;

/// <summary>The flow waits for child flows to end (<see cref="FlowTask.Join"/>, <see cref="Flow.JoinAll(FlowTask[])"/>, <see cref="Flow.JoinAny(FlowTask[])"/>).</summary>
public sealed class ChildJoinRequest : SuspensionRequest
{
    // A string array rather than FlowIds: the request is stored with the continuation.
    private readonly string[] _children;
    private readonly FlowJoinMode _mode;

    /// <summary>Creates the request.</summary>
    /// <param name="children">The children, in the order the join returns them.</param>
    /// <param name="mode">Whether all of them or any one must end.</param>
    public ChildJoinRequest(IReadOnlyList<FlowId> children, FlowJoinMode mode)
    {
        ArgumentNullException.ThrowIfNull(children);
        _children = children.Select(c => c.Value).ToArray();
        _mode = mode;
    }

    /// <summary>The children, in the order the join returns them.</summary>
    public IReadOnlyList<FlowId> Children => _children.Select(c => new FlowId(c)).ToArray();

    /// <summary>Whether all of them or any one must end.</summary>
    public FlowJoinMode Mode => _mode;

    /// <inheritdoc />
    public override string Describe() => _children.Length == 1
        ? $"child flow {_children[0]}"
        : $"{(_mode == FlowJoinMode.All ? "all" : "any")} of {_children.Length} child flows ({string.Join(", ", _children.Take(3))}{(_children.Length > 3 ? ", ..." : string.Empty)})";
}
