using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Flowmetal.Serialization;

namespace Flowmetal.Execution;

/// <summary>
/// Describes a suspended flow for <see cref="FlowInfo"/>: its stack as methods with source file and
/// line (from each frame type's <see cref="WovenFrameAttribute"/> and resume point), and its wait.
/// </summary>
internal static class ContinuationDescription
{
    // Weak keys, as every Type-keyed cache of the runtime: a collectible load context is not kept alive by it.
    private static readonly ConditionalWeakTable<Type, ConcurrentDictionary<int, FlowStackFrame>> Frames = new();

    /// <summary>The frames, innermost first (the order of a stack trace).</summary>
    public static IReadOnlyList<FlowStackFrame> Stack(Continuation continuation)
    {
        var stack = new FlowStackFrame[continuation.Frames.Count];
        for (int i = 0; i < stack.Length; i++)
        {
            var frame = continuation.Frames[stack.Length - 1 - i];
            var type = frame.GetType();
            stack[i] = Frames.GetValue(type, _ => new ConcurrentDictionary<int, FlowStackFrame>())
                .GetOrAdd(frame.ResumePoint, static (point, frameType) => Describe((frameType, point)), type);
        }

        return stack;
    }

    public static FlowWait Wait(SuspensionRequest request) => request switch
    {
        SignalRequest signal => new FlowWait
        {
            Kind = FlowWaitKind.Signal,
            SignalName = signal.Name,
            PayloadType = TypeNames.Qualified(signal.PayloadType),
            Due = signal.Due,
            Description = signal.Describe(),
        },
        RetryTimerRequest retry => new FlowWait
        {
            Kind = FlowWaitKind.Timer,
            Due = retry.Due,
            RetryOf = retry.Target,
            RetryAttempt = retry.NextAttempt,
            RetryMaxAttempts = retry.MaxAttempts,
            Description = retry.Describe(),
        },
        TimerRequest timer => new FlowWait { Kind = FlowWaitKind.Timer, Due = timer.Due, Description = timer.Describe() },
        ChildJoinRequest join => new FlowWait
        {
            Kind = FlowWaitKind.Child,
            Child = join.Children.Count > 0 ? (FlowId?)join.Children[0] : null,
            Children = join.Children,
            JoinMode = join.Mode,
            Description = join.Describe(),
        },
        _ => new FlowWait { Kind = FlowWaitKind.Checkpoint, Description = request.Describe() },
    };

    private static FlowStackFrame Describe((Type FrameType, int ResumePoint) key)
    {
        var info = FrameTypeInfo.Of(key.FrameType);
        if (info is null)
        {
            return new FlowStackFrame { Method = key.FrameType.FullName ?? key.FrameType.Name };
        }

        int index = key.ResumePoint - 1;
        return new FlowStackFrame
        {
            Method = info.MethodId,
            SourceFile = info.SourceFile,
            Line = index >= 0 && index < info.ResumeLines.Length ? info.ResumeLines[index] : 0,
        };
    }
}
