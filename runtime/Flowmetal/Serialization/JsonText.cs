using System.Text;

namespace Flowmetal.Serialization;

/// <summary>
/// The JSON text of a stored flow as bytes. UTF-8, except that an unpaired UTF-16 surrogate (which a
/// .NET string or char may hold: file names from Windows, truncated UTF-16 data) is kept as its own
/// three-byte sequence (WTF-8) instead of becoming U+FFFD: a flow must get back exactly the string it
/// had. Escaping it as <c>\uD800</c> would not help, since Newtonsoft's reader replaces a lone
/// surrogate escape by U+FFFD. Text without lone surrogates takes the vectorized UTF-8 path only.
/// </summary>
internal static class JsonText
{
    // Throws on a lone surrogate instead of replacing it, so the common case is one exact pass.
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static byte[] ToBytes(string text)
    {
        try
        {
            return Strict.GetBytes(text);
        }
        catch (EncoderFallbackException)
        {
            return ToWtf8(text);
        }
    }

    public static string FromBytes(byte[] bytes)
    {
        try
        {
            return Strict.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return FromWtf8(bytes);
        }
    }

    /// <summary>UTF-8, with each lone surrogate encoded like any other code point below U+10000.</summary>
    private static byte[] ToWtf8(string text)
    {
        var bytes = new byte[Encoding.UTF8.GetMaxByteCount(text.Length)];
        int position = 0;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                position += Encoding.UTF8.GetBytes(text.AsSpan(i, 2), bytes.AsSpan(position));
                i++;
            }
            else if (c < 0x80)
            {
                bytes[position++] = (byte)c;
            }
            else if (c < 0x800)
            {
                bytes[position++] = (byte)(0xC0 | (c >> 6));
                bytes[position++] = (byte)(0x80 | (c & 0x3F));
            }
            else
            {
                bytes[position++] = (byte)(0xE0 | (c >> 12));
                bytes[position++] = (byte)(0x80 | ((c >> 6) & 0x3F));
                bytes[position++] = (byte)(0x80 | (c & 0x3F));
            }
        }

        return bytes.AsSpan(0, position).ToArray();
    }

    private static string FromWtf8(byte[] bytes)
    {
        var chars = new char[bytes.Length];

        // An encoded lone surrogate (ED A0..BF xx), or bytes that are not UTF-8 at all: decode the
        // surrogates, and let anything else become U+FFFD for the JSON reader to reject or keep.
        int count = 0;
        int i = 0;
        while (i < bytes.Length)
        {
            if (bytes[i] == 0xED && i + 2 < bytes.Length && (bytes[i + 1] & 0xE0) == 0xA0 && (bytes[i + 2] & 0xC0) == 0x80)
            {
                chars[count++] = (char)(0xD000 | ((bytes[i + 1] & 0x3F) << 6) | (bytes[i + 2] & 0x3F));
                i += 3;
                continue;
            }

            int end = i + 1;
            while (end < bytes.Length && !(bytes[end] == 0xED && end + 1 < bytes.Length && (bytes[end + 1] & 0xE0) == 0xA0))
            {
                end++;
            }

            count += Encoding.UTF8.GetChars(bytes, i, end - i, chars, count);
            i = end;
        }

        return new string(chars, 0, count);
    }
}
