namespace Flowmetal.Execution;

/// <summary>What the woven code on the current thread is doing.</summary>
public enum ExecutionMode
{
    /// <summary>Ordinary execution: woven methods behave exactly like the originals.</summary>
    Normal = 0,

    /// <summary>A suspension was requested: every woven frame saves itself and returns.</summary>
    Capturing = 1,

    /// <summary>A continuation is being resumed: every woven frame reloads itself and jumps to its resume point.</summary>
    Restoring = 2,
}
