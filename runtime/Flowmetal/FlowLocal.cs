namespace Flowmetal;

/// <summary>
/// A value a suspended frame holds: a local, an argument, <c>this</c>, or a value the call it waits
/// in had on the evaluation stack, by the name the source gives it, rendered compactly for people
/// (<c>Order { Id = 7, Lines = List&lt;string&gt;(2) ["apple", "pear"] }</c>).
/// </summary>
public sealed class FlowLocal
{
    /// <summary>The source name: <c>cart</c>, <c>orderId</c>, <c>this</c>; a stack value's frame field name.</summary>
    public required string Name { get; init; }

    /// <summary>What the value is to the method.</summary>
    public required FlowLocalKind Kind { get; init; }

    /// <summary>The value's type as C# writes it (<c>List&lt;string&gt;</c>), when the stored state says it.</summary>
    public string? Type { get; init; }

    /// <summary>The value, rendered: collections cut after a few items, nesting after a few levels, cycles marked.</summary>
    public required string Value { get; init; }

    /// <inheritdoc />
    public override string ToString() => Type is null ? $"{Name} = {Value}" : $"{Type} {Name} = {Value}";
}

/// <summary>What a <see cref="FlowLocal"/> is to its method.</summary>
public enum FlowLocalKind
{
    /// <summary>A local variable.</summary>
    Local,

    /// <summary>An argument.</summary>
    Argument,

    /// <summary>The instance the method runs on.</summary>
    This,

    /// <summary>A value the method had on the evaluation stack at the call it waits in (<c>a + F()</c>: <c>a</c>).</summary>
    Stack,
}
