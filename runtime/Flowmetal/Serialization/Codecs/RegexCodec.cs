using System.Text.Json;
using System.Text.RegularExpressions;
using Flowmetal.Serialization.Graph;

namespace Flowmetal.Serialization.Codecs;

/// <summary>
/// A <see cref="Regex"/> as its pattern, options and timeout, compiled again on load:
/// <c>{"$t":4,"$v":"^a+$","opt":1,"timeout":"00:00:01"}</c>. (A source-generated regex is a static
/// singleton of woven code and is stored as that field.)
/// </summary>
internal sealed class RegexCodec : RebuiltObjectCodec<RegexCodec.State>
{
    private static readonly JsonEncodedText Options = JsonEncodedText.Encode("opt");
    private static readonly JsonEncodedText Timeout = JsonEncodedText.Encode("timeout");

    public RegexCodec()
        : base(typeof(Regex))
    {
    }

    public override void Write(object value, GraphWriter writer)
    {
        var regex = (Regex)value;
        writer.Json.WritePropertyName(GraphDocument.Values);
        JsonStrings.Write(writer.Json, regex.ToString());
        writer.Json.WriteNumber(Options, (int)regex.Options);
        if (regex.MatchTimeout != Regex.InfiniteMatchTimeout)
        {
            writer.Json.WritePropertyName(Timeout);
            ScalarValues.WriteTimeSpan(writer, regex.MatchTimeout);
        }
    }

    public override void Verify(object original, object loaded, GraphVerifier verifier)
    {
        var before = (Regex)original;
        var after = (Regex)loaded;
        if (before.ToString() != after.ToString() || before.Options != after.Options || before.MatchTimeout != after.MatchTimeout)
        {
            verifier.Mismatch("regex", before.ToString(), after.ToString());
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

            bool isPattern = json.ValueTextEquals(GraphDocument.Values.EncodedUtf8Bytes);
            bool isOptions = json.ValueTextEquals(Options.EncodedUtf8Bytes);
            bool isTimeout = json.ValueTextEquals(Timeout.EncodedUtf8Bytes);
            GraphReader.Next(ref json);
            if (isPattern)
            {
                state.Pattern = JsonStrings.Read(ref json);
            }
            else if (isOptions)
            {
                state.Options = (RegexOptions)json.GetInt32();
            }
            else if (isTimeout)
            {
                state.Timeout = ScalarValues.ReadTimeSpan(reader, ref json);
            }
            else
            {
                json.Skip();
            }
        }
    }

    protected override object Build(State state) =>
        new Regex(state.Pattern ?? throw new GraphFormatException("A stored Regex has no pattern."), state.Options, state.Timeout);

    internal sealed class State
    {
        public string? Pattern;
        public RegexOptions Options;
        public TimeSpan Timeout = Regex.InfiniteMatchTimeout;
    }
}
