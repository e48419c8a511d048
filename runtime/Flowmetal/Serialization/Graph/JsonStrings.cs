using System.Buffers;
using System.Text;
using System.Text.Json;

namespace Flowmetal.Serialization.Graph;

/// <summary>
/// Strings exactly as .NET holds them. A .NET string may contain an unpaired UTF-16 surrogate (file
/// names from Windows, text cut in the middle of a pair); System.Text.Json would write U+FFFD in
/// its place, and refuses to read the escape back. Such a string is written with each lone
/// surrogate escaped (<c>"a\udc00b"</c>, valid JSON) and read back by a small unescaper of our own;
/// every other string takes the library's fast path.
/// </summary>
internal static class JsonStrings
{
    public static void Write(Utf8JsonWriter json, string text)
    {
        if (!HasLoneSurrogate(text))
        {
            json.WriteStringValue(text);
            return;
        }

        json.WriteRawValue(Escape(text), skipInputValidation: true);
    }

    /// <summary>The string the reader is on (a String token).</summary>
    public static string Read(ref Utf8JsonReader json)
    {
        if (json.TokenType != JsonTokenType.String)
        {
            throw new GraphFormatException($"Expected a string, found {json.TokenType}.");
        }

        if (!json.ValueIsEscaped)
        {
            return json.GetString()!;
        }

        try
        {
            return json.GetString()!;
        }
        catch (InvalidOperationException)
        {
            // A lone surrogate escape, which the library refuses to decode.
            return Unescape(json.HasValueSequence ? json.ValueSequence.ToArray() : json.ValueSpan);
        }
    }

    private static bool HasLoneSurrogate(string text)
    {
        var span = text.AsSpan();
        int at = span.IndexOfAnyInRange('\ud800', '\udfff');
        while (at >= 0)
        {
            if (char.IsHighSurrogate(span[at]) && at + 1 < span.Length && char.IsLowSurrogate(span[at + 1]))
            {
                at += 2;
            }
            else
            {
                return true;
            }

            if (at >= span.Length)
            {
                return false;
            }

            int next = span.Slice(at).IndexOfAnyInRange('\ud800', '\udfff');
            at = next < 0 ? -1 : at + next;
        }

        return false;
    }

    private static string Escape(string text)
    {
        var builder = new StringBuilder(text.Length + 16).Append('"');
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(c).Append(text[++i]);
            }
            else if (char.IsSurrogate(c) || c < 0x20 || c == '"' || c == '\\' || c == 0x7f)
            {
                builder.Append("\\u").Append(((int)c).ToString("x4", System.Globalization.CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append(c);
            }
        }

        // The JSON text is UTF-8 except for the escapes above, which are ASCII.
        return builder.Append('"').ToString();
    }

    private static string Unescape(ReadOnlySpan<byte> raw)
    {
        var text = Encoding.UTF8.GetString(raw);
        var builder = new StringBuilder(text.Length);
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c != '\\')
            {
                builder.Append(c);
                continue;
            }

            if (++i >= text.Length)
            {
                throw new GraphFormatException("A stored string ends in the middle of an escape.");
            }

            switch (text[i])
            {
                case '"': builder.Append('"'); break;
                case '\\': builder.Append('\\'); break;
                case '/': builder.Append('/'); break;
                case 'b': builder.Append('\b'); break;
                case 'f': builder.Append('\f'); break;
                case 'n': builder.Append('\n'); break;
                case 'r': builder.Append('\r'); break;
                case 't': builder.Append('\t'); break;
                case 'u' when i + 4 < text.Length &&
                    ushort.TryParse(text.AsSpan(i + 1, 4), System.Globalization.NumberStyles.AllowHexSpecifier, System.Globalization.CultureInfo.InvariantCulture, out var code):
                    builder.Append((char)code);
                    i += 4;
                    break;
                default:
                    throw new GraphFormatException($"A stored string has an invalid escape '\\{text[i]}'.");
            }
        }

        return builder.ToString();
    }
}
