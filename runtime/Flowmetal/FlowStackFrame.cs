namespace Flowmetal;

/// <summary>One frame of a suspended flow's stack: the woven method and where in its source it waits.</summary>
public sealed class FlowStackFrame
{
    /// <summary>The method's identity, <c>Namespace.Type::Method(ParameterTypes)</c>.</summary>
    public required string Method { get; init; }

    /// <summary>The method's source file, when the woven assembly had symbols.</summary>
    public string? SourceFile { get; init; }

    /// <summary>The source line of the call the frame waits in, or 0 when unknown.</summary>
    public int Line { get; init; }

    /// <summary>
    /// The frame's live locals, arguments and <c>this</c> by source name with their values, rendered from the stored
    /// continuation without loading a type of the flow (objects compactly, collections cut after a few items, cycles
    /// marked). Filled by <c>FlowClient.GetAsync</c> and <c>FlowClient.GetHistoryAsync</c>; empty in listings.
    /// </summary>
    public IReadOnlyList<FlowLocal> Locals { get; init; } = Array.Empty<FlowLocal>();

    /// <inheritdoc />
    public override string ToString() =>
        SourceFile is null ? Method : Line > 0 ? $"{Method} at {SourceFile}:{Line}" : $"{Method} in {SourceFile}";
}
