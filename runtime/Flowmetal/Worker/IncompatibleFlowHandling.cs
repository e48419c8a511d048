namespace Flowmetal.Worker;

/// <summary>
/// What a worker does with a flow its build cannot resume: a method on the flow's stack changed since it suspended
/// in a way a resume cannot bridge (a live local removed or retyped, the call it waits at gone or ambiguous) and no
/// flow upgrader maps it.
/// </summary>
public enum IncompatibleFlowHandling
{
    /// <summary>
    /// Leave it for a worker of the build that stored it (<see cref="FlowInfo.NeedsBuild"/> says which, and
    /// <see cref="FlowInfo.LastAttemptError"/> why): old and new workers can run side by side until the old flows
    /// are drained. The attempt is not counted. The default.
    /// </summary>
    Wait,

    /// <summary>Fail the flow with the error that names the method, the call and the value.</summary>
    Fail,
}
