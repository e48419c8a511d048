namespace Flowmetal.Serialization.Graph;

/// <summary>
/// Where in a stored graph a value is: the root (frame <paramref name="Root"/>, or the request or
/// value after the frames), the root's field that holds it (a frame's local, e.g. <c>&lt;&gt;l3_cart</c>)
/// and the path inside that value (<c>_items[3].Payment</c>, empty when the field holds it directly).
/// </summary>
internal readonly record struct GraphLocation(int Root, string RootDescription, string? RootMember, string Inside);

/// <summary>A value the writer met cannot be stored; <see cref="ContinuationSerializer"/> names its frame and local.</summary>
internal sealed class RefusedValueException : Exception
{
    public RefusedValueException(Type valueType, string reason, GraphLocation location)
        : base($"A {TypeNames.Display(valueType)} cannot be stored: it is {reason}.")
    {
        ValueType = valueType;
        Reason = reason;
        Location = location;
    }

    public Type ValueType { get; }

    public string Reason { get; }

    public GraphLocation Location { get; }
}
