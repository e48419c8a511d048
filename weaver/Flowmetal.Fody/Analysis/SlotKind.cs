namespace Flowmetal.Fody.Analysis;

/// <summary>The CLI evaluation-stack type of a slot (ECMA-335 III.1.1), refined where storage needs it.</summary>
internal enum SlotKind
{
    Int32,
    Int64,
    NativeInt,
    Float,
    ObjectRef,
    Null,
    ValueType,
    ByRef,

    /// <summary>An unmanaged pointer or function pointer: never stored across a suspension.</summary>
    Pointer,
}
