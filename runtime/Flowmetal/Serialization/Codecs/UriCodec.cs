using System.Text.Json;
using Flowmetal.Serialization.Graph;

namespace Flowmetal.Serialization.Codecs;

/// <summary>A <see cref="Uri"/> as the string it was made from and whether it is absolute: <c>{"$t":4,"$v":"https://x/","abs":true}</c>.</summary>
internal sealed class UriCodec : RebuiltObjectCodec<UriCodec.State>
{
    private static readonly JsonEncodedText Absolute = JsonEncodedText.Encode("abs");

    public UriCodec()
        : base(typeof(Uri))
    {
    }

    public override void Write(object value, GraphWriter writer)
    {
        var uri = (Uri)value;
        writer.Json.WritePropertyName(GraphDocument.Values);
        JsonStrings.Write(writer.Json, uri.OriginalString);
        writer.Json.WriteBoolean(Absolute, uri.IsAbsoluteUri);
    }

    public override void Verify(object original, object loaded, GraphVerifier verifier)
    {
        var before = (Uri)original;
        var after = (Uri)loaded;
        if (before.OriginalString != after.OriginalString || before.IsAbsoluteUri != after.IsAbsoluteUri || before.ToString() != after.ToString())
        {
            verifier.Mismatch("uri", before.OriginalString, after.OriginalString);
        }
    }

    protected override State ReadState(GraphReader reader, ref Utf8JsonReader json)
    {
        var state = new State();
        while (true)
        {
            GraphReader.Next(ref json);
            if (json.TokenType == JsonTokenType.EndObject)
            {
                return state;
            }

            bool isText = json.ValueTextEquals(GraphDocument.Values.EncodedUtf8Bytes);
            bool isAbsolute = json.ValueTextEquals(Absolute.EncodedUtf8Bytes);
            GraphReader.Next(ref json);
            if (isText)
            {
                state.Text = JsonStrings.Read(ref json);
            }
            else if (isAbsolute)
            {
                state.IsAbsolute = json.GetBoolean();
            }
            else
            {
                json.Skip();
            }
        }
    }

    protected override object Build(State state) =>
        new Uri(state.Text ?? throw new GraphFormatException("A stored Uri has no text."), state.IsAbsolute ? UriKind.Absolute : UriKind.Relative);

    internal sealed class State
    {
        public string? Text;
        public bool IsAbsolute;
    }
}
