namespace Flowmetal;

/// <summary>
/// Identifies one flow in a store. Chosen by the caller (making a start idempotent) or generated.
/// 1 to 128 characters: letters, digits and <c>- _ . : @ / +</c>; no braces, so that it can form a
/// Redis Cluster hash tag.
/// </summary>
public readonly struct FlowId : IEquatable<FlowId>
{
    private const int MaxLength = 128;
    private readonly string? _value;

    /// <summary>Creates an id, validating it.</summary>
    /// <param name="value">The id's text.</param>
    /// <exception cref="ArgumentException">The text is empty, too long, or has a character outside the allowed set.</exception>
    public FlowId(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (Invalid(value) is { } problem)
        {
            throw new ArgumentException($"'{value}' is not a valid flow id: {problem}.", nameof(value));
        }

        _value = value;
    }

    /// <summary>The id's text.</summary>
    public string Value => _value ?? throw new InvalidOperationException("This FlowId is the default value, not an id: create one with new FlowId(text) or FlowId.New().");

    /// <summary>A new random id (32 hex digits).</summary>
    /// <returns>The id.</returns>
    public static FlowId New() => new(Guid.NewGuid().ToString("N"));

    /// <summary>Validates <paramref name="value"/> as an id without throwing.</summary>
    /// <param name="value">The text.</param>
    /// <param name="id">The id, when valid.</param>
    /// <returns>Whether the text is a valid id.</returns>
    public static bool TryParse(string? value, out FlowId id)
    {
        if (value is not null && Invalid(value) is null)
        {
            id = new FlowId(value);
            return true;
        }

        id = default;
        return false;
    }

    /// <summary>Converts text to an id.</summary>
    /// <param name="value">The id's text.</param>
    public static implicit operator FlowId(string value) => new(value);

    /// <summary>Compares two ids.</summary>
    /// <param name="left">One id.</param>
    /// <param name="right">The other.</param>
    /// <returns>Whether both have the same text.</returns>
    public static bool operator ==(FlowId left, FlowId right) => left.Equals(right);

    /// <summary>Compares two ids.</summary>
    /// <param name="left">One id.</param>
    /// <param name="right">The other.</param>
    /// <returns>Whether their texts differ.</returns>
    public static bool operator !=(FlowId left, FlowId right) => !left.Equals(right);

    /// <inheritdoc />
    public bool Equals(FlowId other) => string.Equals(_value, other._value, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is FlowId other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => _value is null ? 0 : StringComparer.Ordinal.GetHashCode(_value);

    /// <inheritdoc />
    public override string ToString() => _value ?? string.Empty;

    private static string? Invalid(string value)
    {
        if (value.Length == 0 || value.Length > MaxLength)
        {
            return $"it must have 1 to {MaxLength} characters";
        }

        foreach (char c in value)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or ':' or '@' or '/' or '+'))
            {
                return $"'{c}' is not allowed (use letters, digits and - _ . : @ / +)";
            }
        }

        return null;
    }
}
