namespace Flowmetal;

/// <summary>How a flow waiting on several child flows decides it may go on.</summary>
public enum FlowJoinMode
{
    /// <summary>When every child has ended (<see cref="FlowTask.Join"/>, <see cref="Flow.JoinAll(FlowTask[])"/>).</summary>
    All = 0,

    /// <summary>When any child has ended (<see cref="Flow.JoinAny(FlowTask[])"/>).</summary>
    Any = 1,
}
