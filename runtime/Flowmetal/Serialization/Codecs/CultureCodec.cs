using System.Globalization;
using System.Text.Json;
using Flowmetal.Serialization.Graph;

namespace Flowmetal.Serialization.Codecs;

/// <summary>
/// A read-only <see cref="CultureInfo"/> (what <c>CultureInfo.GetCultureInfo("fr-FR")</c> returns) or
/// a <see cref="CompareInfo"/>, by culture name: <c>{"$t":4,"$v":"fr-FR"}</c>, loaded as the same
/// cached objects. Their fields hold this process's ICU data. A culture that is not read-only may
/// have been changed (its number format, its calendar) in ways a name does not carry, so it is
/// refused rather than restored different.
/// </summary>
internal sealed class CultureCodec : TypeCodec
{
    public CultureCodec(Type type)
        : base(type)
    {
    }

    public override string? Refusal(object value, TypePolicy policy) =>
        value is CultureInfo { IsReadOnly: false } culture
            ? $"a CultureInfo that is not read-only ('{culture.Name}', made by new CultureInfo(...) or cloned), whose settings may have been changed: " +
              "keep CultureInfo.GetCultureInfo(name) (read-only) across the suspension, or keep the name and make the culture after it"
            : null;

    public override void Write(object value, GraphWriter writer)
    {
        writer.Json.WritePropertyName(GraphDocument.Values);
        writer.Json.WriteStringValue(value is CultureInfo culture ? culture.Name : ((CompareInfo)value).Name);
    }

    public override object? Scan(GraphReader reader, ref Utf8JsonReader json, int id)
    {
        string? name = null;
        while (true)
        {
            GraphReader.Next(ref json);
            if (json.TokenType == JsonTokenType.EndObject)
            {
                break;
            }

            bool isName = json.ValueTextEquals(GraphDocument.Values.EncodedUtf8Bytes);
            GraphReader.Next(ref json);
            if (isName)
            {
                name = json.GetString();
            }
            else
            {
                json.Skip();
            }
        }

        reader.MarkScannedWhole();
        try
        {
            var culture = CultureInfo.GetCultureInfo(name ?? throw new GraphFormatException($"A stored {Type.Name} has no culture name."));
            return Type == typeof(CultureInfo) ? culture : culture.CompareInfo;
        }
        catch (CultureNotFoundException error)
        {
            throw new GraphFormatException($"The stored flow holds the culture '{name}', which this machine does not have.", error);
        }
    }

    public override void Verify(object original, object loaded, GraphVerifier verifier)
    {
        var before = original is CultureInfo a ? a.Name : ((CompareInfo)original).Name;
        var after = loaded is CultureInfo b ? b.Name : ((CompareInfo)loaded).Name;
        if (before != after)
        {
            verifier.Mismatch("culture", before, after);
        }
    }
}
