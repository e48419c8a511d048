using System.ComponentModel;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace Flowmetal.Execution;

/// <summary>
/// What the weaver puts in place of a <see cref="DefaultInterpolatedStringHandler"/> that is live
/// across a suspension (<c>$"hello {Ask()}"</c>): the handler is a ref struct, which no frame can
/// hold, so the woven method builds the string in this heap object instead, with the same members.
/// Each hole is formatted when it is appended, by a handler of its own with the same format
/// provider, so the text is exactly what the compiler's handler would have made.
/// </summary>
/// <remarks>Used by code the weaver emits; not meant to be called by hand.</remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class InterpolatedStringBuilder
{
    private readonly StringBuilder _text;

    // A culture from the framework's cache is kept by name (it is stored with the flow); any other
    // provider is kept as it is, and must then be storable itself.
    private readonly string? _cultureName;
    private readonly IFormatProvider? _provider;

    /// <summary>Starts an interpolated string without a format provider.</summary>
    /// <param name="literalLength">Characters in the literal parts.</param>
    /// <param name="formattedCount">Number of holes.</param>
    public InterpolatedStringBuilder(int literalLength, int formattedCount)
        : this(literalLength, formattedCount, null)
    {
    }

    /// <summary>Starts an interpolated string formatted with <paramref name="provider"/>.</summary>
    /// <param name="literalLength">Characters in the literal parts.</param>
    /// <param name="formattedCount">Number of holes.</param>
    /// <param name="provider">The format provider, as given to <c>string.Create</c>.</param>
    public InterpolatedStringBuilder(int literalLength, int formattedCount, IFormatProvider? provider)
    {
        _text = new StringBuilder(literalLength + (formattedCount * 11));
        if (ReferenceEquals(provider, CultureInfo.InvariantCulture))
        {
            _cultureName = string.Empty;
        }
        else if (provider is CultureInfo culture && culture.Name.Length > 0 && ReferenceEquals(culture, CultureInfo.GetCultureInfo(culture.Name)))
        {
            _cultureName = culture.Name;
        }
        else
        {
            _provider = provider;
        }
    }

    private IFormatProvider? Provider => _cultureName switch
    {
        null => _provider,
        "" => CultureInfo.InvariantCulture,
        var name => CultureInfo.GetCultureInfo(name),
    };

    /// <summary>Appends a literal part.</summary>
    /// <param name="value">The literal.</param>
    public void AppendLiteral(string value) => _text.Append(value);

    /// <summary>Appends a hole.</summary>
    /// <typeparam name="T">The hole's type.</typeparam>
    /// <param name="value">The hole's value.</param>
    public void AppendFormatted<T>(T value)
    {
        var handler = new DefaultInterpolatedStringHandler(0, 1, Provider);
        handler.AppendFormatted(value);
        _text.Append(handler.ToStringAndClear());
    }

    /// <summary>Appends a hole with a format string.</summary>
    /// <typeparam name="T">The hole's type.</typeparam>
    /// <param name="value">The hole's value.</param>
    /// <param name="format">The format string.</param>
    public void AppendFormatted<T>(T value, string? format)
    {
        var handler = new DefaultInterpolatedStringHandler(0, 1, Provider);
        handler.AppendFormatted(value, format);
        _text.Append(handler.ToStringAndClear());
    }

    /// <summary>Appends a hole with an alignment.</summary>
    /// <typeparam name="T">The hole's type.</typeparam>
    /// <param name="value">The hole's value.</param>
    /// <param name="alignment">Minimum width; negative to align left.</param>
    public void AppendFormatted<T>(T value, int alignment)
    {
        var handler = new DefaultInterpolatedStringHandler(0, 1, Provider);
        handler.AppendFormatted(value, alignment);
        _text.Append(handler.ToStringAndClear());
    }

    /// <summary>Appends a hole with an alignment and a format string.</summary>
    /// <typeparam name="T">The hole's type.</typeparam>
    /// <param name="value">The hole's value.</param>
    /// <param name="alignment">Minimum width; negative to align left.</param>
    /// <param name="format">The format string.</param>
    public void AppendFormatted<T>(T value, int alignment, string? format)
    {
        var handler = new DefaultInterpolatedStringHandler(0, 1, Provider);
        handler.AppendFormatted(value, alignment, format);
        _text.Append(handler.ToStringAndClear());
    }

    /// <summary>Appends a span of characters.</summary>
    /// <param name="value">The characters.</param>
    public void AppendFormatted(ReadOnlySpan<char> value) => _text.Append(value);

    /// <summary>Appends a span of characters with an alignment and a format string.</summary>
    /// <param name="value">The characters.</param>
    /// <param name="alignment">Minimum width; negative to align left.</param>
    /// <param name="format">The format string (ignored for characters, as by the compiler's handler).</param>
    public void AppendFormatted(ReadOnlySpan<char> value, int alignment = 0, string? format = null)
    {
        var handler = new DefaultInterpolatedStringHandler(0, 1, Provider);
        handler.AppendFormatted(value, alignment, format);
        _text.Append(handler.ToStringAndClear());
    }

    /// <summary>Appends a string hole.</summary>
    /// <param name="value">The string.</param>
    public void AppendFormatted(string? value)
    {
        var handler = new DefaultInterpolatedStringHandler(0, 1, Provider);
        handler.AppendFormatted(value);
        _text.Append(handler.ToStringAndClear());
    }

    /// <summary>Appends a string hole with an alignment and a format string.</summary>
    /// <param name="value">The string.</param>
    /// <param name="alignment">Minimum width; negative to align left.</param>
    /// <param name="format">The format string.</param>
    public void AppendFormatted(string? value, int alignment = 0, string? format = null)
    {
        var handler = new DefaultInterpolatedStringHandler(0, 1, Provider);
        handler.AppendFormatted(value, alignment, format);
        _text.Append(handler.ToStringAndClear());
    }

    /// <summary>Appends a hole typed as object, with an alignment and a format string.</summary>
    /// <param name="value">The value.</param>
    /// <param name="alignment">Minimum width; negative to align left.</param>
    /// <param name="format">The format string.</param>
    public void AppendFormatted(object? value, int alignment = 0, string? format = null)
    {
        var handler = new DefaultInterpolatedStringHandler(0, 1, Provider);
        handler.AppendFormatted(value, alignment, format);
        _text.Append(handler.ToStringAndClear());
    }

    /// <summary>The text so far.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => _text.ToString();

    /// <summary>The text, and starts over.</summary>
    /// <returns>The text.</returns>
    public string ToStringAndClear()
    {
        var text = _text.ToString();
        _text.Clear();
        return text;
    }

    /// <summary>Starts over.</summary>
    public void Clear() => _text.Clear();

    /// <summary><c>string.Create(provider, $"...")</c>: the provider was given to the constructor already.</summary>
    /// <param name="provider">The provider (already applied).</param>
    /// <param name="builder">The builder.</param>
    /// <returns>The text.</returns>
    public static string Create(IFormatProvider? provider, InterpolatedStringBuilder builder) => builder.ToStringAndClear();
}
