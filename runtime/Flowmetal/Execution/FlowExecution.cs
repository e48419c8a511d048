namespace Flowmetal.Execution;

/// <summary>
/// The state of one flow run on the current thread: the frames captured while unwinding, or
/// the frames being consumed while rewinding, and what the flow asked to wait for.
/// </summary>
internal sealed class FlowExecution
{
    [ThreadStatic]
    private static FlowExecution? t_current;

    private readonly List<Frame> _captured = new();
    private readonly Func<SuspensionRequest, ResumeInput>? _directAnswers;
    private IReadOnlyList<Frame>? _restoring;
    private int _restoreIndex;
    private ResumeInput _resumeInput;
    private FlowExecution? _previous;

    /// <param name="directAnswers">
    /// When set, suspension primitives never suspend: they return the answer at once. This runs
    /// a flow straight through (unwoven code, reference runs of the differential oracle).
    /// </param>
    public FlowExecution(Func<SuspensionRequest, ResumeInput>? directAnswers = null) =>
        _directAnswers = directAnswers;

    public static FlowExecution? Current => t_current;

    public SuspensionRequest? Request { get; private set; }

    /// <summary>
    /// What the resumed continuation waited for. A primitive is re-entered with default arguments
    /// on resume, so it reads its own arguments (a signal's name) from here.
    /// </summary>
    public SuspensionRequest? ResumedRequest { get; private set; }

    /// <summary>The flow's entry method; suspensions verify that every frame up to it is woven.</summary>
    public System.Reflection.MethodBase? Entry { get; set; }

    /// <summary>The worker running the flow, for what a flow does without suspending (starting and cancelling children).</summary>
    public IFlowHost? Host { get; set; }

    public static FlowExecution CurrentOrThrow() =>
        t_current ?? throw new InvalidOperationException(
            "Woven code asked for the flow context, but no flow runs on this thread. " +
            "Run the method through FlowClient/FlowWorker (or FlowRunner in tests).");

    /// <summary>Binds this execution to the current thread until <see cref="Exit"/>.</summary>
    public void Enter(Continuation? resumeFrom, ResumeInput input)
    {
        _previous = t_current;
        t_current = this;
        _captured.Clear();
        Request = null;
        if (resumeFrom is null)
        {
            _restoring = null;
            Woven.Mode = ExecutionMode.Normal;
            return;
        }

        _restoring = resumeFrom.Frames;
        ResumedRequest = resumeFrom.Request;
        _restoreIndex = 0;
        _resumeInput = input;
        Woven.Mode = ExecutionMode.Restoring;
    }

    /// <summary>Unbinds from the thread, leaving it in <see cref="ExecutionMode.Normal"/>.</summary>
    public void Exit()
    {
        if (Woven.Mode != ExecutionMode.Restoring)
        {
            _restoring = null;
        }

        t_current = _previous;
        Woven.Mode = ExecutionMode.Normal;
    }

    /// <summary>True when the run ended before every frame was restored and the primitive reached.</summary>
    public bool StillRestoring => _restoring is not null;

    /// <summary>Takes the captured frames, outermost first.</summary>
    public Continuation TakeContinuation()
    {
        var frames = new Frame[_captured.Count];
        for (int i = 0; i < frames.Length; i++)
        {
            frames[i] = _captured[frames.Length - 1 - i];
        }

        _captured.Clear();
        return new Continuation(frames, Request!);
    }

    /// <summary>A refusal the flow's code could not see (thrown inside an exception filter): it fails the step whatever the code did next.</summary>
    public UnwovenFrameException? StickyRefusal { get; private set; }

    public void RefuseAtEndOfStep(UnwovenFrameException refusal) => StickyRefusal ??= refusal;

    /// <summary>
    /// Gives up a suspension already unwinding (a frame that cannot keep it was reached): drops the
    /// frames saved so far and returns to normal mode, so the error thrown next runs the flow's
    /// handlers as any exception does. Returns what the flow had asked for.
    /// </summary>
    public SuspensionRequest? AbandonCapture()
    {
        if (Woven.Mode != ExecutionMode.Capturing)
        {
            return null;
        }

        var request = Request;
        _captured.Clear();
        Request = null;
        Woven.Mode = ExecutionMode.Normal;
        return request;
    }

    public void PushFrame(Frame frame)
    {
        if (Woven.Mode != ExecutionMode.Capturing)
        {
            throw new InvalidOperationException("A woven frame was pushed while the flow was not capturing.");
        }

        _captured.Add(frame);
    }

    public Frame PopFrame(Type expected)
    {
        if (_restoring is null || _restoreIndex >= _restoring.Count)
        {
            throw new FlowResumeException(
                $"Resuming reached {DescribeFrameType(expected)}, but the continuation has no frame left for it. " +
                "The code on the suspended stack changed since the flow suspended.");
        }

        var frame = _restoring[_restoreIndex];
        if (frame.GetType() != expected)
        {
            throw new FlowResumeException(
                $"Resuming expected the frame of {DescribeFrameType(expected)} at depth {_restoreIndex}, but the continuation " +
                $"holds the frame of {DescribeFrameType(frame.GetType())}. The code on the suspended stack changed since the flow suspended.");
        }

        _restoreIndex++;
        return frame;
    }

    /// <summary>
    /// Called by a suspension primitive. Returns true with the value to return when the primitive
    /// must not suspend (resuming here, or answered directly); false when the flow now unwinds.
    /// </summary>
    public bool Suspend(SuspensionRequest request, out ResumeInput input)
    {
        switch (Woven.Mode)
        {
            case ExecutionMode.Restoring:
                if (_restoring is null || _restoreIndex != _restoring.Count)
                {
                    int left = (_restoring?.Count ?? 0) - _restoreIndex;
                    throw new FlowResumeException(
                        $"Resuming reached the suspension primitive with {left} frame(s) of the continuation not restored. " +
                        "The code on the suspended stack changed since the flow suspended.");
                }

                _restoring = null;
                Woven.Mode = ExecutionMode.Normal;
                input = _resumeInput;
                _resumeInput = default;
                return true;
            case ExecutionMode.Capturing:
                throw new UnwovenFrameException(
                    "(unknown)",
                    $"The flow tried to suspend ({request.Describe()}) while it was already unwinding from an earlier suspension: " +
                    "something carried on after that suspension instead of returning. This happens when an event or multicast " +
                    "delegate has several handlers that suspend (the delegate calls the next handler; invoke the handlers one by one " +
                    "with GetInvocationList() in woven code instead), or when a method that is not woven carried on: include it in FodyWeavers.xml.");
        }

        if (_directAnswers is not null)
        {
            input = _directAnswers(request);
            return true;
        }

        StackVerifier.Verify(Entry, request);
        Request = request;
        Woven.Mode = ExecutionMode.Capturing;
        input = default;
        return false;
    }

    internal static string DescribeFrameType(Type frameType)
    {
        var info = FrameTypeInfo.Of(frameType);
        return info?.MethodId ?? frameType.FullName ?? frameType.Name;
    }
}
